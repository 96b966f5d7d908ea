"""One module per resource family: its handlers (``@operation``), its rules, its part of the
fixtures and of the demo, its control-plane routes and its fault switches. Importing this
package imports every module in it, which registers them all: a new family is a new module
here, and nothing else in the mock changes."""

from __future__ import annotations

import importlib
import pkgutil

FAMILIES = sorted(
    module.name for module in pkgutil.iter_modules(__path__) if not module.name.startswith("_")
)
"""The families (and their shared helpers, ``schemas``), by module name."""

for _name in FAMILIES:
    importlib.import_module(f"{__name__}.{_name}")

__all__ = ["FAMILIES"]

"""The contract run's own tests: whole-system runs (processes, servers), run by
``scripts/test`` and not by ``scripts/test --quick``."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.system)

"""JSON Schemas of the spec's components, inlined, for fixture parts to build on."""

from __future__ import annotations

import copy
import functools
from typing import Any

from talkover_spec import dereference, load_spec

AN_ID: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 255}


@functools.cache
def _components() -> dict[str, Any]:
    spec = load_spec()
    inlined: dict[str, Any] = dereference(spec["components"]["schemas"], spec)
    return inlined


def component(name: str) -> dict[str, Any]:
    """A deep copy of ``components.schemas[name]`` with every reference inlined."""
    return copy.deepcopy(_components()[name])


def fixture_item(
    name: str,
    *,
    drop: frozenset[str] = frozenset(),
    add: dict[str, Any] | None = None,
    required: list[str] | None = None,
) -> dict[str, Any]:
    """A fixture item's schema: the component's properties less ``drop``, plus ``add`` and an
    optional ``id``; no other property (a typo is refused, not silently ignored)."""
    schema = component(name)
    properties = {k: v for k, v in schema.get("properties", {}).items() if k not in drop}
    properties.update(add or {})
    properties.setdefault("id", AN_ID)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required
        if required is not None
        else [r for r in schema.get("required", []) if r in properties and r != "id"],
        "properties": properties,
    }

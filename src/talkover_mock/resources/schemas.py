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


def flattened(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema with its ``allOf`` branches merged in: every property and every
    required name of the whole (``WebhookInput`` is the settings, the events and a required
    list)."""
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    for branch in schema.get("allOf", []):
        inner = flattened(branch)
        properties.update(inner["properties"])
        required += [name for name in inner["required"] if name not in required]
    return {"type": "object", "properties": properties, "required": required}


def properties(name: str) -> dict[str, Any]:
    """The properties of ``components.schemas[name]``, ``allOf`` branches included."""
    found: dict[str, Any] = flattened(component(name))["properties"]
    return found


def fixture_item(
    name: str,
    *,
    drop: frozenset[str] = frozenset(),
    add: dict[str, Any] | None = None,
    required: list[str] | None = None,
) -> dict[str, Any]:
    """A fixture item's schema: the component's properties less ``drop``, plus ``add`` and an
    optional ``id``; no other property (a typo is refused, not silently ignored)."""
    schema = flattened(component(name))
    fields = {k: v for k, v in schema["properties"].items() if k not in drop}
    fields.update(add or {})
    fields.setdefault("id", AN_ID)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required
        if required is not None
        else [r for r in schema["required"] if r in fields and r != "id"],
        "properties": fields,
    }

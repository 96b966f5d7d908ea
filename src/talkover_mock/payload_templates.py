"""A webhook's ``payload_templates``: per event, a JSON value whose strings may hold
``{{path.in.payload}}`` placeholders, replaced by that path of the event's payload.

Expansion is one pass over the template, left to right: a placeholder's substituted text is
written out and never read again, so a value that itself holds ``{{…}}`` (an agent's name, a
call's ``context``) arrives as that text. The work is linear in the template and bounded in
output (``MAX_OUTPUT`` characters) and nesting (``MAX_DEPTH``); past a bound expansion stops
with :class:`TemplateError`, whose message says which bound, never what the payload holds.

A substituted string goes in as it is; any other value (a number, a boolean, an object) as its
compact JSON, and a missing path or ``null`` as nothing (D51).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

OPEN, CLOSE = "{{", "}}"
MAX_OUTPUT = 1024 * 1024
"""Characters an expanded template may hold in all (its strings and keys): 1 MiB, the API's
own limit on a request body."""
MAX_DEPTH = 64
"""Levels of nesting a template may have."""
MAX_PATH_PARTS = 32
"""Dotted parts a placeholder's path may have."""


class TemplateError(ValueError):
    """The template cannot be expanded within the bounds."""


def expand(template: Any, payload: Mapping[str, Any], *, limit: int = MAX_OUTPUT) -> Any:
    """``template`` with every placeholder of its strings replaced from ``payload``."""
    budget = _Budget(limit)
    return _expand(template, payload, budget, 0)


class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise TemplateError(f"the payload template expands beyond {MAX_OUTPUT} characters")


def _expand(value: Any, payload: Mapping[str, Any], budget: _Budget, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise TemplateError(f"the payload template nests deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        return _expand_text(value, payload, budget)
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            budget.spend(len(str(key)))
            out[key] = _expand(item, payload, budget, depth + 1)
        return out
    if isinstance(value, list):
        return [_expand(item, payload, budget, depth + 1) for item in value]
    budget.spend(8)
    return value


def _expand_text(text: str, payload: Mapping[str, Any], budget: _Budget) -> str:
    """One scan of ``text``: each ``{{`` up to the first ``}}`` after it is a placeholder; a
    ``{{`` with no ``}}`` after it, and everything after the last placeholder, is literal."""
    parts: list[str] = []
    position = 0
    while True:
        start = text.find(OPEN, position)
        end = text.find(CLOSE, start + len(OPEN)) if start >= 0 else -1
        if end < 0:
            rest = text[position:]
            budget.spend(len(rest))
            parts.append(rest)
            return "".join(parts)
        literal = text[position:start]
        value = _render(_lookup(payload, text[start + len(OPEN) : end]))
        budget.spend(len(literal) + len(value))
        parts += [literal, value]
        position = end + len(CLOSE)


def _lookup(payload: Mapping[str, Any], path: str) -> Any:
    names = path.strip().split(".", MAX_PATH_PARTS)
    if len(names) > MAX_PATH_PARTS:
        return None
    found: Any = payload
    for name in names:
        found = found.get(name) if isinstance(found, Mapping) else None
        if found is None:
            return None
    return found


def _render(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

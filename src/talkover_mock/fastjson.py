"""JSON for the mock's hot path: orjson where it can (several times faster than the standard
library on the documents every write stores and every answer sends), the standard library
where orjson cannot (integers beyond 64 bits, which D21 lets a body hold; lone surrogates)."""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps_bytes(value: Any) -> bytes:
    """An answer's body."""
    try:
        return orjson.dumps(value)
    except TypeError:  # an integer orjson cannot hold
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def dumps(value: Any) -> str:
    """A stored body (text for SQLite; escaped where it must be, so any string stores)."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # an integer orjson cannot hold, or a lone surrogate
        return json.dumps(value, separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # what the standard library wrote, orjson may refuse
        return json.loads(text)

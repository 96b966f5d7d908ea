"""Compact JSON responses that keep non-ASCII text as UTF-8."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse as _StarletteJSONResponse

from . import fastjson


class JSONResponse(_StarletteJSONResponse):
    def render(self, content: Any) -> bytes:
        return fastjson.dumps_bytes(content)

"""One Starlette route for every API path. It finds a path template in a dict, by the number
of segments and the last segment, instead of trying the templates one by one as Starlette's
router does (with the whole API, that scan was a quarter of a GET's time). Static segments win
over parameters (``/phone-numbers/release-requests`` before ``/phone-numbers/{id}``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, request_response
from starlette.types import ASGIApp, Receive, Scope, Send

Endpoint = Callable[[Request], Awaitable[Response]]


def _segments(template: str) -> list[str | None]:
    """A template's segments: the literal text, or None for a ``{parameter}``."""
    return [None if s.startswith("{") else s for s in template.strip("/").split("/")]


def _names(template: str) -> list[str]:
    return [s[1:-1] for s in template.strip("/").split("/") if s.startswith("{")]


class _Path:
    def __init__(self, template: str, methods: Mapping[str, Endpoint]) -> None:
        self.pattern = _segments(template)
        self.names = _names(template)
        self.methods = dict(methods)
        allowed = set(self.methods) | ({"HEAD"} if "GET" in self.methods else set())
        self.allow = ", ".join(sorted(allowed))
        self.app: ASGIApp = request_response(self._dispatch)

    async def _dispatch(self, request: Request) -> Response:
        # HEAD is served as GET (Starlette's routes do the same); the server drops the body.
        method = "GET" if request.method == "HEAD" else request.method
        return await self.methods[method](request)

    def match(self, parts: list[str]) -> dict[str, str] | None:
        values = []
        for want, got in zip(self.pattern, parts, strict=True):
            if want is None:
                if not got:
                    return None
                values.append(got)
            elif want != got:
                return None
        return dict(zip(self.names, values, strict=True))


class ApiRoutes(BaseRoute):
    """Every ``prefix + template`` of ``table`` (template -> method -> endpoint)."""

    def __init__(self, prefix: str, table: Mapping[str, Mapping[str, Endpoint]]) -> None:
        self.prefix = prefix
        # Keyed by (number of segments, last segment); a template that ends in a parameter is
        # filed under None and tried after the literal ones.
        self._paths: dict[tuple[int, str | None], list[_Path]] = {}
        for template, methods in table.items():
            path = _Path(template, methods)
            self._paths.setdefault((len(path.pattern), path.pattern[-1]), []).append(path)
        for paths in self._paths.values():  # static segments before parameters
            paths.sort(key=lambda p: [want is None for want in p.pattern])

    def _find(self, scope: Scope) -> tuple[_Path, dict[str, str]] | None:
        route_path: str = scope.get("path", "")
        root = scope.get("root_path", "")
        if root and route_path.startswith(root):
            route_path = route_path[len(root) :]
        if not route_path.startswith(self.prefix + "/"):
            return None
        parts = route_path[len(self.prefix) + 1 :].split("/")
        for key in ((len(parts), parts[-1]), (len(parts), None)):
            for path in self._paths.get(key, ()):
                params = path.match(parts)
                if params is not None:
                    return path, params
        return None

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        found = self._find(scope)
        if found is None:
            return Match.NONE, {}
        path, params = found
        child = {"path_params": {**scope.get("path_params", {}), **params}, "talkover_path": path}
        method = "GET" if scope["method"] == "HEAD" else scope["method"]
        return (Match.FULL if method in path.methods else Match.PARTIAL), child

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: _Path = scope["talkover_path"]
        method = "GET" if scope["method"] == "HEAD" else scope["method"]
        if method not in path.methods:
            raise HTTPException(status_code=405, headers={"Allow": path.allow})
        await path.app(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:  # pragma: no cover
        raise NotImplementedError("the API routes are not named")

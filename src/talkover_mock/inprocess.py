"""Talk to the mock in-process, with no sockets: httpx transports into the ASGI app.

As over real HTTP, an unexpected error in the app reaches the caller as the 500 envelope.
httpx ships only an async ASGI transport; :class:`SyncASGITransport` runs it on an event loop
in a private daemon thread so that sync clients (the generated ``sync`` functions) work too.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
from starlette.types import ASGIApp


def _run(loop: asyncio.AbstractEventLoop) -> None:
    try:
        loop.run_forever()
    finally:
        loop.close()


class SyncASGITransport(httpx.BaseTransport):
    def __init__(self, app: ASGIApp) -> None:
        self._async = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _event_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                threading.Thread(target=_run, args=(loop,), name="asgi", daemon=True).start()
                self._loop = loop
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def send() -> tuple[int, httpx.Headers, bytes, dict[str, Any]]:
            response = await self._async.handle_async_request(request)
            body = await response.aread()
            return response.status_code, response.headers, body, dict(response.extensions)

        future = asyncio.run_coroutine_threadsafe(send(), self._event_loop())
        status, headers, body, extensions = future.result()
        return httpx.Response(
            status, headers=headers, content=body, request=request, extensions=extensions
        )

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)


def async_transport(app: ASGIApp) -> httpx.AsyncBaseTransport:
    return httpx.ASGITransport(app=app, raise_app_exceptions=False)


def sync_transport(app: ASGIApp) -> httpx.BaseTransport:
    return SyncASGITransport(app)

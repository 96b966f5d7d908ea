"""Hostile HTTP peers on 127.0.0.1 for the tests: a webhook receiver that misbehaves in every
way a real one can, and a list server whose pages never end. Each runs on its own thread and
event loop, answers raw bytes (so it can break HTTP itself), and is bounded: nothing it does
lasts past ``MAX_SECONDS``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

MAX_SECONDS = 30.0

Behaviour = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Any]


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    target = lines[0].split(" ")[1]
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = await reader.readexactly(length) if length else b""
    return target, headers, body


def _response(status: int, body: bytes, extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
    )
    return head.encode() + body


class HostilePeer:
    """``behaviours`` maps a path to a coroutine ``(reader, writer, target, body)`` that
    answers (or does not); ``requests`` records ``(path, body)`` of each request read."""

    def __init__(self, behaviours: dict[str, Callable[..., Any]]) -> None:
        self.behaviours = behaviours
        self.requests: list[tuple[str, bytes]] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hostile-peer", daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._server = server
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(MAX_SECONDS):
                target, _, body = await _read_request(reader)
                self.requests.append((target, body))
                path = target.split("?", 1)[0]
                behaviour = self.behaviours.get(path, answer(404, b"{}"))
                await behaviour(reader, writer, target, body)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def start(self) -> HostilePeer:
        self._thread.start()
        self._ready.wait(5)
        return self

    def stop(self) -> None:
        async def shut() -> None:
            self._server.close()
            current = asyncio.current_task()
            pending = [task for task in asyncio.all_tasks() if task is not current]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shut(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


@contextmanager
def hostile_peer(behaviours: dict[str, Callable[..., Any]]) -> Iterator[HostilePeer]:
    peer = HostilePeer(behaviours).start()
    try:
        yield peer
    finally:
        peer.stop()


# -- behaviours --------------------------------------------------------------------------


def answer(status: int, body: bytes = b'{"ok":true}') -> Callable[..., Any]:
    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        writer.write(_response(status, body))
        await writer.drain()

    return run


def slow(seconds: float) -> Callable[..., Any]:
    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        await asyncio.sleep(seconds)
        writer.write(_response(200, b"{}"))
        await writer.drain()

    return run


def drip(every: float) -> Callable[..., Any]:
    """Headers at once, then one byte of a long body every ``every`` seconds."""

    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        await writer.drain()
        while True:
            await asyncio.sleep(every)
            writer.write(b"x")
            await writer.drain()

    return run


def huge(megabytes: int) -> Callable[..., Any]:
    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        size = megabytes * 1024 * 1024
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode())
        chunk = b"y" * 65536
        for _ in range(size // len(chunk)):
            writer.write(chunk)
            await writer.drain()

    return run


def never_answers() -> Callable[..., Any]:
    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        await asyncio.sleep(MAX_SECONDS)

    return run


def closes_early() -> Callable[..., Any]:
    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        writer.write(b"HTTP/1.1 200 O")
        await writer.drain()

    return run


def pages(page_for: Callable[[int], dict[str, Any]]) -> Callable[..., Any]:
    """A list endpoint whose body for each asked ``page`` is ``page_for(page)``."""

    async def run(reader: Any, writer: asyncio.StreamWriter, target: str, request: bytes) -> None:
        page = 1
        if "?" in target:
            for pair in target.split("?", 1)[1].split("&"):
                name, _, value = pair.partition("=")
                if name == "page" and value.isdigit():
                    page = int(value)
        writer.write(_response(200, json.dumps(page_for(page)).encode()))
        await writer.drain()

    return run

"""A webhook receiver for tests: a local HTTP server (127.0.0.1, a free port, its own thread)
that records every request it gets and answers as told.

    with WebhookReceiver() as receiver:
        ...  # point a webhook at receiver.url, make the mock deliver
        delivery = receiver.wait_for(1)[0]
        assert delivery.json()["event"] == "webhook.test"

``status`` and ``delay`` set how it answers (a 500, or a receiver too slow for the webhook's
timeout); ``wait_for`` waits, bounded, for deliveries to arrive, since they are sent in the
background. The ``webhook_receiver`` pytest fixture (``talkover_mock.pytest_plugin``) gives a
fresh one per test. Standard library only: it ships with the client, so the contract suite and
a user's own tests can receive deliveries from any server, the mock or another.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Delivery:
    """One request the receiver got."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a burst of deliveries must not overflow the listen backlog


POLL_INTERVAL = 0.02
"""Seconds between the server's looks at a stop request: what stopping a receiver costs a
test's teardown (the standard library's 0.5 s made every test that used one half a second
slower)."""


class WebhookReceiver:
    def __init__(self, *, status: int = 200, delay: float = 0.0, body: bytes = b'{"ok":true}'):
        self.status, self.delay, self.reply = status, delay, body
        self.gate: threading.Event | None = None
        """When set, each request waits (at most 30 s) for the event before it is answered."""
        self.deliveries: list[Delivery] = []
        self._arrived = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the receiver is not running (use it as a context manager)")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/webhook"

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                delivery = Delivery(self.command, self.path, dict(self.headers.items()), body)
                with receiver._arrived:
                    receiver.deliveries.append(delivery)
                    receiver._arrived.notify_all()
                if receiver.gate is not None:
                    receiver.gate.wait(timeout=30)
                if receiver.delay:
                    time.sleep(receiver.delay)
                self.send_response(receiver.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(receiver.reply)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the sender gave up (its timeout)
                    self.wfile.write(receiver.reply)

            do_POST = do_PUT = do_PATCH = _record

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": POLL_INTERVAL},
            name="webhook-receiver",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Delivery]:
        """The first ``count`` deliveries, once they have arrived; AssertionError after
        ``timeout`` seconds with what did arrive."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.deliveries) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} deliveries within {timeout}s, got {len(self.deliveries)}"
                    )
                self._arrived.wait(left)
            return list(self.deliveries[:count])

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

"""A reverse proxy on 127.0.0.1 for the contract suite's own tests: it forwards every request to
an upstream (a served mock) and records what passed, so a test can see that the suite really
spoke to its target; with ``control=False`` it answers ``/__mock__`` with an HTML 404, as a
server that is not our mock would."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}


@contextmanager
def recording_proxy(upstream: str, *, control: bool = True) -> Iterator[Any]:
    """``upstream``: the origin (``http://127.0.0.1:PORT``). Yields the proxy, whose ``url`` is
    its origin and ``seen`` the ``(method, path, authorization)`` of each request."""
    seen: list[tuple[str, str, str]] = []
    client = httpx.Client(base_url=upstream, timeout=60)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen.append((self.command, self.path, self.headers.get("Authorization", "")))
            if self.path.startswith("/__mock__") and not control:
                status, headers, content = 404, {"Content-Type": "text/html"}, b"<h1>404</h1>"
            else:
                sent = {k: v for k, v in self.headers.items() if k.lower() not in HOP | {"host"}}
                answer = client.request(self.command, self.path, content=body, headers=sent)
                status, content = answer.status_code, answer.content
                headers = {k: v for k, v in answer.headers.items() if k.lower() not in HOP}
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _forward

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Proxy:
        url = f"http://127.0.0.1:{server.server_address[1]}"

    proxy = Proxy()
    proxy.seen = seen  # type: ignore[attr-defined]
    try:
        yield proxy
    finally:
        server.shutdown()
        server.server_close()
        client.close()

"""Run the mock on a free loopback port in a background thread (tests, the contract run)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.applications import Starlette

from talkover_spec import API_PREFIX


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serve_in_thread(app: Starlette, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``app`` on ``host`` and a free port; yields the API base URL."""
    port = free_port(host)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="error",
            access_log=False,
            lifespan="off",
            ws="none",  # the mock has no websocket routes: never import a websockets library
        )
    )
    thread = threading.Thread(target=server.run, name="talkover-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the mock did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}{API_PREFIX}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)

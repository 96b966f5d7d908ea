"""The mock as the contract suite's embedded target (the ``talkover_contract.embedded`` entry
point). The suite never imports the mock: it loads this object through the entry point, then
speaks to the mock over HTTP (a served process) or an in-process ASGI transport, exactly as it
speaks to any other target.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx
from starlette.types import ASGIApp

from . import demo
from .app import create_app
from .config import MockConfig
from .faults import parse_faults
from .inprocess import async_transport, sync_transport

SEED = 20241115


@dataclass(frozen=True)
class EmbeddedMock:
    """What the suite needs to run against a fresh mock: its tokens and agent, and two ways to
    reach it (both with the demo data and the control plane)."""

    token: str = demo.DEMO_TOKEN
    agent_id: str = demo.DEMO_AGENT_ID
    other_token: str = demo.OTHER_TOKEN
    user_token: str = demo.DEMO_USER_TOKEN
    """The Account API's (a user session token of the demo environment's user)."""

    def serve_command(self, port: int, faults: list[str]) -> list[str]:
        """A ``talkover-mock`` process on 127.0.0.1:``port``, in memory, seeded."""
        command = [sys.executable, "-m", "talkover_mock.cli", "--host", "127.0.0.1",
                   "--port", str(port), "--db", ":memory:", "--seed", str(SEED)]  # fmt: skip
        for fault in faults:
            command += ["--fault", fault]
        return command

    def transports(
        self, seed: int = SEED
    ) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport, Callable[[], None]]:
        """A fresh in-process mock (seeded, so a run replays): sync and async transports into
        it, and what stops it (its deliveries and its transport's thread)."""
        app = create_app(MockConfig(seed=seed))
        sync = sync_transport(app)

        def close() -> None:
            sync.close()
            app.state.deliverer.close(grace=1.0)

        return sync, async_transport(app), close

    def app(self, seed: int = SEED, faults: Sequence[str] = ()) -> ASGIApp:
        """A fresh in-process mock as an ASGI app (for schemathesis' in-process calls), with
        ``faults`` switched on."""
        return create_app(MockConfig(seed=seed, faults=parse_faults(list(faults))))


TARGET = EmbeddedMock()

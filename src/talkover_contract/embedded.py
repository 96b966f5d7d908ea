"""The embedded default target, found through the ``talkover_contract.embedded`` entry point
(the mock registers one; ``talkover[mock]`` installs it). The suite never imports the mock: the
object the entry point names gives tokens and ways to reach a fresh instance, and from there on
everything goes over HTTP, as against any other target."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from typing import Any, Protocol

import httpx

GROUP = "talkover_contract.embedded"


class Embedded(Protocol):
    token: str
    agent_id: str
    other_token: str
    user_token: str
    """A user token for the Account API (D61)."""

    def serve_command(self, port: int, faults: list[str]) -> list[str]:
        """The command line of a fresh instance listening on 127.0.0.1:``port``."""
        ...

    def transports(
        self, seed: int = ...
    ) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport, Callable[[], None]]:
        """Sync and async transports into a fresh in-process instance, and what stops it."""
        ...

    def app(self, seed: int = ..., faults: Sequence[str] = ...) -> Any:
        """A fresh in-process instance as an ASGI app, with these fault switches on."""
        ...


class NoEmbeddedTarget(LookupError):
    """Nothing provides an embedded target (``pip install 'talkover[mock]'``)."""


def load() -> Embedded:
    for point in entry_points(group=GROUP):
        target: Embedded = point.load()
        return target
    raise NoEmbeddedTarget(
        "no embedded target is installed: pip install 'talkover[mock]', or give a base URL"
    )

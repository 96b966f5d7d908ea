"""The base of the state machine: the mock in deterministic mode, one client per token (sync
and async transports into the same app), and the helpers rules share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis.stateful import RuleBasedStateMachine, initialize

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.inprocess import async_transport, sync_transport
from talkover_mock.receiver import WebhookReceiver

from .reference import TOKENS, Model


class Base(RuleBasedStateMachine):
    faults: frozenset[str] = frozenset()

    @initialize()
    def start(self) -> None:
        self.app = create_app(MockConfig(seed=99, faults=self.faults))  # type: ignore[arg-type]
        self.model = Model()
        self.receiver = WebhookReceiver().start()
        self.transport = sync_transport(self.app)
        self.clients = {
            token: talkover.make_client(
                token,
                base_url="http://mock/api/v1",
                max_retries=0,
                transport=self.transport,
                async_transport=async_transport(self.app),
            )
            for token in TOKENS
        }

    def client(self, token: str) -> Any:
        return self.clients[token]

    def teardown(self) -> None:
        if hasattr(self, "transport"):
            self.transport.close()
            self.app.state.deliverer.close(grace=1.0)
            self.receiver.stop()

    def expect(self, error: type[Exception] | None, call: Callable[[], Any]) -> Any:
        if error is None:
            return call()
        with pytest.raises(error):
            call()
        return None

"""The base of the state machine: the mock in deterministic mode, one client per token (sync
and async transports into the same app), and the helpers rules share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis.stateful import RuleBasedStateMachine, initialize
from talkover_api_client.api.calls import list_agent_calls, list_calls

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.inprocess import async_transport, sync_transport
from talkover_mock.receiver import WebhookReceiver

from .reference import ACTIVE_CALL, ENV_TOKEN, STAGE, TOKENS, WAITING_CALL, Model


def stage(status: str) -> int:
    """How far along its lifecycle a call is (4: ended)."""
    return STAGE.get(status, 4)


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

    def control(self, path: str, body: dict[str, Any] | None = None, method: str = "POST") -> Any:
        """A control-plane request (``/__mock__``): the clock, the calls, payments."""
        # Not closed: closing it would close the transport the clients share (teardown does).
        plane = httpx.Client(transport=self.transport, base_url="http://mock")
        response = plane.request(method, f"/__mock__{path}", json=body)
        assert response.status_code == 200, response.text
        return response.json()

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

    # -- calls: their status depends on the mock's clock, so it is read, then checked ----------

    def seen(self, call_id: str, status: str, ended_reason: str | None = None) -> None:
        """A call's status as the mock shows it: never behind what was seen before, and a
        final status is the one its number (or End Call) decides."""
        call = self.model.calls[call_id]
        assert stage(status) >= stage(call.status), f"{call_id}: {call.status} -> {status}"
        if stage(status) == 4 and status != "cancelled":
            expected = "completed" if ended_reason == "ended_by_api" else call.outcome
            assert status == expected, f"{call_id} to {call.to} ended {status}"
        call.status = status

    def observe(self, environment: str) -> None:
        """Read every call of the environment and check it against the model."""
        listed = list_calls.sync(client=self.client(ENV_TOKEN[environment]), per_page=100)
        shown = {c.id: c for c in listed.data}
        for call_id, call in self.model.calls.items():
            if call.environment != environment:
                continue
            if call_id in shown:
                found = shown[call_id]
                reason = found.ended_reason if isinstance(found.ended_reason, str) else None
                self.seen(call_id, str(found.status), reason)
            else:  # not placed yet: only a campaign call may wait
                assert call.campaign_id is not None, call_id
                assert call.status in (*WAITING_CALL, "cancelled"), call_id

    def observe_agent(self, agent_id: str) -> None:
        agent = self.model.agents[agent_id]
        listed = list_agent_calls.sync(
            agent_id, client=self.client(ENV_TOKEN[agent.environment]), per_page=100
        )
        for found in listed.data:
            if found.id in self.model.calls:
                reason = found.ended_reason if isinstance(found.ended_reason, str) else None
                self.seen(found.id, str(found.status), reason)

    def has_active_calls(self, agent_id: str) -> bool:
        self.observe_agent(agent_id)
        return any(
            c.agent_id == agent_id and c.status in ACTIVE_CALL for c in self.model.calls.values()
        )

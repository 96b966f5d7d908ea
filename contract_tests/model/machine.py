"""The base of the state machine: the target from its state, one client per token (sync and
async), the control plane over HTTP, and the helpers rules share. Nothing here knows how the
target is built: the embedded mock comes through its entry point (a fresh, seeded instance per
example, so a shrunk failure replays), a served one is reset through its control plane."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from hypothesis.stateful import RuleBasedStateMachine, initialize
from talkover_api_client.api.calls import list_agent_calls, list_calls

import talkover
from talkover.testing import WebhookReceiver
from talkover_contract import embedded

from ..conftest import TARGET
from .reference import ACTIVE_CALL, ENV_TOKEN, STAGE, TOKENS, WAITING_CALL, Model

FAULTS_ENV = "TALKOVER_CONTRACT_FAULTS"
"""Fault switches the target's control plane turns on for each example (the mock's self-tests
plant their bugs this way, through the same plane as everything else)."""
SEED = 99


def stage(status: str) -> int:
    """How far along its lifecycle a call is (4: ended)."""
    return STAGE.get(status, 4)


class Base(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self._close: Callable[[], None] | None = None
        if TARGET.in_process:
            sync, asynchronous, self._close = embedded.load().transports(seed=SEED)
            base = "http://target"
            self.transport: httpx.BaseTransport | None = sync
            self.async_transport: httpx.AsyncBaseTransport | None = asynchronous
        else:
            assert TARGET.base_url is not None
            base = str(httpx.URL(TARGET.base_url).copy_with(path="", query=None)).rstrip("/")
            self.transport = self.async_transport = None
        self.plane = httpx.Client(transport=self.transport, base_url=base, timeout=30)
        if not TARGET.in_process:
            self.control("/reset", {"demo": True})
        faults = [f for f in os.environ.get(FAULTS_ENV, "").split(",") if f]
        if faults:
            self.control("/faults", {"faults": faults}, method="PUT")
        self.receiver = WebhookReceiver().start()
        self.clients = {
            token: talkover.make_client(
                token,
                base_url=f"{base}/api/v1",
                max_retries=0,
                transport=self.transport,
                async_transport=self.async_transport,
            )
            for token in TOKENS
        }
        self.model = Model.from_state(self.control("/state", method="GET"), self._labels())

    def _labels(self) -> dict[str, str]:
        """Which of the target's environments each of the run's tokens opens: the one whose
        agents List Agents shows to it."""
        state = self.control("/state", method="GET")
        labels = {}
        for label, token in ENV_TOKEN.items():
            seen = self.plane.get(
                "/api/v1/agents", params={"per_page": 100},
                headers={"Authorization": f"Bearer {token}"},
            ).json()["data"]  # fmt: skip
            ids = {agent["id"] for agent in seen}
            for env in state["environments"]:
                if ids & {agent["id"] for agent in env.get("agents", [])}:
                    labels[env["id"]] = label
        assert set(labels.values()) == set(ENV_TOKEN), f"environments not found: {labels}"
        return labels

    def client(self, token: str) -> Any:
        return self.clients[token]

    def control(self, path: str, body: dict[str, Any] | None = None, method: str = "POST") -> Any:
        """A control-plane request (``/__mock__``): reset, state, the clock, calls, payments."""
        response = self.plane.request(method, f"/__mock__{path}", json=body)
        assert response.status_code == 200, response.text
        return response.json()

    def run_async(self, client: Any, make: Callable[[], Awaitable[Any]]) -> Any:
        """Run ``make()`` on a new event loop, closing the client's connections of that loop
        before the loop ends (over the network they would outlive it)."""

        async def go() -> Any:
            try:
                return await make()
            finally:
                if self.async_transport is None:
                    await client.get_async_httpx_client().aclose()

        return asyncio.run(go())

    def environment_id(self, label: str) -> str:
        return self.model.environment_ids[label]

    def teardown(self) -> None:
        if hasattr(self, "receiver"):
            self.receiver.stop()
        if hasattr(self, "clients") and self.transport is None:
            for client in self.clients.values():
                client.get_httpx_client().close()
            self.plane.close()
        if getattr(self, "_close", None) is not None:
            assert self._close is not None
            self._close()

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

"""Model-based test: the generated client (sync and async) drives the mock, and every answer is
compared with a small reference model of the documented rules. The mock runs in deterministic
mode, so a shrunk failure replays."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, cast

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from talkover_api_client.api.agents import get_agent, publish_agent, unpublish_agent
from talkover_api_client.api.trainings import (
    create_or_update_training,
    delete_training,
    list_trainings,
)
from talkover_api_client.models import TrainingInput, TrainingStatus

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import (
    DEMO_AGENT_ID,
    DEMO_TOKEN,
    DRAFT_AGENT_ID,
    OTHER_AGENT_ID,
    OTHER_TOKEN,
)
from talkover_mock.inprocess import async_transport, sync_transport

from .conftest import FAULTS

TOKENS = {DEMO_TOKEN: "env_demo", OTHER_TOKEN: "env_other", "talq_not_a_real_token": None}
AGENTS = {
    DEMO_AGENT_ID: ("env_demo", True),
    DRAFT_AGENT_ID: ("env_demo", False),
    OTHER_AGENT_ID: ("env_other", True),
}


@dataclass
class ModelAgent:
    environment: str
    ready: bool
    status: str
    trainings: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> fields, in order


class Model:
    def __init__(self) -> None:
        self.agents = {
            DEMO_AGENT_ID: ModelAgent("env_demo", True, "published"),
            DRAFT_AGENT_ID: ModelAgent("env_demo", False, "draft"),
            OTHER_AGENT_ID: ModelAgent("env_other", True, "draft"),
        }
        self.deleted: set[str] = set()

    def access(self, token: str, agent_id: str) -> type[Exception] | None:
        env = TOKENS[token]
        if env is None:
            return talkover.AuthenticationError
        if self.agents[agent_id].environment != env:
            return talkover.PermissionDeniedError
        return None


class TrainingWorkflow(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.app = create_app(MockConfig(seed=99, faults=FAULTS))
        self.model = Model()
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

    def expect(self, error: type[Exception] | None, call: Any) -> Any:
        if error is None:
            return call()
        with pytest.raises(error):
            call()
        return None

    @rule(
        token=st.sampled_from(list(TOKENS)),
        agent_id=st.sampled_from(list(AGENTS)),
        node_id=st.sampled_from([None, "n1", "n2"]),
        subject=st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=20),
        status=st.sampled_from([None, "active", "inactive"]),
        use_async=st.booleans(),
    )
    def create_or_update(self, token: str, agent_id: str, node_id: str | None, subject: str,
                         status: str | None, use_async: bool) -> None:  # fmt: skip
        body = TrainingInput(subject=subject, instructions="text")
        if node_id is not None:
            body.node_id = node_id
        if status is not None:
            body.current_status = cast(TrainingStatus, status)
        client = self.client(token)
        if use_async:
            call = lambda: asyncio.run(
                create_or_update_training.asyncio(agent_id, client=client, body=body)
            )
        else:
            call = lambda: create_or_update_training.sync(agent_id, client=client, body=body)
        result = self.expect(self.model.access(token, agent_id), call)
        if result is None:
            return
        agent = self.model.agents[agent_id]
        existing = next(
            (tid for tid, t in agent.trainings.items() if node_id and t["node_id"] == node_id), None
        )
        assert result.data.id == existing if existing else result.data.id not in agent.trainings
        previous = agent.trainings.get(result.data.id, {})
        agent.trainings[result.data.id] = {
            "node_id": node_id, "subject": subject,
            "status": status or previous.get("status", "active"),
        }  # fmt: skip
        assert result.data.subject == subject
        assert str(result.data.current_status) == agent.trainings[result.data.id]["status"]
        agent.status = "draft"

    @rule(
        token=st.sampled_from(list(TOKENS)), agent_id=st.sampled_from(list(AGENTS)), data=st.data()
    )
    def delete(self, token: str, agent_id: str, data: st.DataObject) -> None:
        agent = self.model.agents[agent_id]
        choices = [*agent.trainings, *sorted(self.model.deleted), "no-such-training"]
        training_id = data.draw(st.sampled_from(choices))
        error = self.model.access(token, agent_id)
        if error is None and training_id not in agent.trainings:
            error = talkover.TrainingNotFoundError
        self.expect(
            error, lambda: delete_training.sync(agent_id, training_id, client=self.client(token))
        )
        if error is None:
            del agent.trainings[training_id]
            self.model.deleted.add(training_id)
            agent.status = "draft"

    @rule(
        token=st.sampled_from(list(TOKENS)),
        agent_id=st.sampled_from(list(AGENTS)),
        publish=st.booleans(),
    )
    def change_status(self, token: str, agent_id: str, publish: bool) -> None:
        agent = self.model.agents[agent_id]
        error = self.model.access(token, agent_id)
        if error is None and publish and not agent.ready:
            error = talkover.UnprocessableEntityError
        operation = publish_agent if publish else unpublish_agent
        result = self.expect(error, lambda: operation.sync(agent_id, client=self.client(token)))
        if result is not None:
            agent.status = "published" if publish else "draft"
            assert str(result.data.current_status) == agent.status

    @rule(
        token=st.sampled_from(list(TOKENS)),
        agent_id=st.sampled_from(list(AGENTS)),
        use_async=st.booleans(),
    )
    def read(self, token: str, agent_id: str, use_async: bool) -> None:
        client = self.client(token)
        error = self.model.access(token, agent_id)
        if use_async:
            call = lambda: asyncio.run(list_trainings.asyncio(agent_id, client=client))
        else:
            call = lambda: list_trainings.sync(agent_id, client=client)
        listed = self.expect(error, call)
        if listed is not None:
            assert [t.id for t in listed.data] == list(self.model.agents[agent_id].trainings)

    @invariant()
    def agents_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        for agent_id, agent in self.model.agents.items():
            token = DEMO_TOKEN if agent.environment == "env_demo" else OTHER_TOKEN
            seen = get_agent.sync(agent_id, client=self.client(token)).data
            assert str(seen.current_status) == agent.status, (
                f"{agent_id}: {seen.current_status} != {agent.status}"
            )
            assert [t.id for t in seen.trainings] == list(agent.trainings)
            assert not self.model.deleted & {t.id for t in seen.trainings}


TrainingWorkflow.TestCase.settings = settings(stateful_step_count=20)
TestTrainingWorkflow = TrainingWorkflow.TestCase

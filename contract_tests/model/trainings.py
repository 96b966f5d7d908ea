"""Rules for trainings: upsert by node_id, delete, list; every change sends the agent to draft."""

from __future__ import annotations

from typing import cast

from hypothesis import strategies as st
from hypothesis.stateful import rule
from talkover_api_client.api.trainings import (
    create_or_update_training,
    delete_training,
    list_trainings,
)
from talkover_api_client.models import TrainingInput, TrainingStatus

import talkover

from .machine import Base
from .reference import TOKENS

TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda s: s.strip(" \t\n\r\x0b\x00")
)


class TrainingRules(Base):
    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        node_id=st.sampled_from([None, "n1", "n2"]),
        subject=TEXT,
        status=st.sampled_from([None, "active", "inactive"]),
        use_async=st.booleans(),
    )
    def create_or_update(self, token: str, data: st.DataObject, node_id: str | None, subject: str,
                         status: str | None, use_async: bool) -> None:  # fmt: skip
        agent_id = data.draw(
            st.sampled_from(sorted({*self.model.agents, *self.model.deleted_agents}))
        )
        body = TrainingInput(subject=subject, instructions="text")
        if node_id is not None:
            body.node_id = node_id
        if status is not None:
            body.current_status = cast(TrainingStatus, status)
        client = self.client(token)
        if use_async:
            call = lambda: self.run_async(
                client,
                lambda: create_or_update_training.asyncio(agent_id, client=client, body=body),
            )
        else:
            call = lambda: create_or_update_training.sync(agent_id, client=client, body=body)
        result = self.expect(self.model.agent_access(token, agent_id), call)
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

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete_training(self, token: str, data: st.DataObject) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        agent = self.model.agents[agent_id]
        choices = [*agent.trainings, *sorted(self.model.deleted_trainings), "no-such-training"]
        training_id = data.draw(st.sampled_from(choices))
        error = self.model.agent_access(token, agent_id)
        if error is None and training_id not in agent.trainings:
            error = talkover.TrainingNotFoundError
        self.expect(
            error, lambda: delete_training.sync(agent_id, training_id, client=self.client(token))
        )
        if error is None:
            del agent.trainings[training_id]
            self.model.deleted_trainings.add(training_id)
            agent.status = "draft"

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), use_async=st.booleans())
    def read(self, token: str, data: st.DataObject, use_async: bool) -> None:
        agent_id = data.draw(
            st.sampled_from(sorted({*self.model.agents, *self.model.deleted_agents}))
        )
        client = self.client(token)
        if use_async:
            call = lambda: self.run_async(
                client, lambda: list_trainings.asyncio(agent_id, client=client)
            )
        else:
            call = lambda: list_trainings.sync(agent_id, client=client)
        listed = self.expect(self.model.agent_access(token, agent_id), call)
        if listed is not None:
            assert [t.id for t in listed.data] == list(self.model.agents[agent_id].trainings)

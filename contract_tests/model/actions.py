"""Rules for actions: the upsert on node_id and delete; every change sends the agent to draft."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import rule
from talkover_api_client.api.actions import (
    create_or_update_action,
    delete_action,
    list_actions,
)
from talkover_api_client.models import ActionUpsertInput

import talkover

from .machine import Base
from .reference import TOKENS


class ActionRules(Base):
    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        node_id=st.sampled_from(["a1", "a2"]),
        name=st.sampled_from(["Transfer", "Hand over"]),
    )
    def upsert_action(self, token: str, data: st.DataObject, node_id: str, name: str) -> None:
        agent_id = data.draw(
            st.sampled_from(sorted({*self.model.agents, *self.model.deleted_agents}))
        )
        body = ActionUpsertInput(
            node_id=node_id, name=name, description="To a human.", type_="transfer",
            transfer_to="+1234567890",
        )  # fmt: skip
        result = self.expect(
            self.model.agent_access(token, agent_id),
            lambda: create_or_update_action.sync(agent_id, client=self.client(token), body=body),
        )
        if result is None:
            return
        agent = self.model.agents[agent_id]
        known = agent.actions.get(node_id)
        assert result.data.id == known if known else result.data.id not in agent.actions.values()
        agent.actions[node_id] = result.data.id
        agent.status = "draft"

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete_action(self, token: str, data: st.DataObject) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        agent = self.model.agents[agent_id]
        action_id = data.draw(st.sampled_from([*agent.actions.values(), "no-such-action"]))
        error = self.model.agent_access(token, agent_id)
        if error is None and action_id not in agent.actions.values():
            error = talkover.ActionNotFoundError
        self.expect(
            error, lambda: delete_action.sync(agent_id, action_id, client=self.client(token))
        )
        if error is None:
            agent.actions = {n: i for n, i in agent.actions.items() if i != action_id}
            agent.status = "draft"

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def list_actions(self, token: str, data: st.DataObject) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        listed = self.expect(
            self.model.agent_access(token, agent_id),
            lambda: list_actions.sync(agent_id, client=self.client(token)),
        )
        if listed is not None:
            assert [a.id for a in listed.data] == list(self.model.agents[agent_id].actions.values())

"""Rules for the conversation flow: a save makes a version and leaves the agent's status alone;
an invalid flow is refused; Validate saves nothing."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import rule
from talkover_api_client.api.conversation_flow import (
    list_agent_flow_versions,
    update_agent_flow,
    validate_agent_flow,
)
from talkover_api_client.models import FlowConfig, FlowInput, FlowNode, FlowValidateInput

import talkover

from .machine import Base
from .reference import TOKENS


def flow(valid: bool) -> FlowConfig:
    """Two nodes; the invalid one points at a node that does not exist."""
    return FlowConfig(
        initial_node_id="greet",
        nodes=[
            FlowNode(id="greet", type_="say", content="Hi!", next_="end" if valid else "nowhere"),
            FlowNode(id="end", type_="end"),
        ],
    )


class FlowRules(Base):
    def _flow_error(self, token: str, agent_id: str, valid: bool) -> type[Exception] | None:
        error = self.model.agent_access(token, agent_id)
        return error or (None if valid else talkover.UnprocessableEntityError)

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), valid=st.booleans())
    def save_flow(self, token: str, data: st.DataObject, valid: bool) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        body = FlowInput(conversation_mode="flow_driven", flow_config=flow(valid))
        saved = self.expect(
            self._flow_error(token, agent_id, valid),
            lambda: update_agent_flow.sync(agent_id, client=self.client(token), body=body),
        )
        if saved is not None:
            assert saved.data.conversation_mode == "flow_driven"
            self.model.agents[agent_id].flow_versions += 1  # and the status stays as it was

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), valid=st.booleans())
    def validate_flow(self, token: str, data: st.DataObject, valid: bool) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        body = FlowValidateInput(flow_config=flow(valid))
        self.expect(
            self._flow_error(token, agent_id, valid),
            lambda: validate_agent_flow.sync(agent_id, client=self.client(token), body=body),
        )
        self.check_versions(agent_id)  # a dry run: no new version

    @rule(data=st.data())
    def validate_is_a_dry_run(self, data: st.DataObject) -> None:
        """The rule the page names, aimed at: a valid flow, validated by its owner, is not
        saved."""
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        token = self.model.token_of(self.model.agents[agent_id].environment)
        body = FlowValidateInput(flow_config=flow(True))
        validate_agent_flow.sync(agent_id, client=self.client(token), body=body)
        self.check_versions(agent_id)

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def list_flow_versions(self, token: str, data: st.DataObject) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        self.expect(
            self.model.agent_access(token, agent_id),
            lambda: list_agent_flow_versions.sync(agent_id, client=self.client(token)),
        )
        self.check_versions(agent_id)

    def check_versions(self, agent_id: str) -> None:
        env = self.model.agents[agent_id].environment
        versions = list_agent_flow_versions.sync(
            agent_id, client=self.client(self.model.token_of(env))
        ).data.versions
        assert len(versions) == self.model.agents[agent_id].flow_versions
        assert [v.is_current for v in versions] == [i == 0 for i in range(len(versions))]

"""Rules for calls: placed only with a published agent, then progressing on the mock's clock
(never backwards, to the outcome its number decides); End Call hangs up an active call and
refuses one that has ended; an agent with a call in progress cannot be deleted. What a call's
status is at a given moment depends on the mock's clock, so the rules read it (the call lists)
just before they predict: between two requests the clock of a seeded mock stands still."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule
from talkover_api_client.api.calls import end_call, make_call
from talkover_api_client.models import EndCallInput, MakeCallInput

import talkover

from .machine import Base, stage
from .reference import ACTIVE_CALL, ENV_TOKEN, TOKENS, WAITING_CALL, ModelCall

SUFFIXES = ["1111", "0002", "0003", "0004"]
"""A number that is answered, busy, not answered, failing (D39)."""


class CallRules(Base):
    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        suffix=st.sampled_from(SUFFIXES),
        testing=st.booleans(),
    )
    def make_call(self, token: str, data: st.DataObject, suffix: str, testing: bool) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        error = self.model.agent_access(token, agent_id)
        if error is None and self.model.agents[agent_id].status != "published":
            error = talkover.AgentInactiveError
        body = MakeCallInput(to=f"+1555000{suffix}", is_testing=testing)
        placed = self.expect(
            error, lambda: make_call.sync(agent_id, client=self.client(token), body=body)
        )
        if placed is not None:
            assert str(placed.data.status) == "initiated"
            environment = self.model.agents[agent_id].environment
            self.model.calls[placed.data.id] = ModelCall(
                agent_id, environment, body.to, "initiated"
            )

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def end_call(self, token: str, data: st.DataObject) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        call_id = data.draw(st.sampled_from([*sorted(self.model.calls), "no-such-call"]))
        error = self.model.agent_access(token, agent_id)
        call = self.model.calls.get(call_id)
        if error is None:
            self.observe_agent(agent_id)
            if call is None or call.agent_id != agent_id:
                error = talkover.CallNotFoundError
            elif call.status not in ACTIVE_CALL:
                error = talkover.CallNotActiveError
        body = EndCallInput(call_sid=call_id)
        ended = self.expect(
            error, lambda: end_call.sync(agent_id, client=self.client(token), body=body)
        )
        if ended is not None:
            assert (str(ended.data.status), ended.data.ended_reason) == (
                "completed",
                "ended_by_api",
            )
            self.seen(call_id, "completed", "ended_by_api")

    @rule(environment=st.sampled_from(sorted(ENV_TOKEN)))
    def look(self, environment: str) -> None:
        self.observe(environment)

    @rule()
    def settle(self) -> None:
        """Two minutes on the mock's clock: every call placed so far has ended, as its number
        says (a call that never hangs up is caught here)."""
        self.control("/clock/advance", {"seconds": 120})
        for environment in ENV_TOKEN:
            self.observe(environment)
        for call_id, call in self.model.calls.items():
            if call.status not in WAITING_CALL:
                assert stage(call.status) == 4, f"{call_id} is still {call.status}"

    @precondition(lambda self: any(a.status == "published" for a in self.model.agents.values()))
    @rule(data=st.data(), suffix=st.sampled_from(SUFFIXES))
    def call_to_its_end(self, data: st.DataObject, suffix: str) -> None:
        """A call placed and left alone ends, as its number says, within a minute."""
        agent_id = data.draw(
            st.sampled_from(
                sorted(i for i, a in self.model.agents.items() if a.status == "published")
            )
        )
        environment = self.model.agents[agent_id].environment
        body = MakeCallInput(to=f"+1555000{suffix}", is_testing=True)
        placed = make_call.sync(agent_id, client=self.client(ENV_TOKEN[environment]), body=body)
        self.model.calls[placed.data.id] = ModelCall(agent_id, environment, body.to, "initiated")
        self.control("/clock/advance", {"seconds": 60})
        self.observe_agent(agent_id)
        assert stage(self.model.calls[placed.data.id].status) == 4

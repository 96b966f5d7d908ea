"""Rules for custom SIP trunks and their DIDs: verification before activation, a connectivity
change resets it, DIDs in the environment's pool (unique there, assignable to agents, not
deletable while assigned), a trunk with DIDs not deletable (D49)."""

from __future__ import annotations

from typing import cast

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from talkover_api_client.api.agents import update_agent_calling
from talkover_api_client.api.sip_trunk_numbers import (
    create_sip_trunk_did,
    delete_sip_trunk_did,
    list_sip_trunk_dids,
)
from talkover_api_client.api.sip_trunks import (
    create_sip_trunk,
    delete_sip_trunk,
    list_sip_trunks,
    update_sip_trunk,
    verify_sip_trunk,
)
from talkover_api_client.models import (
    CallingInput,
    Direction,
    SipDidInput,
    SipTrunkInput,
    SipTrunkSettings,
)

import talkover

from .machine import Base
from .reference import ENV_TOKEN, TOKENS, ModelTrunk

DOMAINS = ["sip.carrier-x.com", "pbx.carrier-x.invalid"]
NEW_NUMBERS = ["+15550009001", "+15550009002", "+15550009003"]


class SipRules(Base):
    def _trunk_id(self, data: st.DataObject) -> str:
        known = sorted(self.model.trunks) + sorted(self.model.deleted_trunks)
        return data.draw(st.sampled_from([*known, "no-such-trunk"]))

    def _trunk_access(self, token: str, trunk_id: str) -> type[Exception] | None:
        trunk = self.model.trunks.get(trunk_id)
        return self.model.access(token, trunk.environment if trunk else None)

    @rule(
        token=st.sampled_from(list(TOKENS)),
        domain=st.sampled_from(DOMAINS),
        active=st.booleans(),
    )
    def create_trunk(self, token: str, domain: str, active: bool) -> None:
        env = TOKENS[token]
        error = talkover.AuthenticationError if env is None else None
        if error is None and active:
            error = talkover.TrunkNotVerifiedError
        body = SipTrunkInput(
            name="Carrier", provider_name="carrier-x", domain=domain, username="user_42",
            password="secret", is_active=active,
        )  # fmt: skip
        made = self.expect(
            error, lambda: create_sip_trunk.sync(client=self.client(token), body=body)
        )
        if made is not None:
            assert (made.data.is_verified, made.data.is_active) == (False, False)
            self.model.trunks[made.data.id] = ModelTrunk(cast(str, env), domain)

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def verify(self, token: str, data: st.DataObject) -> None:
        trunk_id = self._trunk_id(data)
        error = self._trunk_access(token, trunk_id)
        trunk = self.model.trunks.get(trunk_id)
        if error is None and trunk is not None and not trunk.connects:
            error = talkover.UnprocessableEntityError
        self.expect(error, lambda: verify_sip_trunk.sync(trunk_id, client=self.client(token)))
        if trunk is not None and (error is None or error is talkover.UnprocessableEntityError):
            trunk.verified = trunk.connects
            trunk.active = trunk.active and trunk.connects

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), active=st.booleans())
    def set_active(self, token: str, data: st.DataObject, active: bool) -> None:
        trunk_id = self._trunk_id(data)
        error = self._trunk_access(token, trunk_id)
        trunk = self.model.trunks.get(trunk_id)
        if error is None and trunk is not None and active and not trunk.verified:
            error = talkover.TrunkNotVerifiedError
        body = SipTrunkSettings(is_active=active)
        done = self.expect(
            error, lambda: update_sip_trunk.sync(trunk_id, client=self.client(token), body=body)
        )
        if done is not None and trunk is not None:
            trunk.active = active
            assert done.data.is_active is active

    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        domain=st.sampled_from(DOMAINS),
    )
    def move(self, token: str, data: st.DataObject, domain: str) -> None:
        """Another domain: connectivity changed, so the trunk is unverified and inactive again
        (the same domain is no change)."""
        trunk_id = self._trunk_id(data)
        error = self._trunk_access(token, trunk_id)
        trunk = self.model.trunks.get(trunk_id)
        body = SipTrunkSettings(domain=domain)
        done = self.expect(
            error, lambda: update_sip_trunk.sync(trunk_id, client=self.client(token), body=body)
        )
        if done is not None and trunk is not None:
            if domain != trunk.domain:
                trunk.verified = trunk.active = False
            trunk.domain = domain
            assert (done.data.is_verified, done.data.is_active) == (trunk.verified, trunk.active)

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), number=st.sampled_from(NEW_NUMBERS))
    def add_did(self, token: str, data: st.DataObject, number: str) -> None:
        trunk_id = self._trunk_id(data)
        error = self._trunk_access(token, trunk_id)
        trunk = self.model.trunks.get(trunk_id)
        if error is None and trunk is not None:
            taken = {
                n for t in self.model.trunks.values() if t.environment == trunk.environment
                for n in t.dids.values()
            }  # fmt: skip
            if number in taken:
                error = talkover.DidAlreadyExistsError
        body = SipDidInput(country_code="US", number=number)
        made = self.expect(
            error, lambda: create_sip_trunk_did.sync(trunk_id, client=self.client(token), body=body)
        )
        if made is not None and trunk is not None:
            trunk.dids[made.data.id] = number
            self.model.numbers[made.data.id] = trunk.environment

    @rule(data=st.data())
    def assign_did(self, data: st.DataObject) -> None:
        """An agent of the DID's environment takes it as its only number (the agent goes back
        to draft, as any calling change sends it)."""
        dids = sorted((d, t.environment) for t in self.model.trunks.values() for d in t.dids)
        if not dids:
            return
        did, env = data.draw(st.sampled_from(dids))
        self._assign(did, env, data)

    def _assign(self, did: str, env: str, data: st.DataObject) -> None:
        agents = sorted(
            a for a, agent in self.model.agents.items()
            if agent.environment == env and agent.direction is not None
        )  # fmt: skip
        if not agents:
            return
        agent_id = data.draw(st.sampled_from(agents))
        agent = self.model.agents[agent_id]
        body = CallingInput(direction=cast(Direction, agent.direction), phone_number_ids=[did])
        update_agent_calling.sync(agent_id, client=self.client(ENV_TOKEN[env]), body=body)
        agent.numbers, agent.status = [did], "draft"

    @rule(data=st.data())
    def did_in_use(self, data: st.DataObject) -> None:
        """The page's rule, aimed at in one step: a DID an agent uses cannot be deleted (409
        `DID_IN_USE`). Registers a trunk and a DID of the run's environment when there is none
        free, gives it to an agent, then asks."""
        env, token = "mine", ENV_TOKEN["mine"]
        free = sorted(
            (t, d) for t, trunk in self.model.trunks.items() if trunk.environment == env
            for d in trunk.dids if not self.model.assigned(d)
        )  # fmt: skip
        if free:
            trunk_id, did = data.draw(st.sampled_from(free))
        else:
            trunks = sorted(t for t, trunk in self.model.trunks.items() if trunk.environment == env)
            if not trunks:
                made = create_sip_trunk.sync(
                    client=self.client(token),
                    body=SipTrunkInput(
                        name="Carrier", provider_name="x", domain=DOMAINS[0], username="u",
                        password="p",
                    ),
                )  # fmt: skip
                self.model.trunks[made.data.id] = ModelTrunk(env, DOMAINS[0])
                trunks = [made.data.id]
            trunk_id = trunks[0]
            trunk = self.model.trunks[trunk_id]
            taken = {
                n
                for t in self.model.trunks.values()
                if t.environment == env
                for n in t.dids.values()
            }
            number = next((n for n in NEW_NUMBERS if n not in taken), None)
            if number is None:
                return
            did = create_sip_trunk_did.sync(
                trunk_id,
                client=self.client(token),
                body=SipDidInput(country_code="US", number=number),
            ).data.id
            trunk.dids[did] = number
            self.model.numbers[did] = env
        self._assign(did, env, data)
        if self.model.assigned(did):
            with pytest.raises(talkover.DidInUseError):
                delete_sip_trunk_did.sync(trunk_id, did, client=self.client(token))

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete_did(self, token: str, data: st.DataObject) -> None:
        trunk_id = self._trunk_id(data)
        trunk = self.model.trunks.get(trunk_id)
        did = data.draw(st.sampled_from([*(trunk.dids if trunk else []), "no-such-did"]))
        error = self._trunk_access(token, trunk_id)
        if error is None and trunk is not None:
            if did not in trunk.dids:
                error = talkover.DidNotFoundError
            elif self.model.assigned(did):
                error = talkover.DidInUseError
        self.expect(
            error, lambda: delete_sip_trunk_did.sync(trunk_id, did, client=self.client(token))
        )
        if error is None and trunk is not None:
            del trunk.dids[did]
            del self.model.numbers[did]

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete_trunk(self, token: str, data: st.DataObject) -> None:
        trunk_id = self._trunk_id(data)
        trunk = self.model.trunks.get(trunk_id)
        error = self._trunk_access(token, trunk_id)
        if error is None and trunk is not None and trunk.dids:
            error = talkover.TrunkHasDidsError
        self.expect(error, lambda: delete_sip_trunk.sync(trunk_id, client=self.client(token)))
        if error is None and trunk is not None:
            del self.model.trunks[trunk_id]
            self.model.deleted_trunks.add(trunk_id)

    @invariant()
    def trunks_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        for env, token in ENV_TOKEN.items():
            listed = list_sip_trunks.sync(client=self.client(token)).data
            mine = {i: t for i, t in self.model.trunks.items() if t.environment == env}
            assert [t.id for t in listed] == list(mine)
            for shown in listed:
                trunk = mine[shown.id]
                assert (shown.is_verified, shown.is_active) == (trunk.verified, trunk.active)
                dids = list_sip_trunk_dids.sync(shown.id, client=self.client(token)).data
                assert {d.id: d.number for d in dids} == trunk.dids

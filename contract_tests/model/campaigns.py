"""Rules for campaigns: created in draft with an agent of the environment; the status moves
only as the transition table allows (activation needs a published agent); campaign calls
only in an active campaign, never twice to a number that is waiting or in progress unless
asked; a day on the mock's clock places the waiting calls of active campaigns, ends them and
completes the campaigns that complete themselves; paused campaigns hold theirs. The model's
own campaigns open their windows at midnight UTC only, so their calls wait until then."""

from __future__ import annotations

import datetime
from typing import cast

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule
from talkover_api_client.api.calls import make_campaign_call
from talkover_api_client.api.campaigns import (
    create_campaign,
    delete_campaign,
    get_campaign,
    list_campaigns,
    update_campaign_status,
)
from talkover_api_client.models import (
    CallTimeRange,
    CampaignInput,
    CampaignStatus,
    CampaignStatusInput,
    MakeCampaignCallInput,
)

import talkover

from .calls import SUFFIXES, CallRules
from .reference import (
    ACTIVE_CALL,
    ENV_TOKEN,
    TOKENS,
    TRANSITIONS,
    WAITING_CALL,
    ModelCall,
    ModelCampaign,
)

STATUSES = ["draft", "active", "paused", "completed", "cancelled"]


class CampaignRules(CallRules):
    def _campaign(self, data: st.DataObject, *, own: bool = False) -> str:
        choices = sorted(i for i, c in self.model.campaigns.items() if not (own and c.open_now))
        return data.draw(st.sampled_from([*choices, "no-such-campaign"]))

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), auto_complete=st.booleans())
    def create_campaign(self, token: str, data: st.DataObject, auto_complete: bool) -> None:
        agent_id = data.draw(st.sampled_from([*sorted(self.model.agents), "no-such-agent"]))
        environment = TOKENS[token]
        agent = self.model.agents.get(agent_id)
        error: type[Exception] | None = None
        if environment is None:
            error = talkover.AuthenticationError
        elif agent is None or agent.environment != environment:
            error = talkover.UnprocessableEntityError
        body = CampaignInput(
            name="Model campaign", campaign_type="sales", agent_id=agent_id,
            start_date=datetime.date(2024, 1, 1), days_of_week=[1, 2, 3, 4, 5, 6, 7],
            call_time_ranges=[CallTimeRange(start="00:00", end="00:01")], timezone="UTC",
            max_retries=0, auto_complete=auto_complete,
        )  # fmt: skip
        created = self.expect(
            error, lambda: create_campaign.sync(client=self.client(token), body=body)
        )
        if created is not None:
            assert str(created.data.status) == "draft"
            self.model.campaigns[created.data.id] = ModelCampaign(
                str(environment), agent_id, "draft", auto_complete
            )

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), wanted=st.sampled_from(STATUSES))
    def change_campaign_status(self, token: str, data: st.DataObject, wanted: str) -> None:
        campaign_id = self._campaign(data)
        error = self.model.campaign_access(token, campaign_id)
        campaign = self.model.campaigns.get(campaign_id)
        if error is None and campaign is not None:
            if wanted not in TRANSITIONS[campaign.status]:
                error = talkover.InvalidTransitionError
            elif wanted == "active" and self.model.agents[campaign.agent_id].status != "published":
                error = talkover.ForbiddenError
        body = CampaignStatusInput(status=cast(CampaignStatus, wanted))
        changed = self.expect(
            error,
            lambda: update_campaign_status.sync(campaign_id, client=self.client(token), body=body),
        )
        if changed is not None and campaign is not None:
            assert str(changed.data.status) == wanted
            campaign.status = wanted
            if wanted in ("completed", "cancelled"):
                for call in self.model.calls.values():
                    if call.campaign_id == campaign_id and call.status in WAITING_CALL:
                        call.status = "cancelled"

    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        suffix=st.sampled_from(SUFFIXES),
        duplicates=st.booleans(),
    )
    def campaign_call(self, token: str, data: st.DataObject, suffix: str, duplicates: bool) -> None:
        campaign_id = self._campaign(data, own=True)
        to = f"+1555000{suffix}"
        error = self.model.campaign_access(token, campaign_id)
        campaign = self.model.campaigns.get(campaign_id)
        if error is None and campaign is not None:
            if campaign.status != "active":
                error = talkover.CampaignNotActiveError
            elif self.model.agents[campaign.agent_id].status != "published":
                error = talkover.ForbiddenError
            elif not duplicates and any(
                c.campaign_id == campaign_id and c.to == to
                and c.status in WAITING_CALL + ACTIVE_CALL
                for c in self.model.calls.values()
            ):  # fmt: skip
                error = talkover.DuplicateCallError
        body = MakeCampaignCallInput(to=to, allow_duplicates=duplicates)
        queued = self.expect(
            error,
            lambda: make_campaign_call.sync(campaign_id, client=self.client(token), body=body),
        )
        if queued is not None and campaign is not None:
            assert str(queued.campaign_call.status) == "scheduled"  # windows open at midnight
            self.model.calls[queued.campaign_call.id] = ModelCall(
                campaign.agent_id, campaign.environment, to, "scheduled", campaign_id
            )

    @rule()
    def run_a_day(self) -> None:
        """A day on the mock's clock: the waiting calls of active campaigns are placed at
        midnight and end; a campaign with `auto_complete` that has nothing left completes;
        a paused campaign's calls still wait."""
        self.control("/clock/advance", {"seconds": 86400})
        for campaign in self.model.campaigns.values():
            if campaign.status != "active" or campaign.open_now:
                continue
            mine = [c for c in self.model.calls.values() if c.campaign_id in self._ids(campaign)]
            if not any(c.status in WAITING_CALL for c in mine):
                continue
            for call in mine:
                if call.status in WAITING_CALL:
                    call.status = call.outcome  # placed and ended: max_retries is 0
            if campaign.auto_complete and mine:
                campaign.status = "completed"
        for environment in ENV_TOKEN:
            self.observe(environment)
        self.campaigns_match_the_model()

    def _ids(self, campaign: ModelCampaign) -> set[str]:
        return {i for i, c in self.model.campaigns.items() if c is campaign}

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete_campaign(self, token: str, data: st.DataObject) -> None:
        campaign_id = self._campaign(data)
        error = self.model.campaign_access(token, campaign_id)
        campaign = self.model.campaigns.get(campaign_id)
        if error is None and campaign is not None and campaign.status == "active":
            error = talkover.PermissionDeniedError
        if error is None and campaign is not None:
            self.observe(campaign.environment)
            if any(
                c.campaign_id == campaign_id and c.status in ACTIVE_CALL
                for c in self.model.calls.values()
            ):
                error = talkover.ConflictError
        done = self.expect(
            error, lambda: delete_campaign.sync(campaign_id, client=self.client(token))
        )
        if done is not None:
            self.model.delete_campaign(campaign_id)

    def campaigns_match_the_model(self) -> None:
        for campaign_id, campaign in self.model.campaigns.items():
            seen = get_campaign.sync(
                campaign_id, client=self.client(ENV_TOKEN[campaign.environment])
            ).data
            assert str(seen.status) == campaign.status, f"{campaign_id}: {seen.status}"
            mine = {i for i, c in self.model.calls.items() if c.campaign_id == campaign_id}
            assert mine <= {c.id for c in seen.calls}, campaign_id

    @invariant()
    def campaigns_have_their_agent(self) -> None:
        """No campaign outlives its agent (an agent's delete takes its campaigns): no listed
        campaign names a deleted agent."""
        if not hasattr(self, "model"):
            return
        for token in ENV_TOKEN.values():
            listed = list_campaigns.sync(client=self.client(token), per_page=100).data
            orphans = [c.id for c in listed if c.agent_id in self.model.deleted_agents]
            assert not orphans, f"campaigns without their agent: {orphans[:3]}"

    # -- aimed rules: each walks one documented path end to end --------------------------------

    def _published(self, data: st.DataObject) -> str:
        return data.draw(
            st.sampled_from(
                sorted(i for i, a in self.model.agents.items() if a.status == "published")
            )
        )

    def _new_active_campaign(self, agent_id: str) -> tuple[str, object]:
        environment = self.model.agents[agent_id].environment
        client = self.client(ENV_TOKEN[environment])
        body = CampaignInput(
            name="Walked", campaign_type="sales", agent_id=agent_id,
            start_date=datetime.date(2024, 1, 1), days_of_week=[1, 2, 3, 4, 5, 6, 7],
            call_time_ranges=[CallTimeRange(start="00:00", end="00:01")], timezone="UTC",
            max_retries=0,
        )  # fmt: skip
        campaign_id = create_campaign.sync(client=client, body=body).data.id
        self.model.campaigns[campaign_id] = ModelCampaign(environment, agent_id, "draft")
        update_campaign_status.sync(
            campaign_id, client=client, body=CampaignStatusInput(status="active")
        )
        self.model.campaigns[campaign_id].status = "active"
        return campaign_id, client

    @precondition(lambda self: any(a.status == "published" for a in self.model.agents.values()))
    @rule(data=st.data(), end=st.sampled_from(["completed", "cancelled"]))
    def final_is_final(self, data: st.DataObject, end: str) -> None:
        """A campaign taken to a final status stays there: every other status is 400."""
        campaign_id, client = self._new_active_campaign(self._published(data))
        update_campaign_status.sync(
            campaign_id, client=client, body=CampaignStatusInput(status=cast(CampaignStatus, end))
        )
        self.model.campaigns[campaign_id].status = end
        for wanted in STATUSES:
            with pytest.raises(talkover.InvalidTransitionError):
                update_campaign_status.sync(
                    campaign_id, client=client,
                    body=CampaignStatusInput(status=cast(CampaignStatus, wanted)),
                )  # fmt: skip

    @precondition(lambda self: any(a.status == "published" for a in self.model.agents.values()))
    @rule(data=st.data(), suffix=st.sampled_from(SUFFIXES))
    def no_second_call_to_a_number(self, data: st.DataObject, suffix: str) -> None:
        """A number waiting in a campaign is refused a second call (409 with the first),
        unless duplicates are allowed."""
        agent_id = self._published(data)
        campaign_id, client = self._new_active_campaign(agent_id)
        environment = self.model.agents[agent_id].environment
        to = f"+1555000{suffix}"
        first = make_campaign_call.sync(
            campaign_id, client=client, body=MakeCampaignCallInput(to=to)
        ).campaign_call
        self.model.calls[first.id] = ModelCall(agent_id, environment, to, "scheduled", campaign_id)
        with pytest.raises(talkover.DuplicateCallError) as refused:
            make_campaign_call.sync(campaign_id, client=client, body=MakeCampaignCallInput(to=to))
        assert refused.value.body["existing_call"]["id"] == first.id
        again = make_campaign_call.sync(
            campaign_id, client=client, body=MakeCampaignCallInput(to=to, allow_duplicates=True)
        ).campaign_call
        self.model.calls[again.id] = ModelCall(agent_id, environment, to, "scheduled", campaign_id)

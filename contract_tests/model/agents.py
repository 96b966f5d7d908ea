"""Rules for agents: create, delete (refused while published, cascades), publish and
unpublish, and the settings that send an agent back to draft."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import cast

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule
from talkover_api_client.api.agent_webhooks import create_webhook
from talkover_api_client.api.agents import (
    create_agent,
    delete_agent,
    get_agent,
    publish_agent,
    unpublish_agent,
    update_agent_calling,
    update_agent_knowledge,
    update_agent_voice,
)
from talkover_api_client.api.campaigns import create_campaign
from talkover_api_client.api.trainings import create_or_update_training
from talkover_api_client.models import (
    AgentInput,
    CallingInput,
    CallTimeRange,
    CampaignInput,
    Direction,
    KnowledgeInput,
    Language,
    TrainingInput,
    VoiceInput,
    WebhookInput,
)

import talkover

from .machine import Base
from .reference import ENV_TOKEN, HIGH_FIDELITY, TOKENS, ModelAgent


def agent_input(name: str, numbers: list[str]) -> AgentInput:
    """A new outbound agent's body: everything Create Agent takes, ``numbers`` as its own."""
    return AgentInput(
        name=name, label="A bot", language="en-US",
        interrupt_sensitivity="medium", endpointing_sensitivity="auto",
        ivr_navigation_mode="off", conversation_speed=1.0, initial_message_delay=0,
        ask_if_human_present_on_idle=False, idle_time_seconds=5, llm_temperature=0.7,
        enable_recording=True, direction="outbound", who_speaks_first="agent",
        description="Sells things.", phone_number_ids=numbers,
    )  # fmt: skip


class AgentRules(Base):
    def _agent_id(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from(sorted({*self.model.agents, *self.model.deleted_agents})))

    def _numbers(self, data: st.DataObject) -> list[str]:
        """Up to two numbers: the environments' own, or one that does not exist."""
        pool = self.model.numbers_with_a_stranger()
        return data.draw(st.lists(st.sampled_from(pool), max_size=2))

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def create(self, token: str, data: st.DataObject) -> None:
        numbers = self._numbers(data)
        env = TOKENS[token]
        body = agent_input("Bot", numbers)
        error: type[Exception] | None = talkover.AuthenticationError if env is None else None
        if error is None and any(self.model.numbers.get(n) != env for n in numbers):
            error = talkover.UnprocessableEntityError
        created = self.expect(
            error, lambda: create_agent.sync(client=self.client(token), body=body)
        )
        if created is not None:
            assert env is not None
            assert (str(created.data.current_status), created.data.voice) == ("draft", None)
            self.model.agents[created.data.id] = ModelAgent(
                env,
                "draft",
                "Sells things.",
                False,
                "outbound",
                "en-US",
                list(dict.fromkeys(numbers)),
            )

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete(self, token: str, data: st.DataObject) -> None:
        agent_id = self._agent_id(data)
        error = self.model.agent_access(token, agent_id)
        if error is None and self.model.agents[agent_id].status == "published":
            error = talkover.AgentIsPublishedError
        if error is None and self.has_active_calls(agent_id):
            error = talkover.AgentHasActiveCallsError  # unpublished while a call went on
        self.expect(error, lambda: delete_agent.sync(agent_id, client=self.client(token)))
        if error is None:
            self.model.delete_agent(agent_id)

    def _pick(self, data: st.DataObject, wanted: Callable[[ModelAgent], bool]) -> str:
        return data.draw(
            st.sampled_from(sorted(i for i, a in self.model.agents.items() if wanted(a)))
        )

    @precondition(lambda self: any(a.status == "published" for a in self.model.agents.values()))
    @rule(data=st.data())
    def delete_published(self, data: st.DataObject) -> None:
        """The rule the docs name: a published agent must be unpublished first (409)."""
        agent_id = self._pick(data, lambda a: a.status == "published")
        token = ENV_TOKEN[self.model.agents[agent_id].environment]
        with pytest.raises(talkover.AgentIsPublishedError):
            delete_agent.sync(agent_id, client=self.client(token))

    @precondition(
        lambda self: any(a.status == "draft" and a.trainings for a in self.model.agents.values())
    )
    @rule(data=st.data())
    def delete_trained(self, data: st.DataObject) -> None:
        """Deleting an agent takes its trainings with it (checked in the store by an invariant)."""
        agent_id = self._pick(data, lambda a: a.status == "draft" and bool(a.trainings))
        environment = self.model.agents[agent_id].environment
        if self.has_active_calls(agent_id):
            with pytest.raises(talkover.AgentHasActiveCallsError):
                delete_agent.sync(agent_id, client=self.client(ENV_TOKEN[environment]))
            return
        delete_agent.sync(agent_id, client=self.client(ENV_TOKEN[environment]))
        self.model.delete_agent(agent_id)

    @rule()
    def delete_takes_everything(self) -> None:
        """Aimed at the cascade, whatever the state: a new agent gets a training, a webhook and
        a campaign, then is deleted; the invariants then look for anything left behind."""
        client = self.client(ENV_TOKEN["mine"])
        body = agent_input("Doomed", [])
        agent_id = create_agent.sync(client=client, body=body).data.id
        create_or_update_training.sync(
            agent_id, client=client, body=TrainingInput(subject="Doomed", instructions="text")
        )
        create_webhook.sync(
            agent_id, client=client,
            body=WebhookInput(name="Doomed", webhook_url=self.receiver.url, events=["event_action"]),
        )  # fmt: skip
        create_campaign.sync(
            client=client,
            body=CampaignInput(
                name="Doomed", campaign_type="sales", agent_id=agent_id,
                start_date=datetime.date(2024, 1, 1), days_of_week=[1],
                call_time_ranges=[CallTimeRange(start="09:00", end="10:00")], timezone="UTC",
            ),
        )  # fmt: skip
        delete_agent.sync(agent_id, client=client)
        self.model.deleted_agents.add(agent_id)

    @precondition(lambda self: any(a.status == "published" for a in self.model.agents.values()))
    @rule(data=st.data())
    def revoice_published(self, data: st.DataObject) -> None:
        """A valid voice change of a published agent sends it back to draft."""
        agent_id = self._pick(data, lambda a: a.status == "published")
        agent = self.model.agents[agent_id]
        templates = self.model.templates
        fitting = sorted(i for i, t in templates.items() if t["language"] == agent.language)
        template = templates[data.draw(st.sampled_from(fitting))]
        body = VoiceInput(voice_id=template["id"], conversation_speed=1.0, who_speaks_first="agent")
        if template["quality_tier"] in HIGH_FIDELITY:
            body.similarity, body.stability = 0.9, 0.9
        update_agent_voice.sync(
            agent_id, client=self.client(ENV_TOKEN[agent.environment]), body=body
        )
        agent.voice, agent.status = True, "draft"

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), publish=st.booleans())
    def change_status(self, token: str, data: st.DataObject, publish: bool) -> None:
        agent_id = self._agent_id(data)
        error = self.model.agent_access(token, agent_id)
        if error is None and publish and not self.model.agents[agent_id].ready:
            error = talkover.UnprocessableEntityError
        operation = publish_agent if publish else unpublish_agent
        result = self.expect(error, lambda: operation.sync(agent_id, client=self.client(token)))
        if result is not None:
            self.model.agents[agent_id].status = "published" if publish else "draft"
            assert str(result.data.current_status) == self.model.agents[agent_id].status

    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        description=st.sampled_from(["Helps people.", "Answers calls."]),
    )
    def update_knowledge(self, token: str, data: st.DataObject, description: str) -> None:
        agent_id = self._agent_id(data)
        body = KnowledgeInput(
            description=description, interrupt_sensitivity="high",
            ask_if_human_present_on_idle=True, llm_temperature=0.5, initial_message_delay=1,
        )  # fmt: skip
        error = self.model.agent_access(token, agent_id)
        self.expect(
            error,
            lambda: update_agent_knowledge.sync(agent_id, client=self.client(token), body=body),
        )
        if error is None:
            agent = self.model.agents[agent_id]
            agent.description, agent.status = description, "draft"

    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        language=st.sampled_from([None, "en-US", "pt-BR"]),
        tuned=st.booleans(),
    )
    def update_voice(self, token: str, data: st.DataObject, language: str | None,
                     tuned: bool) -> None:  # fmt: skip
        agent_id = self._agent_id(data)
        template = data.draw(st.sampled_from([*sorted(self.model.templates), "no-such-template"]))
        body = VoiceInput(voice_id=template, conversation_speed=1.2, who_speaks_first="user")
        if language is not None:
            body.language = cast(Language, language)
        if tuned:
            body.similarity, body.stability = 0.7, 0.8
        error = self.model.agent_access(token, agent_id)
        if error is None:
            known = self.model.templates.get(template)
            agent = self.model.agents[agent_id]
            if known is None:
                error = talkover.VoiceNotFoundError
            elif (known["quality_tier"] in HIGH_FIDELITY) != tuned or (
                language or agent.language
            ) != known["language"]:
                error = talkover.UnprocessableEntityError
        self.expect(
            error, lambda: update_agent_voice.sync(agent_id, client=self.client(token), body=body)
        )
        if error is None:
            agent = self.model.agents[agent_id]
            agent.voice, agent.status, agent.language = True, "draft", language or agent.language

    @rule(
        token=st.sampled_from(list(TOKENS)),
        data=st.data(),
        direction=st.sampled_from(["inbound", "outbound"]),
        replace=st.booleans(),
    )
    def update_calling(
        self, token: str, data: st.DataObject, direction: str, replace: bool
    ) -> None:
        agent_id = self._agent_id(data)
        numbers = self._numbers(data) if replace else None
        body = CallingInput(direction=cast(Direction, direction))
        if numbers is not None:
            body.phone_number_ids = numbers
        error = self.model.agent_access(token, agent_id)
        if error is None and numbers is not None:
            env = self.model.agents[agent_id].environment
            if any(self.model.numbers.get(n) != env for n in numbers):
                error = talkover.UnprocessableEntityError
        result = self.expect(
            error, lambda: update_agent_calling.sync(agent_id, client=self.client(token), body=body)
        )
        if result is not None:
            agent = self.model.agents[agent_id]
            agent.direction, agent.status = direction, "draft"
            if numbers is not None:
                agent.numbers = list(dict.fromkeys(numbers))
            assert [p.id for p in result.data.phone_numbers] == agent.numbers

    @invariant()
    def agents_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        for agent_id, agent in self.model.agents.items():
            seen = get_agent.sync(agent_id, client=self.client(ENV_TOKEN[agent.environment])).data
            assert str(seen.current_status) == agent.status, (
                f"{agent_id}: {seen.current_status} != {agent.status}"
            )
            assert [t.id for t in seen.trainings] == list(agent.trainings)
            assert [a.id for a in seen.actions] == list(agent.actions.values())
            assert [p.id for p in seen.phone_numbers] == agent.numbers
            assert seen.is_ready_to_publish is agent.ready, agent_id
            assert not self.model.deleted_trainings & {t.id for t in seen.trainings}
        for agent_id in self.model.deleted_agents:
            for token in ENV_TOKEN.values():
                try:
                    get_agent.sync(agent_id, client=self.client(token))
                except talkover.AgentNotFoundError:
                    continue
                raise AssertionError(f"deleted agent {agent_id} is still there")

    @invariant()
    def nothing_outlives_its_agent(self) -> None:
        """What a delete should take along is gone from the target's store, not only from the
        API: the control plane's integrity report shows no document whose parent is gone, and
        as many trainings as the model has."""
        if not hasattr(self, "model"):
            return
        report = self.control("/integrity", method="GET")
        assert not report["orphans"], f"left behind: {report['orphans'][:3]}"
        expected = sum(len(a.trainings) for a in self.model.agents.values())
        stored = report["counts"].get("training", 0)
        assert stored == expected, f"{stored} trainings stored, {expected} expected"

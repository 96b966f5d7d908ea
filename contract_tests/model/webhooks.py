"""Rules for agent webhooks: create, toggle (status follows enabled), test (a delivery the
receiver gets, signed so that ``verify_webhook`` accepts it), delete; the list matches."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import rule
from talkover_api_client.api.agent_webhooks import (
    create_webhook,
    delete_webhook,
    list_agent_webhooks,
    test_webhook,
    toggle_webhook,
)
from talkover_api_client.models import WebhookInput

import talkover

from .machine import Base
from .reference import TOKENS, ModelWebhook


class WebhookRules(Base):
    def _webhook(self, data: st.DataObject) -> tuple[str, str]:
        """An agent and a webhook id: one of its own, another agent's, or none at all."""
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        choices = [*sorted(self.model.webhooks), "no-such-webhook"]
        return agent_id, data.draw(st.sampled_from(choices))

    def _webhook_error(self, token: str, agent_id: str, webhook_id: str) -> type[Exception] | None:
        error = self.model.agent_access(token, agent_id)
        hook = self.model.webhooks.get(webhook_id)
        if error is None and (hook is None or hook.agent_id != agent_id):
            return talkover.WebhookNotFoundError
        return error

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data(), signed=st.booleans())
    def create_webhook(self, token: str, data: st.DataObject, signed: bool) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        secret = "whsec_model" if signed else None
        body = WebhookInput(
            name="Receiver", webhook_url=self.receiver.url,
            events=["event_phone_call_ended"], webhook_secret=secret,
        )  # fmt: skip
        created = self.expect(
            self.model.agent_access(token, agent_id),
            lambda: create_webhook.sync(agent_id, client=self.client(token), body=body),
        )
        if created is not None:
            assert (created.data.enabled, created.data.status) == (True, "active")
            self.model.webhooks[created.data.id] = ModelWebhook(agent_id, secret)

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def toggle_webhook(self, token: str, data: st.DataObject) -> None:
        agent_id, webhook_id = self._webhook(data)
        toggled = self.expect(
            self._webhook_error(token, agent_id, webhook_id),
            lambda: toggle_webhook.sync(agent_id, webhook_id, client=self.client(token)),
        )
        if toggled is not None:
            hook = self.model.webhooks[webhook_id]
            hook.enabled = not hook.enabled
            expected = "active" if hook.enabled else "disabled"
            assert (toggled.data.enabled, toggled.data.status) == (hook.enabled, expected)

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def test_webhook(self, token: str, data: st.DataObject) -> None:
        agent_id, webhook_id = self._webhook(data)
        before = len(self.receiver.deliveries)
        sent = self.expect(
            self._webhook_error(token, agent_id, webhook_id),
            lambda: test_webhook.sync(agent_id, webhook_id, client=self.client(token)),
        )
        if sent is None:
            assert len(self.receiver.deliveries) == before
            return
        assert sent.data.status_code == 200
        (delivery,) = self.receiver.deliveries[before:]
        secret = self.model.webhooks[webhook_id].secret
        header = delivery.header("Talkover-Signature")
        if secret is None:
            assert header is None
            payload = delivery.json()
        else:
            payload = talkover.verify_webhook(delivery.body, header, secret)
        assert (payload["event"], payload["webhook_id"]) == ("webhook.test", webhook_id)

    @rule(data=st.data())
    def signed_delivery(self, data: st.DataObject) -> None:
        """Aimed at the signature: a webhook with a secret, on an agent its token owns, is
        tested; the receiver's copy verifies, and a tampered copy does not."""
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        client = self.client(self.model.token_of(self.model.agents[agent_id].environment))
        body = WebhookInput(
            name="Signed", webhook_url=self.receiver.url, events=["event_action"],
            webhook_secret="whsec_signed",
        )  # fmt: skip
        hook = create_webhook.sync(agent_id, client=client, body=body).data
        self.model.webhooks[hook.id] = ModelWebhook(agent_id, "whsec_signed")
        before = len(self.receiver.deliveries)
        test_webhook.sync(agent_id, hook.id, client=client)
        (delivery,) = self.receiver.deliveries[before:]
        header = delivery.header("Talkover-Signature")
        assert talkover.verify_webhook(delivery.body, header, "whsec_signed")["test"] is True
        with pytest.raises(talkover.WebhookSignatureError):
            talkover.verify_webhook(delivery.body.replace(b"Signed", b"Forged"), header, "x")

    @rule(data=st.data())
    def toggle_there_and_back(self, data: st.DataObject) -> None:
        """Aimed at the derived status: a webhook its owner toggles off and on again."""
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        client = self.client(self.model.token_of(self.model.agents[agent_id].environment))
        body = WebhookInput(name="Flip", webhook_url=self.receiver.url, events=["event_action"])
        hook = create_webhook.sync(agent_id, client=client, body=body).data
        self.model.webhooks[hook.id] = ModelWebhook(agent_id, None)
        off = toggle_webhook.sync(agent_id, hook.id, client=client)
        on = toggle_webhook.sync(agent_id, hook.id, client=client)
        assert (off.message, off.data.enabled, off.data.status) == (
            "Webhook disabled", False, "disabled",
        )  # fmt: skip
        assert (on.message, on.data.enabled, on.data.status) == ("Webhook enabled", True, "active")

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def delete_webhook(self, token: str, data: st.DataObject) -> None:
        agent_id, webhook_id = self._webhook(data)
        done = self.expect(
            self._webhook_error(token, agent_id, webhook_id),
            lambda: delete_webhook.sync(agent_id, webhook_id, client=self.client(token)),
        )
        if done is not None:
            del self.model.webhooks[webhook_id]

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def list_webhooks(self, token: str, data: st.DataObject) -> None:
        agent_id = data.draw(st.sampled_from(sorted(self.model.agents)))
        listed = self.expect(
            self.model.agent_access(token, agent_id),
            lambda: list_agent_webhooks.sync(agent_id, client=self.client(token)),
        )
        if listed is not None:
            mine = [i for i, h in self.model.webhooks.items() if h.agent_id == agent_id]
            assert [w.id for w in listed.data.webhooks] == mine
            assert len(listed.data.available_events.additional_properties) == 22

"""Webhooks of agents and of campaigns: one implementation. Documents of kind ``webhook``
under their owner (an agent or a campaign; the kind is the owner's business, not the
webhook's), and their delivery log entries (``delivery.py``), which go with them. What differs
between the two families (catalogue, the fields shown, messages, the pagination of the logs,
what a test does) is an :class:`Owner`. Changes leave the owner's status alone (D35, D43)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .. import delivery
from ..delivery import LOG, WEBHOOK
from ..demo import DEMO_CAMPAIGN_ID
from ..documents import ChildPart, Doc, Transaction
from ..faults import fault
from ..registry import (
    Call,
    Control,
    ControlInputError,
    DemoFixture,
    Reply,
    child_part,
    control_route,
    demo_part,
    operation,
)
from .schemas import fixture_item, properties

TOGGLE_KEEPS_STATUS = fault(
    "toggle_keeps_status",
    "Toggle Webhook flips ``enabled`` but answers with the old ``status``.",
    caught_by=["status_follows_enabled"],
    tags=["Agent Webhooks"],
)


AGENT_EVENTS: dict[str, str] = {
    "event_phone_call_started": "Phone call has started",
    "event_phone_call_ended": "Phone call has ended",
    "event_phone_call_did_not_connect": "Phone call failed to connect",
    "event_phone_call_connected": "Phone call connection established",
    "event_phone_call_disconnected": "Phone call connection closed",
    "event_phone_call_error": "Phone call connection error occurred",
    "event_participant_joined": "Participant joined the call",
    "event_participant_left": "Participant left the call",
    "event_voicemail_detected": "Voicemail system detected",
    "event_voicemail_message_left": "Message left on voicemail",
    "event_conversation_started": "Human conversation started",
    "event_conversation_ended": "Human conversation ended",
    "event_action": "Agent executed an action",
    "event_action_failed": "Agent action failed",
    "event_recording": "Call recording event",
    "event_connection_established": "Call connection established",
    "event_connection_closed": "Call connection closed",
    "event_connection_error": "Call connection error occurred",
    "event_user_connected": "User connected to the call",
    "event_user_disconnected": "User disconnected from the call",
    "event_client_connected": "Client connected to the call",
    "event_client_disconnected": "Client disconnected from the call",
}
"""The ``available_events`` catalogue of List Agent Webhooks (the page, verbatim)."""
CAMPAIGN_EVENTS: tuple[str, ...] = (
    "campaign.created", "campaign.started", "campaign.paused", "campaign.completed",
    "campaign.updated", "campaign_call.queued", "campaign_call.started",
    "campaign_call.completed", "campaign_call.retry_scheduled", "campaign_call.failed",
    "event_recording", "event_call_transcript", "event_call_report",
)  # fmt: skip
"""The ``available_events`` list of List Campaign Webhooks (the page, verbatim)."""
DEFAULTS: dict[str, Any] = {
    "timeout": 30,
    "max_retries": 3,
    "enabled": True,
    "http_method": "POST",
    "authorization_scheme": "none",
}
RETENTION = timedelta(days=30)


def status(body: Mapping[str, Any]) -> str:
    if not body["enabled"]:
        return "disabled"
    return "error" if body.get("delivery_error") else "active"


def agent_view(doc: Doc) -> dict[str, Any]:
    """The Webhook object of the spec: the write-only fields (secret, method, headers, …)
    never show (D35)."""
    body = doc.body
    return {
        "id": doc.id,
        "agent_id": doc.parent_id,
        "name": body["name"],
        "webhook_url": body["webhook_url"],
        "events": list(body["events"]),
        "timeout": body["timeout"],
        "max_retries": body["max_retries"],
        "enabled": body["enabled"],
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
        "events_count": len(body["events"]),
        "status": status(body),
    }


def campaign_view(doc: Doc) -> dict[str, Any]:
    """The CampaignWebhook object: the fields of the campaign pages (D43)."""
    body = doc.body
    return {
        "id": doc.id,
        "campaign_id": doc.parent_id,
        "name": body["name"],
        "webhook_url": body["webhook_url"],
        "events": list(body["events"]),
        "enabled": body["enabled"],
        "include_call_events": body.get("include_call_events", False),
        "timeout": body["timeout"],
        "max_retries": body["max_retries"],
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
    }


@dataclass(frozen=True)
class Owner:
    """What one family of webhooks does its own way."""

    parameter: str
    """The owner's path parameter (``agent_id``, ``campaign_id``)."""
    input_schema: str
    """The spec's update body: the fields a webhook keeps."""
    catalogue: Any
    view: Callable[[Doc], dict[str, Any]]
    defaults: Mapping[str, Any]
    created: str | None
    updated: str | None
    deleted: str
    retried: str
    last_page: bool
    """Whether the logs' pagination object has ``last_page`` (P3) or not (P4)."""

    @property
    def stored(self) -> tuple[str, ...]:
        return tuple(properties(self.input_schema))


AGENT = Owner(
    "agent_id", "WebhookUpdateInput", AGENT_EVENTS, agent_view, DEFAULTS,
    created="Webhook created successfully", updated="Webhook updated successfully",
    deleted="Webhook deleted successfully", retried="Webhook retry queued successfully",
    last_page=True,
)  # fmt: skip
CAMPAIGN = Owner(
    "campaign_id", "CampaignWebhookUpdateInput", list(CAMPAIGN_EVENTS), campaign_view,
    {**DEFAULTS, "include_call_events": False},
    created=None, updated=None, deleted="Campaign webhook deleted",
    retried="Webhook retry queued", last_page=False,
)  # fmt: skip


def _fields(owner: Owner, call: Call) -> dict[str, Any]:
    fields = {name: call.body[name] for name in owner.stored if name in call.body}
    if "events" in fields:
        fields["events"] = list(dict.fromkeys(fields["events"]))  # a name twice counts once
    return fields


def _answer(data: Any, message: str | None) -> Reply:
    body: dict[str, Any] = {"success": True}
    if message is not None:
        body["message"] = message
    body["data"] = data
    return Reply(body)


def register(owner: Owner, **operation_ids: str) -> None:
    """The handlers of one family, under its operation ids (list, create, get, update,
    delete, toggle, test, logs, retry)."""
    handlers: dict[str, Callable[[Call], Reply]] = {
        "list": lambda call: _list(owner, call),
        "create": lambda call: _create(owner, call),
        "get": lambda call: Reply(
            {"success": True, "data": owner.view(call.resource("webhook_id"))}
        ),
        "update": lambda call: _update(owner, call),
        "delete": lambda call: _delete(owner, call),
        "toggle": lambda call: _toggle(owner, call),
        "test": _test_and_wait if owner is AGENT else _test_dispatched,
        "logs": lambda call: _logs(owner, call),
        "retry": lambda call: _retry(owner, call),
    }
    for action, operation_id in operation_ids.items():
        operation(operation_id)(handlers[action])


def _list(owner: Owner, call: Call) -> Reply:
    hooks = call.tx.children(WEBHOOK, call.resource(owner.parameter).id)
    data = {"webhooks": [owner.view(h) for h in hooks], "available_events": owner.catalogue}
    return Reply({"success": True, "data": data})


def _create(owner: Owner, call: Call) -> Reply:
    parent, now = call.resource(owner.parameter), call.tx.now()
    body = {**owner.defaults, **_fields(owner, call), "created_at": now, "updated_at": now}
    hook = call.tx.insert(WEBHOOK, body, environment_id=parent.environment_id, parent_id=parent.id)
    return _answer(owner.view(hook), owner.created)


def _update(owner: Owner, call: Call) -> Reply:
    hook = call.resource("webhook_id")
    changed = {k: v for k, v in _fields(owner, call).items() if hook.body.get(k) != v}
    if changed:
        body = {**hook.body, **changed, "updated_at": call.tx.now()}
        if changed.keys() & {"webhook_url", "enabled"}:
            body["delivery_error"] = False  # a new target or a fresh start: no failure yet
        hook = call.tx.update(hook, body)
    return _answer(owner.view(hook), owner.updated)


def _delete(owner: Owner, call: Call) -> Reply:
    call.tx.delete(call.resource("webhook_id"))
    return Reply({"success": True, "message": owner.deleted})


def _toggle(owner: Owner, call: Call) -> Reply:
    before = call.resource("webhook_id")
    enabled = not before.body["enabled"]
    hook = call.tx.update(
        before,
        {**before.body, "enabled": enabled, "delivery_error": False, "updated_at": call.tx.now()},
    )
    shown = owner.view(hook)
    if call.planted(TOGGLE_KEEPS_STATUS) and "status" in shown:
        shown["status"] = status(before.body)
    return _answer(shown, "Webhook enabled" if enabled else "Webhook disabled")


def _test_and_wait(call: Call) -> Reply:
    """Test Webhook (agents): sends ``webhook.test`` and answers with the outcome."""
    agent, hook = call.resource("agent_id"), call.resource("webhook_id")
    payload = {
        "event": "webhook.test",
        "agent_id": agent.id,
        "agent_name": agent.body["name"],
        "webhook_id": hook.id,
        "webhook_name": hook.body["name"],
        "timestamp": call.tx.now(),
        "test": True,
    }
    log = delivery.new_log(call.tx, hook, "webhook.test", payload)
    deliveries = call.deliveries
    # The delivery starts once the log entry is committed; the answer waits for it outside
    # the transaction (``Reply.then``).
    started: list[Any] = []
    call.tx.after_commit(lambda: started.append(deliveries.submit(log.id)))

    async def answer() -> Reply:
        outcome = await asyncio.wrap_future(started[0])
        if outcome is not None and outcome.ok:
            data = {"status_code": outcome.status_code, "response_time": outcome.duration_ms}
            message = "Test webhook sent successfully"
            return Reply({"success": True, "message": message, "data": data})
        reason = outcome.error if outcome is not None else "the webhook is gone"
        return Reply({"success": False, "message": f"Webhook test failed: {reason}"}, status=422)

    return Reply(None, then=answer)


def _test_dispatched(call: Call) -> Reply:
    """Test Campaign Webhook: one synthetic event of those the webhook subscribes to, queued;
    the answer does not wait (D43)."""
    campaign, hook = call.resource("campaign_id"), call.resource("webhook_id")
    event = hook.body["events"][0]
    payload = {
        "event": event,
        "campaign_id": campaign.id,
        "campaign_name": campaign.body["name"],
        "webhook_id": hook.id,
        "timestamp": call.tx.now(),
        "test": True,
        "data": {},
    }
    log = delivery.new_log(call.tx, hook, event, payload)
    deliveries = call.deliveries
    call.tx.after_commit(lambda: deliveries.submit(log.id))
    return Reply({"success": True, "message": "Test payload dispatched"})


def _older_than_retention(created_at: str, now: str) -> bool:
    def parse(text: str) -> datetime:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)

    return parse(now) - parse(created_at) > RETENTION


def _logs(owner: Owner, call: Call) -> Reply:
    hook = call.resource("webhook_id")
    per_page, page = call.query["per_page"], call.query["page"]
    logs = call.tx.children(LOG, hook.id)[::-1]
    now = call.tx.now()
    logs = [log for log in logs if not _older_than_retention(log.body["created_at"], now)]
    chosen = logs[(page - 1) * per_page : page * per_page]
    pagination = {"current_page": page, "per_page": per_page, "total": len(logs)}
    if owner.last_page:
        pagination["last_page"] = max(1, -(-len(logs) // per_page))
    return Reply(
        {
            "success": True,
            "data": [{"id": log.id, **_log_fields(log.body)} for log in chosen],
            "pagination": pagination,
        }
    )


def _log_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


def _retry(owner: Owner, call: Call) -> Reply:
    hook, log = call.resource("webhook_id"), call.resource("log_id")
    now = call.tx.now()
    if (
        log.body["status"] not in ("failed", "retrying")
        or not hook.body["enabled"]
        or _older_than_retention(log.body["created_at"], now)
    ):
        raise call.fail(422)
    new = delivery.new_log(
        call.tx, hook, log.body["event"], log.body["request_payload"],
        attempt=log.body["attempt"] + 1, original_log_id=log.id,
    )  # fmt: skip
    if log.body["status"] == "retrying":
        call.tx.update(log, {**log.body, "status": "failed"})  # the manual retry replaces it
    deliveries = call.deliveries
    call.tx.after_commit(lambda: deliveries.submit(new.id))
    data = {"log_id": new.id, "original_log_id": log.id}
    if owner is AGENT:
        data["queued_at"] = now
    return Reply({"success": True, "message": owner.retried, "data": data})


register(
    AGENT, list="listAgentWebhooks", create="createWebhook", get="getWebhook",
    update="updateWebhook", delete="deleteWebhook", toggle="toggleWebhook",
    test="testWebhook", logs="listWebhookLogs", retry="retryWebhookLog",
)  # fmt: skip
register(
    CAMPAIGN, list="listCampaignWebhooks", create="createCampaignWebhook",
    get="getCampaignWebhook", update="updateCampaignWebhook",
    delete="deleteCampaignWebhook", toggle="toggleCampaignWebhook",
    test="testCampaignWebhook", logs="listCampaignWebhookLogs",
    retry="retryCampaignWebhookLog",
)  # fmt: skip


def seed_all(owner: Owner, tx: Transaction, parent: Doc, items: list[Mapping[str, Any]]) -> None:
    now = tx.now()
    for item in items:
        fields = {name: item[name] for name in owner.stored if name in item}
        fields["events"] = list(dict.fromkeys(fields["events"]))
        body = {**owner.defaults, **fields, "created_at": now, "updated_at": now}
        tx.insert(
            WEBHOOK, body, environment_id=parent.environment_id, parent_id=parent.id,
            id_=item.get("id"),
        )  # fmt: skip


def dump_all(owner: Owner, tx: Transaction, parent_id: str) -> list[dict[str, Any]]:
    """The owner's webhooks (the state dump redacts their secrets and header values)."""
    return [
        {"id": hook.id, **{k: v for k, v in hook.body.items() if k in owner.stored}}
        for hook in tx.children(WEBHOOK, parent_id)
    ]


def child(owner: Owner, parent_kind: str) -> ChildPart:
    """The webhooks part of the owner's fixture items."""
    return child_part(
        parent_kind,
        ChildPart(
            "webhooks",
            lambda: fixture_item(owner.input_schema, required=["name", "webhook_url", "events"]),
            lambda tx, parent, items: seed_all(owner, tx, parent, items),
            lambda tx, parent_id: dump_all(owner, tx, parent_id),
        ),
    )


child(AGENT, "agent")


@control_route("/events")
def emit_event(control: Control) -> dict[str, Any]:
    """Deliver an agent event to the agent's enabled webhooks that subscribe to it, as a call
    would (D37): ``{"agent_id": "...", "event": "event_phone_call_ended", "data": {...}}``."""
    body = control.body or {}
    agent_id, event, data = body.get("agent_id"), body.get("event"), body.get("data", {})
    if (
        set(body) - {"agent_id", "event", "data"}
        or not isinstance(agent_id, str)
        or not isinstance(event, str)
        or event not in AGENT_EVENTS
        or not isinstance(data, dict)
    ):
        raise ControlInputError(
            422, 'Send {"agent_id": "...", "event": "<one of available_events>", "data": {...}}.'
        )
    with control.store.transaction() as tx:
        agent = tx.get("agent", agent_id)
        if agent is None:
            raise ControlInputError(404, "Agent not found")
        payload = {"event": event, "agent_id": agent.id, "timestamp": tx.now(), "data": data}
        logs = delivery.emit(tx, control.deliverer, agent, event, payload)
    return {"success": True, "data": {"log_ids": [log.id for log in logs]}}


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.nest("campaigns", DEMO_CAMPAIGN_ID, "webhooks", [
        {
            "id": "webhook-uuid-1", "name": "Lifecycle Webhook",
            "webhook_url": "https://example.com/campaign-events",
            "events": ["campaign.started", "campaign.completed"],
        }
    ])  # fmt: skip

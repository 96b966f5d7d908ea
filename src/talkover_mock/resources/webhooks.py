"""Agent webhooks: documents of kind ``webhook`` under their agent (the kind is the owner's
business, not the webhook's: campaign webhooks will be the same documents under a campaign),
and their delivery log entries (``delivery.py``), which go with them. Changes leave the agent's
status alone (D35); ``status`` and ``events_count`` are derived."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from talkover_spec import load_spec

from .. import delivery
from ..delivery import LOG, WEBHOOK
from ..documents import ChildPart, Doc, Transaction
from ..faults import Fault
from ..registry import Call, Reply, child_part, operation
from .schemas import fixture_item

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
DEFAULTS: dict[str, Any] = {
    "timeout": 30,
    "max_retries": 3,
    "enabled": True,
    "http_method": "POST",
    "authorization_scheme": "none",
}
RETENTION = timedelta(days=30)
STORED = tuple(load_spec()["components"]["schemas"]["WebhookUpdateInput"]["properties"])
"""The request fields a webhook keeps (the spec's update body)."""


def status(body: Mapping[str, Any]) -> str:
    if not body["enabled"]:
        return "disabled"
    return "error" if body.get("delivery_error") else "active"


def view(doc: Doc) -> dict[str, Any]:
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


def _fields(call: Call) -> dict[str, Any]:
    fields = {name: call.body[name] for name in STORED if name in call.body}
    if "events" in fields:
        fields["events"] = list(dict.fromkeys(fields["events"]))  # a name twice counts once
    return fields


@operation("listAgentWebhooks")
def list_agent_webhooks(call: Call) -> Reply:
    hooks = call.tx.children(WEBHOOK, call.resource("agent_id").id)
    return Reply(
        {
            "success": True,
            "data": {"webhooks": [view(h) for h in hooks], "available_events": AGENT_EVENTS},
        }
    )


@operation("createWebhook")
def create_webhook(call: Call) -> Reply:
    agent, now = call.resource("agent_id"), call.tx.now()
    body = {**DEFAULTS, **_fields(call), "created_at": now, "updated_at": now}
    hook = call.tx.insert(WEBHOOK, body, environment_id=agent.environment_id, parent_id=agent.id)
    return Reply({"success": True, "message": "Webhook created successfully", "data": view(hook)})


@operation("getWebhook")
def get_webhook(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.resource("webhook_id"))})


@operation("updateWebhook")
def update_webhook(call: Call) -> Reply:
    hook = call.resource("webhook_id")
    fields = _fields(call)
    changed = {k: v for k, v in fields.items() if hook.body.get(k) != v}
    if changed:
        body = {**hook.body, **changed, "updated_at": call.tx.now()}
        if changed.keys() & {"webhook_url", "enabled"}:
            body["delivery_error"] = False  # a new target or a fresh start: no failure yet
        hook = call.tx.update(hook, body)
    return Reply({"success": True, "message": "Webhook updated successfully", "data": view(hook)})


@operation("deleteWebhook")
def delete_webhook(call: Call) -> Reply:
    call.tx.delete(call.resource("webhook_id"))
    return Reply({"success": True, "message": "Webhook deleted successfully"})


@operation("toggleWebhook")
def toggle_webhook(call: Call) -> Reply:
    before = call.resource("webhook_id")
    enabled = not before.body["enabled"]
    hook = call.tx.update(
        before,
        {**before.body, "enabled": enabled, "delivery_error": False, "updated_at": call.tx.now()},
    )
    shown = view(hook)
    if Fault.TOGGLE_KEEPS_STATUS in call.faults:
        shown["status"] = status(before.body)
    message = "Webhook enabled" if enabled else "Webhook disabled"
    return Reply({"success": True, "message": message, "data": shown})


@operation("testWebhook")
def test_webhook(call: Call) -> Reply:
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


def _older_than_retention(created_at: str, now: str) -> bool:
    def parse(text: str) -> datetime:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)

    return parse(now) - parse(created_at) > RETENTION


@operation("listWebhookLogs")
def list_webhook_logs(call: Call) -> Reply:
    hook = call.resource("webhook_id")
    per_page, page = call.query["per_page"], call.query["page"]
    logs = call.tx.children(LOG, hook.id)[::-1]
    now = call.tx.now()
    logs = [log for log in logs if not _older_than_retention(log.body["created_at"], now)]
    chosen = logs[(page - 1) * per_page : page * per_page]
    return Reply(
        {
            "success": True,
            "data": [{"id": log.id, **_log_fields(log.body)} for log in chosen],
            "pagination": {
                "current_page": page,
                "per_page": per_page,
                "total": len(logs),
                "last_page": max(1, -(-len(logs) // per_page)),
            },
        }
    )


def _log_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


@operation("retryWebhookLog")
def retry_webhook_log(call: Call) -> Reply:
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
    return Reply(
        {
            "success": True,
            "message": "Webhook retry queued successfully",
            "data": {"log_id": new.id, "original_log_id": log.id, "queued_at": now},
        }
    )


def _seed_all(tx: Transaction, agent: Doc, items: list[Mapping[str, Any]]) -> None:
    now = tx.now()
    for item in items:
        fields = {name: item[name] for name in STORED if name in item}
        fields["events"] = list(dict.fromkeys(fields["events"]))
        body = {**DEFAULTS, **fields, "created_at": now, "updated_at": now}
        tx.insert(
            WEBHOOK, body, environment_id=agent.environment_id, parent_id=agent.id,
            id_=item.get("id"),
        )  # fmt: skip


def _hint(secret: str) -> str:
    return f"{secret[:4]}…{secret[-2:]}" if len(secret) > 8 else "…"


def _dump_all(tx: Transaction, agent_id: str) -> list[dict[str, Any]]:
    """The agent's webhooks; a secret only as a hint, like tokens (the state dump is not a
    place for credentials)."""
    dumped = []
    for hook in tx.children(WEBHOOK, agent_id):
        item = {"id": hook.id, **{k: v for k, v in hook.body.items() if k in STORED}}
        if item.get("webhook_secret"):
            item["webhook_secret"] = _hint(item["webhook_secret"])
        dumped.append(item)
    return dumped


child_part(
    "agent",
    ChildPart(
        "webhooks",
        lambda: fixture_item("WebhookUpdateInput", required=["name", "webhook_url", "events"]),
        _seed_all,
        _dump_all,
    ),
)

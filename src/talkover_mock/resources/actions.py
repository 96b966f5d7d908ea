"""Actions: documents of kind ``action`` under their agent, keyed by ``node_id`` (D33), and the
shared catalogue of action integrations. Every change sends the agent to draft (the spec's
``x-talkover-effects``, applied before these handlers)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ..demo import OTHER_AGENT_ID
from ..documents import ChildPart, Doc, FixturePart, Transaction
from ..registry import Call, DemoFixture, Reply, child_part, demo_part, fixture_part, operation
from .schemas import fixture_item

KIND = "action"
INTEGRATION = "action_integration"
NEEDS = {"webhook": "url", "transfer": "transfer_to", "hold": "hold_duration"}
"""The field each type requires (D33)."""
SETTINGS = (
    "transfer_to",
    "hold_duration",
    "authorization_scheme",
    "speak_on_send",
    "speak_on_receive",
)
NEW_ACTION = {
    "current_status": "active",
    "authorization_scheme": "none",
    "execution_mode": "during_call",
}


def view(doc: Doc) -> dict[str, Any]:
    """The Action object of the spec: the type's settings in ``config`` (D33)."""
    body = doc.body
    config = {name: body[name] for name in SETTINGS if body.get(name) is not None}
    if config.get("authorization_scheme") == "none":
        del config["authorization_scheme"]
    if body.get("custom_headers"):
        config["custom_headers"] = [header["key"] for header in body["custom_headers"]]
    if body.get("integration"):
        config["integration"] = body["integration"]
    return {
        "id": doc.id,
        "name": body["name"],
        "label": body["name"],
        "description": body["description"],
        "type": body["type"],
        "input_schema": body.get("inputs", []),
        "config": config or None,
        "action_trigger": body["execution_mode"],
        "url": body.get("url"),
        "authorization_url": body.get("authorization_url"),
        "current_status": body["current_status"],
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
    }


def of_agent(tx: Transaction, agent_id: str) -> list[Doc]:
    return tx.children(KIND, agent_id)


def _refusals(tx: Transaction, action: Mapping[str, Any]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    needed = NEEDS.get(action["type"])
    if needed is not None and action.get(needed) is None:
        human = needed.replace("_", " ")
        errors[needed] = [f"The {human} field is required when type is {action['type']}."]
    if action["execution_mode"] == "post_call" and action["type"] != "external":
        errors["execution_mode"] = [
            "The execution mode post_call is only allowed for external actions."
        ]
    integration = action.get("integration")
    if integration and tx.get(INTEGRATION, integration["id"]) is None:
        errors["integration.id"] = ["The selected integration id is invalid."]
    return errors


def seed_action(tx: Transaction, agent: Doc, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    now = tx.now()
    body = {**NEW_ACTION, **fields, "created_at": now, "updated_at": now}
    body.pop("id", None)
    tx.insert(
        KIND, body, environment_id=agent.environment_id, parent_id=agent.id,
        key=fields["node_id"], id_=fields.get("id"),
    )  # fmt: skip


def _seed_all(tx: Transaction, agent: Doc, items: list[Mapping[str, Any]]) -> None:
    for item in items:
        seed_action(tx, agent, item)


def _dump_all(tx: Transaction, agent_id: str) -> list[dict[str, Any]]:
    return [{"id": a.id, **a.body} for a in of_agent(tx, agent_id)]


child_part(
    "agent",
    ChildPart("actions", lambda: fixture_item("ActionUpsertInput"), _seed_all, _dump_all),
)


@operation("listActions")
def list_actions(call: Call) -> Reply:
    return Reply(
        {
            "success": True,
            "data": [view(a) for a in of_agent(call.tx, call.resource("agent_id").id)],
        }
    )


@operation("createOrUpdateAction")
def create_or_update_action(call: Call) -> Reply:
    agent, fields, now = call.resource("agent_id"), dict(call.body), call.tx.now()
    fields = {name: fields[name] for name in call.operation.body_fields if name in fields}
    current = call.tx.by_key(KIND, agent.id, fields["node_id"])
    body = {
        **(current.body if current else {**NEW_ACTION, "created_at": now}),
        **fields,
        "updated_at": now,
    }
    errors = _refusals(call.tx, body)
    if errors:
        raise call.fail(422, message="The given data was invalid.", errors=errors)
    if current is None:
        action = call.tx.insert(
            KIND,
            body,
            environment_id=agent.environment_id,
            parent_id=agent.id,
            key=fields["node_id"],
        )
    else:
        action = call.tx.update(current, body)
    return Reply(
        {"success": True, "message": "Agent action updated successfully", "data": view(action)}
    )


@operation("deleteAction")
def delete_action(call: Call) -> Reply:
    call.tx.delete(call.resource("action_id"))
    return Reply({"success": True, "message": "Agent action deleted successfully"})


@operation("listActionIntegrations")
def list_action_integrations(call: Call) -> Reply:
    docs, _ = call.tx.page(INTEGRATION, None)
    return Reply({"success": True, "data": [{"identifier": d.id, **d.body} for d in docs]})


def _seed_integration(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    tx.insert(INTEGRATION, fields, environment_id=None, id_=fields.pop("identifier"))


def _dump_integrations(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [{"identifier": d.id, **d.body} for d in tx.page(INTEGRATION, None)[0]]


def _integration_schema() -> dict[str, Any]:
    schema = fixture_item("ActionIntegration")
    del schema["properties"]["id"]
    return schema


fixture_part(
    FixturePart(
        "action_integrations", _integration_schema, _seed_integration, _dump_integrations,
        order=0, shared=True,
    )
)  # fmt: skip


ACTION_INTEGRATIONS: list[dict[str, Any]] = [
    {"identifier": identifier, "display_name": name, "description": text, "category": category,
     "icon_url": f"https://app.talkover.ai/integrations/icons/{identifier}.svg"}
    for identifier, name, text, category in (
        ("calendar", "Calendar", "Create events on a connected calendar during a call.",
         "scheduling"),
        ("email-calendar", "Email + Calendar Invite",
         "Send a calendar invite via email after the call.", "scheduling"),
        ("crm", "CRM Sync", "Push call summary and outcome to your CRM.", "data"),
    )
]  # fmt: skip
"""The catalogue of the List Action Integrations page."""


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.shared("action_integrations", copy.deepcopy(ACTION_INTEGRATIONS))
    fixture.nest("agents", OTHER_AGENT_ID, "actions", [
        {
            "id": "action-other", "node_id": "handover", "name": "Transfer Call",
            "description": "Transfer the call to a human agent", "type": "transfer",
            "transfer_to": "+1987654321",
        }
    ])  # fmt: skip

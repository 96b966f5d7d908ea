"""Agents: documents of kind ``agent`` owned by an environment. The body holds every stored
field of the Agent schema plus ``phone_number_ids`` and the settings the Agent object does not
show; readiness, trainings, actions and phone numbers are derived when the agent is shown. The
lifecycle rules are in ``rules.py``; knowledge, voice and calling are in ``agent_settings``."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from talkover_spec.extensions import AGENT_TO_DRAFT

from .. import rules
from ..demo import DEMO_AGENT_ID, DRAFT_AGENT_ID, OTHER_AGENT_ID, OUTBOUND_AGENT_ID, READY_PROFILE
from ..documents import Doc, FixturePart, InvalidFixture, Transaction
from ..faults import Fault, fault
from ..registry import (
    DELETE_HOOKS,
    Call,
    DemoFixture,
    Reply,
    demo_part,
    dump_with_nested,
    effect,
    fixture_part,
    nested_parts,
    operation,
    pop_nested,
    seed_nested,
)
from . import actions, phone_numbers, trainings
from .schemas import component, fixture_item

WRONG_FIELD_TYPE = fault(
    "wrong_field_type",
    "Get Agent serves ``is_ready_to_publish`` as a string.",
    caught_by=["/components/schemas/Agent/properties/is_ready_to_publish"],
    tags=["Agents"],
)
SKIP_DRAFT_RULE = fault(
    "skip_draft_rule",
    "Changes to trainings leave a published agent published.",
    caught_by=["change_sends_agent_to_draft"],
    tags=["Trainings"],
)
VOICE_KEEPS_STATUS = fault(
    "voice_keeps_status",
    "Update Agent Voice leaves a published agent published.",
    caught_by=["change_sends_agent_to_draft"],
    tags=["Agents"],
)
DELETE_PUBLISHED_AGENT = fault(
    "delete_published_agent",
    "Delete Agent deletes a published agent instead of answering 409.",
    model=["agents"],
)
KEEP_AGENT_CHILDREN = fault(
    "keep_agent_children",
    "Delete Agent leaves the agent's trainings (and other children) behind.",
    model=["agents"],
)


KIND = "agent"
ACTIVE_CALL_STATUSES = frozenset({"initiated", "ringing", "answered"})
DEFAULTS: dict[str, Any] = {
    "description": None,
    "language": "en-US",
    "voice": None,
    "initial_message": None,
    "interrupt_sensitivity": "medium",
    "conversation_speed": 1.0,
    "initial_message_delay": 0,
    "ask_if_human_present_on_idle": False,
    "direction": None,
    "who_speaks_first": "agent",
    "is_sandbox": False,
}
"""The fields an agent shows, with the value it has until one is set."""
DERIVED = frozenset(
    {"is_ready_to_publish", "trainings", "actions", "phone_numbers", "created_at", "updated_at"}
)


def view(tx: Transaction, doc: Doc, faults: frozenset[Fault]) -> dict[str, Any]:
    """The Agent object of the spec."""
    body = doc.body
    ready: Any = rules.is_ready_to_publish(body)
    if WRONG_FIELD_TYPE in faults:
        ready = "yes" if ready else "no"
    return {
        "id": doc.id,
        "name": body["name"],
        "label": body["label"],
        **{name: body.get(name, default) for name, default in DEFAULTS.items()},
        "current_status": body["current_status"],
        "is_ready_to_publish": ready,
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
        "trainings": [trainings.view(t, faults) for t in trainings.of_agent(tx, doc.id)],
        "actions": [actions.view(a) for a in actions.of_agent(tx, doc.id)],
        "phone_numbers": phone_numbers.views(tx, body.get("phone_number_ids", [])),
    }


def summary(doc: Doc) -> dict[str, Any]:
    """The partial agent that publish and unpublish return."""
    return {
        "id": doc.id,
        "name": doc.body["name"],
        "current_status": doc.body["current_status"],
        "is_ready_to_publish": rules.is_ready_to_publish(doc.body),
        "updated_at": doc.body["updated_at"],
    }


@effect(AGENT_TO_DRAFT)
def send_to_draft(call: Call) -> None:
    if call.planted(SKIP_DRAFT_RULE):
        return
    if call.planted(VOICE_KEEPS_STATUS) and call.operation.operation_id == "updateAgentVoice":
        return
    agent = call.resource("agent_id")
    drafted = rules.to_draft(agent.body, call.tx.now())
    if drafted is not agent.body:  # already a draft: nothing changes (D54)
        call.resources["agent_id"] = call.tx.update(agent, drafted)


def active_calls(tx: Transaction, agent: Doc) -> int:
    """How many of the agent's calls are in progress (``calls.py`` stores them under it)."""
    return sum(
        1 for c in tx.children("call", agent.id) if c.body.get("status") in ACTIVE_CALL_STATUSES
    )


def phone_numbers_invalid(call: Call, ids: list[str]) -> None:
    """Refuse (422, D25) ids that are not numbers of the caller's environment."""
    for number_id in ids:
        number = call.tx.get(phone_numbers.KIND, number_id)
        if number is None or number.environment_id != call.environment_id:
            raise call.fail(
                422,
                message="The given data was invalid.",
                errors={"phone_number_ids": ["The selected phone number ids are invalid."]},
            )


@operation("listAgents")
def list_agents(call: Call) -> Reply:
    query = call.query
    per_page, page = query["per_page"], query["page"]
    equals: dict[str, Any] = {
        name: query[name] for name in ("status", "direction") if name in query
    }
    if "status" in equals:
        equals["current_status"] = equals.pop("status")
    search = query.get("search")
    docs, total = call.tx.page(
        KIND,
        call.environment_id,
        equals=equals,
        contains=(("name", "label"), search) if search else None,
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    return Reply(
        {
            "success": True,
            "data": [view(call.tx, doc, call.faults) for doc in docs],
            "meta": {
                "current_page": page,
                "per_page": per_page,
                "total": total,
                "last_page": max(1, -(-total // per_page)),
            },
        }
    )


@operation("createAgent")
def create_agent(call: Call) -> Reply:
    fields = dict(call.body)
    ids = list(dict.fromkeys(fields.pop("phone_number_ids", None) or []))
    phone_numbers_invalid(call, ids)
    now = call.tx.now()
    known = {name: fields[name] for name in call.operation.body_fields if name in fields}
    body = {
        **DEFAULTS,
        **known,
        "voice": None,
        "phone_number_ids": ids,
        "current_status": "draft",
        "created_at": now,
        "updated_at": now,
    }
    agent = call.tx.insert(KIND, body, environment_id=call.environment_id)
    return Reply(
        {
            "success": True,
            "message": "Agent created successfully",
            "data": view(call.tx, agent, call.faults),
        },
        status=201,
    )


@operation("deleteAgent")
def delete_agent(call: Call) -> Reply:
    agent = call.resource("agent_id")
    if agent.body["current_status"] == "published" and not call.planted(DELETE_PUBLISHED_AGENT):
        raise call.fail(409, "AgentIsPublished")
    if active_calls(call.tx, agent):
        raise call.fail(409, "AgentHasActiveCalls")
    for hook in DELETE_HOOKS.get(KIND, []):
        hook(call.tx, agent)
    call.tx.delete(agent, cascade=not call.planted(KEEP_AGENT_CHILDREN))
    return Reply({"success": True, "message": "Agent deleted successfully"})


@operation("getAgent")
def get_agent(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.tx, call.resource("agent_id"), call.faults)})


def _status_change(call: Call, message: str, change: Any) -> Reply:
    agent = call.resource("agent_id")
    try:
        body = change(agent.body, call.tx.now())
    except rules.NotReadyToPublish as refused:
        raise call.fail(
            422, message=rules.not_ready_message(refused.missing), errors=refused.missing
        ) from None
    if body is not agent.body:
        agent = call.tx.update(agent, body)
    return Reply({"success": True, "message": message, "data": summary(agent)})


@operation("publishAgent")
def publish_agent(call: Call) -> Reply:
    return _status_change(call, "Agent published successfully", rules.publish)


@operation("unpublishAgent")
def unpublish_agent(call: Call) -> Reply:
    return _status_change(call, "Agent unpublished successfully", rules.unpublish)


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    fields.setdefault("recent_call_count", 0)
    nested = pop_nested(KIND, fields)
    agent_id = fields.pop("id", None)
    now = tx.now()
    body = {
        "label": fields.get("name"),
        **DEFAULTS,
        **fields,
        "current_status": fields.get("current_status", "draft"),
        "created_at": now,
        "updated_at": now,
    }
    for number in body.get("phone_number_ids", []):
        found = tx.get(phone_numbers.KIND, number)
        if found is None or found.environment_id != environment_id:
            raise InvalidFixture(f"agent {agent_id or body['name']}: no phone number {number!r}")
    if body["current_status"] == "published" and rules.readiness_gaps(body):
        raise InvalidFixture(f"agent {agent_id or body['name']}: published but not ready")
    agent = tx.insert(KIND, body, environment_id=environment_id, id_=agent_id)
    seed_nested(tx, agent, nested)


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return dump_with_nested(tx, KIND, environment_id)


def _item_schema() -> dict[str, Any]:
    return fixture_item(
        "Agent",
        drop=DERIVED,
        add={
            "phone_number_ids": {"type": "array", "items": {"type": "string"}},
            **{part.name: part.schema() for part in nested_parts(KIND)},
            "recent_call_count": {"type": "integer", "minimum": 0},
            "advanced_settings": component("AdvancedSettings"),
        },
        required=["name"],
    )


fixture_part(FixturePart("agents", _item_schema, _seed, _dump, order=20))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_demo", "agents", [
        {
            "id": DEMO_AGENT_ID, "name": "SupportBot", "label": "Customer Support Agent",
            "current_status": "published", **copy.deepcopy(READY_PROFILE),
            "phone_number_ids": ["phone-uuid"],
        },
        {
            "id": DRAFT_AGENT_ID, "name": "SalesBot", "label": "Outbound Sales Agent",
            "description": "Calls leads back.",
        },
        {
            "id": OUTBOUND_AGENT_ID, "name": "OutreachBot", "label": "Outbound Reminder Agent",
            "current_status": "published", **copy.deepcopy(READY_PROFILE),
            "description": "Calls customers to remind them of appointments.",
            "direction": "outbound", "phone_number_ids": ["phone-outbound"],
        },
    ])  # fmt: skip
    fixture.add("env_other", "agents", [
        {
            "id": OTHER_AGENT_ID, "name": "OtherBot", "label": "Another team's agent",
            **copy.deepcopy(READY_PROFILE), "phone_number_ids": ["phone-other"],
        }
    ])  # fmt: skip

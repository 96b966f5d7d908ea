"""Agents: documents of kind ``agent`` owned by an environment. The body holds every stored
field of the Agent schema plus ``phone_number_ids``; readiness, trainings, actions and phone
numbers are derived when the agent is shown. The lifecycle rules are in ``rules.py``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talkover_spec.extensions import AGENT_TO_DRAFT

from .. import rules
from ..faults import Fault
from ..registry import Call, Reply, effect, fixture_part, operation
from ..store import Doc, FixturePart, InvalidFixture, Transaction
from . import phone_numbers, trainings
from .schemas import fixture_item

KIND = "agent"
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
    if Fault.WRONG_FIELD_TYPE in faults:
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
        "actions": [],
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
    if Fault.SKIP_DRAFT_RULE in call.faults:
        return
    agent = call.resource("agent_id")
    call.resources["agent_id"] = call.tx.update(agent, rules.to_draft(agent.body, call.tx.now()))


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
    nested = fields.pop("trainings", [])
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
    for training in nested:
        trainings.seed_training(tx, agent, training)


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [
        {"id": doc.id, **doc.body, "trainings": trainings.dump_trainings(tx, doc.id)}
        for doc in tx.page(KIND, environment_id)[0]
    ]


def _item_schema() -> dict[str, Any]:
    return fixture_item(
        "Agent",
        drop=DERIVED,
        add={
            "phone_number_ids": {"type": "array", "items": {"type": "string"}},
            "trainings": {"type": "array", "items": trainings.FIXTURE_ITEM},
        },
        required=["name"],
    )


fixture_part(FixturePart("agents", _item_schema, _seed, _dump, order=20))

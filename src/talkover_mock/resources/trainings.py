"""Trainings: documents of kind ``training`` under their agent, keyed by ``node_id`` (the
upsert key, D3). Every change sends the agent to draft: the spec says so on the operations
(``x-talkover-effects``), and the generic endpoint applies it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..demo import DEMO_AGENT_ID, DEMO_TRAINING_ID
from ..documents import ChildPart, Doc, Transaction
from ..faults import Fault, fault
from ..registry import Call, DemoFixture, Reply, child_part, demo_part, operation
from .schemas import fixture_item

DROP_REQUIRED_FIELD = fault(
    "drop_required_field",
    "Trainings are served without their required ``updated_at``.",
    caught_by=['"updated_at" is a required property'],
    tags=["Trainings"],
)
KEEP_DELETED_TRAINING = fault(
    "keep_deleted_training",
    "Delete Training answers 200 but keeps the training.",
    caught_by=["deleted_stays_gone"],
    tags=["Trainings"],
)


KIND = "training"
FIELDS = ("subject", "instructions", "current_status", "created_at", "updated_at")


def view(doc: Doc, faults: frozenset[Fault]) -> dict[str, Any]:
    body = {"id": doc.id, **{name: doc.body[name] for name in FIELDS}}
    if DROP_REQUIRED_FIELD in faults:
        del body["updated_at"]
    return body


def of_agent(tx: Transaction, agent_id: str) -> list[Doc]:
    return tx.children(KIND, agent_id)


@operation("listTrainings")
def list_trainings(call: Call) -> Reply:
    agent = call.resource("agent_id")
    return Reply(
        {"success": True, "data": [view(t, call.faults) for t in of_agent(call.tx, agent.id)]}
    )


@operation("createOrUpdateTraining")
def create_or_update_training(call: Call) -> Reply:
    agent, fields, now = call.resource("agent_id"), call.body, call.tx.now()
    node_id = fields.get("node_id")
    current = call.tx.by_key(KIND, agent.id, node_id) if node_id is not None else None
    if current is None:
        body = {
            "node_id": node_id,
            "subject": fields["subject"],
            "instructions": fields["instructions"],
            "current_status": fields.get("current_status", "active"),
            "created_at": now,
            "updated_at": now,
        }
        training = call.tx.insert(
            KIND, body, environment_id=agent.environment_id, parent_id=agent.id, key=node_id
        )
    else:
        training = call.tx.update(
            current,
            {
                **current.body,
                "subject": fields["subject"],
                "instructions": fields["instructions"],
                "current_status": fields.get("current_status", current.body["current_status"]),
                "updated_at": now,
            },
        )
    return Reply(
        {
            "success": True,
            "message": "Agent training updated successfully",
            "data": view(training, call.faults),
        }
    )


@operation("deleteTraining")
def delete_training(call: Call) -> Reply:
    if not call.planted(KEEP_DELETED_TRAINING):
        call.tx.delete(call.resource("training_id"))
    return Reply({"success": True, "message": "Agent training deleted successfully"})


def seed_training(tx: Transaction, agent: Doc, item: Mapping[str, Any]) -> None:
    now = tx.now()
    node_id = item.get("node_id")
    body = {
        "node_id": node_id,
        "subject": item["subject"],
        "instructions": item["instructions"],
        "current_status": item.get("current_status", "active"),
        "created_at": now,
        "updated_at": now,
    }
    tx.insert(
        KIND, body, environment_id=agent.environment_id, parent_id=agent.id, key=node_id,
        id_=item.get("id"),
    )  # fmt: skip


def dump_trainings(tx: Transaction, agent_id: str) -> list[dict[str, Any]]:
    return [{"id": t.id, **t.body} for t in of_agent(tx, agent_id)]


FIXTURE_ITEM = fixture_item("TrainingInput")


def _seed_all(tx: Transaction, agent: Doc, items: list[Mapping[str, Any]]) -> None:
    for item in items:
        seed_training(tx, agent, item)


child_part("agent", ChildPart("trainings", lambda: FIXTURE_ITEM, _seed_all, dump_trainings))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.nest("agents", DEMO_AGENT_ID, "trainings", [
        {
            "id": DEMO_TRAINING_ID, "node_id": "plans", "subject": "Product Knowledge",
            "instructions": "Three plans: Basic, Pro and Enterprise.",
        }
    ])  # fmt: skip

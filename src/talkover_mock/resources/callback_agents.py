"""Callback agents: the role is a document of kind ``callback_role`` under its agent (so it
goes with the agent), holding ``source_agent_ids``. The rules (D38): only inbound agents hold
it; sources are agents of the same environment that are outbound and published; a source
deleted later drops out of every list. The role leaves the agent's status alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from ..documents import ChildPart, Doc, Transaction
from ..errors import ApiError
from ..registry import Call, Reply, child_part, operation
from ..validation import InvalidRequest
from .schemas import component

KIND = "callback_role"
KEY = "callback"
AGENT = "agent"


def role(tx: Transaction, agent: Doc) -> Doc | None:
    """The agent's callback role; it counts only while the agent is inbound (D38)."""
    if agent.body.get("direction") != "inbound":
        return None
    return tx.by_key(KIND, agent.id, KEY)


def sources(tx: Transaction, role_doc: Doc) -> list[Doc]:
    """The role's source agents that still exist."""
    found = (tx.get(AGENT, agent_id) for agent_id in role_doc.body["source_agent_ids"])
    return [agent for agent in found if agent is not None]


def _source_problem(tx: Transaction, environment_id: str | None, agent_id: str) -> str | None:
    source = tx.get(AGENT, agent_id)
    if source is None or source.environment_id != environment_id:
        return f"Source agent {agent_id} does not exist"
    if source.body.get("direction") != "outbound":
        return f"Source agent {agent_id} is not outbound"
    if source.body["current_status"] != "published":
        return f"Source agent {agent_id} is not published"
    return None


def _source_errors(call: Call, ids: Sequence[str]) -> dict[str, list[str]]:
    environment_id = call.resource("agent_id").environment_id
    errors = {}
    for index, agent_id in enumerate(ids):
        problem = _source_problem(call.tx, environment_id, agent_id)
        if problem is not None:
            errors[f"source_agent_ids.{index}"] = [f"{problem}."]
    return errors


def _require_role(call: Call) -> Doc:
    found = role(call.tx, call.resource("agent_id"))
    if found is None:
        raise call.fail(404, "CallbackAgentNotFound")
    return found


def _configured(call: Call) -> Reply:
    agent = call.resource("agent_id")
    if agent.body.get("direction") != "inbound":
        raise ApiError(
            422,
            {
                "success": False,
                "message": "Agent must have direction=inbound to serve as a callback",
                "code": "INVALID_AGENT_DIRECTION",
            },
        )
    ids = list(dict.fromkeys(call.body["source_agent_ids"]))
    errors = _source_errors(call, ids)
    if errors:
        raise InvalidRequest(errors)
    current = call.tx.by_key(KIND, agent.id, KEY)
    if current is None:
        body = {"source_agent_ids": ids, "created_at": call.tx.now()}
        call.tx.insert(KIND, body, environment_id=agent.environment_id, parent_id=agent.id, key=KEY)
    else:
        call.tx.update(current, {**current.body, "source_agent_ids": ids})
    return Reply(
        {
            "success": True,
            "data": {
                "id": agent.id,
                "name": agent.body["name"],
                "direction": "inbound",
                "callback_config": {"source_agent_ids": ids},
            },
        }
    )


@operation("setAgentAsCallback")
def set_agent_as_callback(call: Call) -> Reply:
    return _configured(call)


@operation("updateCallbackSources")
def update_callback_sources(call: Call) -> Reply:
    _require_role(call)
    return _configured(call)


@operation("removeCallbackRole")
def remove_callback_role(call: Call) -> Reply:
    call.tx.delete(_require_role(call))
    return Reply({"success": True, "message": "Callback role removed"})


def _callback_agents(call: Call) -> list[tuple[Doc, Doc]]:
    agents, _ = call.tx.page(AGENT, call.environment_id)
    found = []
    for agent in agents:
        held = role(call.tx, agent)
        if held is not None:
            found.append((agent, held))
    return found


@operation("listCallbackAgents")
def list_callback_agents(call: Call) -> Reply:
    items = [
        {
            "id": agent.id,
            "name": agent.body["name"],
            "label": agent.body["label"],
            "direction": "inbound",
            "current_status": agent.body["current_status"],
            "callback_config": {"source_agent_ids": [s.id for s in sources(call.tx, held)]},
        }
        for agent, held in _callback_agents(call)
    ]
    return Reply({"success": True, "data": items})


@operation("listCallbackSourceAgents")
def list_callback_source_agents(call: Call) -> Reply:
    agents, _ = call.tx.page(
        AGENT, call.environment_id, equals={"direction": "outbound", "current_status": "published"}
    )
    items = [
        {
            "id": agent.id,
            "name": agent.body["name"],
            "direction": "outbound",
            "current_status": "published",
        }
        for agent in agents
    ]
    return Reply({"success": True, "data": items})


def _day(call: Call, name: str, default: date) -> date:
    text = call.query.get(name)
    if text is None:
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        human = name.replace("_", " ")
        raise InvalidRequest({name: [f"The {human} is not a valid date."]}) from None


@operation("getCallbackStats")
def get_callback_stats(call: Call) -> Reply:
    today = date.fromisoformat(call.tx.now()[:10])
    end = _day(call, "end_date", today)
    month_before = end - timedelta(days=30) if end > date.min + timedelta(days=30) else date.min
    start = _day(call, "start_date", month_before)
    if end < start:
        raise InvalidRequest(
            {"end_date": ["The end date must be a date after or equal to start date."]}
        )
    by_source: dict[str, dict[str, Any]] = {}
    for _, held in _callback_agents(call):
        for source in sources(call.tx, held):
            by_source.setdefault(
                source.id, {"source_agent_id": source.id, "name": source.body["name"], "count": 0}
            )
    data = {
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "total_callbacks_received": 0,
        "callbacks_answered": 0,
        "callbacks_unmatched": 0,
        "callbacks_by_source_agent": list(by_source.values()),
    }
    return Reply({"success": True, "data": data})


@operation("getCallbackAgent")
def get_callback_agent(call: Call) -> Reply:
    agent, held = call.resource("agent_id"), _require_role(call)
    data = {
        "agent": {
            "id": agent.id,
            "name": agent.body["name"],
            "direction": "inbound",
            "current_status": agent.body["current_status"],
        },
        "source_agents": [{"id": s.id, "name": s.body["name"]} for s in sources(call.tx, held)],
        "stats": {"total_callbacks_received": 0, "callbacks_answered": 0},
    }
    return Reply({"success": True, "data": data})


@operation("checkCallbackConstraints")
def check_callback_constraints(call: Call) -> Reply:
    agent = call.resource("agent_id")
    errors: list[str] = []
    if call.body.get("is_callback_agent", True):
        if agent.body.get("direction") != "inbound":
            errors.append("Agent must be inbound to serve as a callback agent")
        ids = list(dict.fromkeys(call.body.get("callback_source_agents", [])))
        if not ids:
            errors.append("At least one source agent is required")
        for agent_id in ids:
            problem = _source_problem(call.tx, agent.environment_id, agent_id)
            if problem is not None:
                errors.append(problem)
    if errors:
        raise call.fail(422, "InvalidConfiguration", errors=errors)
    return Reply({"success": True, "message": "Configuration is valid"})


def _seed(tx: Transaction, agent: Doc, item: Mapping[str, Any]) -> None:
    body = {"source_agent_ids": list(item["source_agent_ids"]), "created_at": tx.now()}
    tx.insert(KIND, body, environment_id=agent.environment_id, parent_id=agent.id, key=KEY)


def _dump(tx: Transaction, agent_id: str) -> dict[str, Any] | None:
    held = tx.by_key(KIND, agent_id, KEY)
    return None if held is None else {"source_agent_ids": list(held.body["source_agent_ids"])}


child_part(
    "agent", ChildPart("callback", lambda: component("CallbackSourcesInput"), _seed, _dump, True)
)

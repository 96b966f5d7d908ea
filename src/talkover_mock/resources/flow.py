"""Conversation flow: every save of Update Agent Flow is a document of kind ``flow_version``
under its agent; the newest is the agent's flow (``llm_driven`` with no flow before the first
save). The checks of a flow graph (D34) are :func:`problems`, free of I/O, shared by Update and
Validate. A flow change leaves the agent's status alone (the page)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..documents import ChildPart, Doc, Transaction
from ..faults import fault
from ..registry import Call, Reply, child_part, operation
from ..validation import InvalidRequest, prohibited
from . import actions
from .schemas import component

FLOW_VALIDATE_PERSISTS = fault(
    "flow_validate_persists",
    "Validate Agent Flow saves the flow it checks (a dry run that changes state).",
    model=["flow"],
)


KIND = "flow_version"
DEFAULT = {"conversation_mode": "llm_driven", "flow_config": None}
NEEDS = {
    "say": "content",
    "ask": "content",
    "decision": "branches",
    "action": "action_id",
    "transfer": "transfer_to",
}
"""The field each node type requires (D34)."""


def problems(flow: Mapping[str, Any], action_ids: frozenset[str]) -> list[str]:
    """What is wrong with the flow graph ``flow`` (a schema-valid FlowConfig), in the page's
    wording where it has one; empty when it passes. ``action_ids`` are the ids and node ids
    of the agent's actions (what an ``action`` node may name)."""
    nodes = flow["nodes"]
    found: list[str] = []
    ids: set[str] = set()
    for node in nodes:
        if node["id"] in ids:
            found.append(f"Duplicate node id: '{node['id']}'")
        ids.add(node["id"])
    start = flow["initial_node_id"]
    if start not in ids:
        found.append(f"initial_node_id '{start}' not found in nodes")
    edges: dict[str, list[str]] = {}
    for node in nodes:
        targets = [node["next"]] if "next" in node else []
        targets += [branch["next"] for branch in node.get("branches", [])]
        edges.setdefault(node["id"], []).extend(targets)
        for target in targets:
            if target not in ids:
                found.append(f"Node '{node['id']}' references unknown next node '{target}'")
        needed = NEEDS.get(node["type"])
        if needed is not None and not node.get(needed):
            found.append(f"Node '{node['id']}' of type '{node['type']}' requires '{needed}'")
        action = node.get("action_id") if node["type"] == "action" else None
        if action and action not in action_ids:
            found.append(f"Node '{node['id']}' references unknown action '{action}'")
    if start in ids:
        reached, todo = {start}, [start]
        while todo:
            for target in edges.get(todo.pop(), []):
                if target in ids and target not in reached:
                    reached.add(target)
                    todo.append(target)
        for node_id in dict.fromkeys(node["id"] for node in nodes):
            if node_id not in reached:
                found.append(f"Node '{node_id}' is unreachable")
    return found


def _action_ids(tx: Transaction, agent: Doc) -> frozenset[str]:
    ids: set[str] = set()
    for action in actions.of_agent(tx, agent.id):
        ids.add(action.id)
        if action.key:
            ids.add(action.key)
    return frozenset(ids)


def _checked(call: Call, flow: Mapping[str, Any]) -> None:
    found = problems(flow, _action_ids(call.tx, call.resource("agent_id")))
    if found:
        raise call.fail(422, "InvalidFlow", errors=found)


def versions(tx: Transaction, agent_id: str) -> list[Doc]:
    return tx.children(KIND, agent_id)


def current(tx: Transaction, agent_id: str) -> dict[str, Any]:
    saved = versions(tx, agent_id)
    if not saved:
        return dict(DEFAULT)
    body = saved[-1].body
    return {"conversation_mode": body["conversation_mode"], "flow_config": body["flow_config"]}


def _save(call: Call, mode: str, flow: Mapping[str, Any] | None) -> None:
    save(call.tx, call.resource("agent_id"), mode, flow)


def save(tx: Transaction, agent: Doc, mode: str, flow: Mapping[str, Any] | None) -> None:
    """A new version: the agent's flow from now on."""
    number = len(versions(tx, agent.id)) + 1
    version = ((flow or {}).get("meta") or {}).get("version") or str(number)
    tx.insert(
        KIND,
        {
            "conversation_mode": mode,
            "flow_config": flow,
            "version": version,
            "created_at": tx.now(),
        },
        environment_id=agent.environment_id,
        parent_id=agent.id,
    )


@operation("getAgentFlow")
def get_agent_flow(call: Call) -> Reply:
    return Reply({"success": True, "data": current(call.tx, call.resource("agent_id").id)})


@operation("updateAgentFlow")
def update_agent_flow(call: Call) -> Reply:
    mode, flow = call.body["conversation_mode"], call.body.get("flow_config")
    if mode == "flow_driven" and flow is None:
        raise InvalidRequest(
            {
                "flow_config": [
                    "The flow config field is required when conversation mode is flow_driven."
                ]
            }
        )
    if mode == "llm_driven" and flow is not None:
        raise InvalidRequest({"flow_config": [prohibited("flow_config")]})
    if flow is not None:
        _checked(call, flow)
    _save(call, mode, flow)
    return Reply({"success": True, "data": {"conversation_mode": mode, "flow_config": flow}})


@operation("validateAgentFlow")
def validate_agent_flow(call: Call) -> Reply:
    flow = call.body["flow_config"]
    if call.planted(FLOW_VALIDATE_PERSISTS):
        _save(call, "flow_driven", flow)
    _checked(call, flow)
    return Reply({"success": True, "message": "Flow is valid"})


@operation("listAgentFlowVersions")
def list_agent_flow_versions(call: Call) -> Reply:
    saved = versions(call.tx, call.resource("agent_id").id)
    items = [
        {
            "id": doc.id,
            "version": doc.body["version"],
            "created_at": doc.body["created_at"],
            "is_current": index == len(saved) - 1,
        }
        for index, doc in enumerate(saved)
    ]
    return Reply({"success": True, "data": {"versions": items[::-1]}})


def _seed(tx: Transaction, agent: Doc, item: Mapping[str, Any]) -> None:
    save(tx, agent, item["conversation_mode"], item.get("flow_config"))


def _dump(tx: Transaction, agent_id: str) -> dict[str, Any] | None:
    return current(tx, agent_id) if versions(tx, agent_id) else None


child_part("agent", ChildPart("flow", lambda: component("FlowInput"), _seed, _dump, single=True))

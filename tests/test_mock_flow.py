"""Conversation flow in the mock: the checks of a flow graph (D34), versions, and a status that
does not move."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talkover_mock.demo import DEMO_AGENT_ID

FLOW = f"/agents/{DEMO_AGENT_ID}/flow"
GOOD = {
    "initial_node_id": "greet",
    "meta": {"name": "Intake", "version": "1.0.0"},
    "nodes": [
        {"id": "greet", "type": "say", "content": "Hi!", "next": "ask"},
        {
            "id": "ask",
            "type": "decision",
            "branches": [{"match": "yes", "next": "end"}, {"match": "no", "next": "transfer"}],
        },
        {"id": "transfer", "type": "transfer", "transfer_to": "+14155550100"},
        {"id": "end", "type": "end"},
    ],
}


def with_nodes(*nodes: dict[str, Any], start: str = "a") -> dict[str, Any]:
    return {"initial_node_id": start, "nodes": list(nodes)}


def test_an_agent_starts_llm_driven_without_versions(http: httpx.Client) -> None:
    assert http.get(FLOW).json() == {
        "success": True,
        "data": {"conversation_mode": "llm_driven", "flow_config": None},
    }
    assert http.get(f"{FLOW}/versions").json()["data"]["versions"] == []


def test_saves_make_versions_newest_first_and_leave_the_agent_published(
    http: httpx.Client,
) -> None:
    saved = http.put(FLOW, json={"conversation_mode": "flow_driven", "flow_config": GOOD})
    assert saved.status_code == 200, saved.text
    assert saved.json()["data"] == {"conversation_mode": "flow_driven", "flow_config": GOOD}
    assert http.get(FLOW).json()["data"]["flow_config"] == GOOD
    http.put(FLOW, json={"conversation_mode": "llm_driven"})
    versions = http.get(f"{FLOW}/versions").json()["data"]["versions"]
    assert [(v["version"], v["is_current"]) for v in versions] == [("2", True), ("1.0.0", False)]
    assert http.get(FLOW).json()["data"] == {"conversation_mode": "llm_driven", "flow_config": None}
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["current_status"] == "published"


@pytest.mark.parametrize(
    ("flow", "problems"),
    [
        (
            with_nodes({"id": "a", "type": "end"}, {"id": "a", "type": "end"}),
            ["Duplicate node id: 'a'"],
        ),
        (
            with_nodes({"id": "a", "type": "end"}, start="greet"),
            ["initial_node_id 'greet' not found in nodes"],  # reachability needs a start
        ),
        (
            with_nodes({"id": "a", "type": "say", "content": "x", "next": "b"}),
            ["Node 'a' references unknown next node 'b'"],
        ),
        (
            with_nodes({"id": "a", "type": "end"}, {"id": "b", "type": "end"}),
            ["Node 'b' is unreachable"],
        ),
        (with_nodes({"id": "a", "type": "say"}), ["Node 'a' of type 'say' requires 'content'"]),
        (
            with_nodes({"id": "a", "type": "decision"}),
            ["Node 'a' of type 'decision' requires 'branches'"],
        ),
        (
            with_nodes({"id": "a", "type": "action", "action_id": "nope"}),
            ["Node 'a' references unknown action 'nope'"],
        ),
    ],
)
def test_validate_and_update_refuse_each_problem_and_save_nothing(
    http: httpx.Client, flow: dict[str, Any], problems: list[str]
) -> None:
    checked = http.post(f"{FLOW}/validate", json={"flow_config": flow})
    assert checked.status_code == 422
    assert checked.json() == {
        "success": False, "message": "Flow validation failed", "errors": problems,
    }  # fmt: skip
    saved = http.put(FLOW, json={"conversation_mode": "flow_driven", "flow_config": flow})
    assert (saved.status_code, saved.json()["errors"]) == (422, problems)
    assert http.get(f"{FLOW}/versions").json()["data"]["versions"] == []


def test_validate_accepts_a_good_flow_and_saves_nothing(http: httpx.Client) -> None:
    checked = http.post(f"{FLOW}/validate", json={"flow_config": GOOD})
    assert checked.json() == {"success": True, "message": "Flow is valid"}
    assert http.get(FLOW).json()["data"]["conversation_mode"] == "llm_driven"


def test_an_action_node_may_name_an_action_of_the_agent(http: httpx.Client) -> None:
    action = {
        "node_id": "handover", "name": "Transfer", "description": "To a human.",
        "type": "transfer", "transfer_to": "+14155550100",
    }  # fmt: skip
    action_id = http.post(f"/agents/{DEMO_AGENT_ID}/actions", json=action).json()["data"]["id"]
    for name in (action_id, "handover"):
        flow = with_nodes({"id": "a", "type": "action", "action_id": name})
        assert http.post(f"{FLOW}/validate", json={"flow_config": flow}).status_code == 200


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        (
            {"conversation_mode": "flow_driven"},
            {"flow_config": ["The flow config field is required when conversation mode is"
                             " flow_driven."]},
        ),
        (
            {"conversation_mode": "llm_driven", "flow_config": GOOD},
            {"flow_config": ["The flow config field is prohibited."]},
        ),
        ({"conversation_mode": "scripted"}, {"conversation_mode": [
            "The selected conversation mode is invalid."
        ]}),
    ],
)  # fmt: skip
def test_update_refuses_a_mode_without_its_flow(
    http: httpx.Client, body: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    response = http.put(FLOW, json=body)
    assert (response.status_code, response.json()["errors"]) == (422, errors)

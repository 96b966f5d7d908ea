"""Actions over HTTP (in-process): the upsert on node_id, each type's own field, what a
response shows (D33), the draft rule, and deletes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talkover_mock.demo import DEMO_AGENT_ID

ACTIONS = f"/agents/{DEMO_AGENT_ID}/actions"
TRANSFER: dict[str, Any] = {
    "node_id": "transfer", "name": "Transfer Call", "description": "To a human.",
    "type": "transfer", "transfer_to": "+1234567890",
    "inputs": [{"name": "transfer_to", "type": "string", "required": True, "value": "+1234567890"}],
}  # fmt: skip


def test_create_then_update_by_node_id(http: httpx.Client) -> None:
    created = http.post(ACTIONS, json=TRANSFER)
    assert created.status_code == 200
    body = created.json()
    assert body["message"] == "Agent action updated successfully"
    action = body["data"]
    assert (action["label"], action["config"], action["action_trigger"]) == (
        "Transfer Call", {"transfer_to": "+1234567890"}, "during_call",
    )  # fmt: skip
    assert action["input_schema"] == TRANSFER["inputs"]
    updated = http.post(
        ACTIONS, json={**TRANSFER, "name": "Hand over", "current_status": "inactive"}
    )
    assert updated.json()["data"]["id"] == action["id"]
    assert (updated.json()["data"]["name"], updated.json()["data"]["current_status"]) == (
        "Hand over",
        "inactive",
    )
    assert [a["id"] for a in http.get(ACTIONS).json()["data"]] == [action["id"]]
    agent = http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]
    assert agent["current_status"] == "draft"
    assert [a["id"] for a in agent["actions"]] == [action["id"]]


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"node_id": "w", "name": "W", "description": "d", "type": "webhook"},
         {"url": ["The url field is required when type is webhook."]}),
        ({"node_id": "h", "name": "H", "description": "d", "type": "hold"},
         {"hold_duration": ["The hold duration field is required when type is hold."]}),
        ({**TRANSFER, "transfer_to": "555-1234"},
         {"transfer_to": ["The transfer to must be a phone number in E.164 format."]}),
        ({**TRANSFER, "execution_mode": "post_call"},
         {"execution_mode": ["The execution mode post_call is only allowed for external actions."]}),
        ({"node_id": "x", "name": "X", "description": "d", "type": "external", "integration": {"id": "fax"}},
         {"integration.id": ["The selected integration id is invalid."]}),
        ({"node_id": "w", "name": "W", "description": "d", "type": "webhook", "url": "not a url"},
         {"url": ["The url must be a valid URL."]}),
        ({"node_id": "w", "name": "W", "description": "d", "type": "sms"},
         {"type": ["The selected type is invalid."]}),
    ],
)  # fmt: skip
def test_refusals_change_nothing(
    http: httpx.Client, body: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    before = http.get(f"/agents/{DEMO_AGENT_ID}").json()
    response = http.post(ACTIONS, json=body)
    assert response.status_code == 422
    assert response.json()["errors"] == errors
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json() == before


def test_a_webhook_action_shows_its_settings_but_not_header_values(http: httpx.Client) -> None:
    body = {
        "node_id": "book", "name": "Book", "description": "Books a slot.", "type": "external",
        "execution_mode": "post_call", "integration": {"id": "calendar"},
        "authorization_scheme": "bearer", "speak_on_send": "One moment.",
        "custom_headers": [{"key": "X-Api-Key", "value": "s3cret-value"}],
    }  # fmt: skip
    action = http.post(ACTIONS, json=body).json()["data"]
    assert action["action_trigger"] == "post_call"
    assert action["config"] == {
        "authorization_scheme": "bearer", "speak_on_send": "One moment.",
        "custom_headers": ["X-Api-Key"], "integration": {"id": "calendar"},
    }  # fmt: skip
    assert "s3cret-value" not in http.get(ACTIONS).text


def test_delete_is_permanent_and_sends_the_agent_to_draft(http: httpx.Client) -> None:
    action = http.post(ACTIONS, json=TRANSFER).json()["data"]
    http.post(f"/agents/{DEMO_AGENT_ID}/publish")
    deleted = http.delete(f"{ACTIONS}/{action['id']}")
    assert deleted.json() == {"success": True, "message": "Agent action deleted successfully"}
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["current_status"] == "draft"
    again = http.delete(f"{ACTIONS}/{action['id']}")
    assert (again.status_code, again.json()["message"]) == (404, "Action not found")


def test_an_agent_s_delete_takes_its_actions(http: httpx.Client) -> None:
    action = http.post(ACTIONS, json=TRANSFER).json()["data"]
    assert http.delete(f"/agents/{DEMO_AGENT_ID}").status_code == 200
    assert http.delete(f"{ACTIONS}/{action['id']}").json()["message"] == "Agent not found"


def test_integrations_catalogue(http: httpx.Client) -> None:
    listed = http.get("/action-integrations").json()["data"]
    assert [i["identifier"] for i in listed] == ["calendar", "email-calendar", "crm"]
    assert listed[0]["category"] == "scheduling"

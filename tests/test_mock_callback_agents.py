"""Callback agents in the mock: inbound agents only, published outbound sources, replace and
remove, and the dry run (D38)."""

from __future__ import annotations

import httpx

from talkover_mock.demo import DEMO_AGENT_ID, DRAFT_AGENT_ID, OTHER_AGENT_ID, OUTBOUND_AGENT_ID

ROLE = f"/agents/{DEMO_AGENT_ID}/callback"


def test_only_published_outbound_agents_are_sources(http: httpx.Client) -> None:
    listed = http.get("/callback-agents/source-agents").json()["data"]
    assert listed == [{
        "id": OUTBOUND_AGENT_ID, "name": "OutreachBot", "direction": "outbound",
        "current_status": "published",
    }]  # fmt: skip


def test_set_get_list_update_and_remove_the_role(http: httpx.Client) -> None:
    assert http.get(f"/callback-agents/{DEMO_AGENT_ID}").json() == {
        "success": False, "message": "Agent is not configured as a callback agent",
    }  # fmt: skip
    response = http.post(ROLE, json={"source_agent_ids": [OUTBOUND_AGENT_ID]})
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {
        "id": DEMO_AGENT_ID, "name": "SupportBot", "direction": "inbound",
        "callback_config": {"source_agent_ids": [OUTBOUND_AGENT_ID]},
    }  # fmt: skip
    detail = http.get(f"/callback-agents/{DEMO_AGENT_ID}").json()["data"]
    assert detail["source_agents"] == [{"id": OUTBOUND_AGENT_ID, "name": "OutreachBot"}]
    assert detail["agent"]["current_status"] == "published"
    (listed,) = http.get("/callback-agents").json()["data"]
    assert (listed["id"], listed["label"]) == (DEMO_AGENT_ID, "Customer Support Agent")
    stats = http.get("/callback-agents/stats").json()["data"]
    assert stats["callbacks_by_source_agent"] == [
        {"source_agent_id": OUTBOUND_AGENT_ID, "name": "OutreachBot", "count": 0}
    ]
    emptied = http.put(ROLE, json={"source_agent_ids": []})
    assert emptied.json()["errors"] == {
        "source_agent_ids": ["The source agent ids field must contain at least 1 items."]
    }
    removed = http.delete(ROLE)
    assert removed.json() == {"success": True, "message": "Callback role removed"}
    assert http.delete(ROLE).status_code == 404
    assert http.put(ROLE, json={"source_agent_ids": [OUTBOUND_AGENT_ID]}).status_code == 404
    assert http.get("/callback-agents").json()["data"] == []


def test_the_role_needs_an_inbound_agent_and_good_sources(http: httpx.Client) -> None:
    wrong = http.post(
        f"/agents/{OUTBOUND_AGENT_ID}/callback", json={"source_agent_ids": [OUTBOUND_AGENT_ID]}
    )
    assert (wrong.status_code, wrong.json()["code"]) == (422, "INVALID_AGENT_DIRECTION")
    sources = [DRAFT_AGENT_ID, OTHER_AGENT_ID, "nobody"]
    refused = http.post(ROLE, json={"source_agent_ids": sources})
    assert refused.json()["errors"] == {
        "source_agent_ids.0": [f"Source agent {DRAFT_AGENT_ID} is not outbound."],
        "source_agent_ids.1": [f"Source agent {OTHER_AGENT_ID} does not exist."],
        "source_agent_ids.2": ["Source agent nobody does not exist."],
    }
    assert http.get("/callback-agents").json()["data"] == []


def test_a_deleted_source_drops_out(http: httpx.Client) -> None:
    http.post(ROLE, json={"source_agent_ids": [OUTBOUND_AGENT_ID]})
    assert http.post(f"/agents/{OUTBOUND_AGENT_ID}/unpublish").status_code == 200
    assert http.delete(f"/agents/{OUTBOUND_AGENT_ID}").status_code == 200
    detail = http.get(f"/callback-agents/{DEMO_AGENT_ID}").json()["data"]
    assert detail["source_agents"] == []


def test_check_constraints_is_a_dry_run_that_lists_every_problem(http: httpx.Client) -> None:
    good = {"callback_source_agents": [OUTBOUND_AGENT_ID], "callback_trigger_statuses": ["busy"]}
    checked = http.post(f"/callback-agents/{DEMO_AGENT_ID}/check-constraints", json=good)
    assert checked.json() == {"success": True, "message": "Configuration is valid"}
    bad = {"callback_source_agents": [DRAFT_AGENT_ID]}
    refused = http.post(f"/callback-agents/{OUTBOUND_AGENT_ID}/check-constraints", json=bad)
    assert refused.status_code == 422
    assert refused.json() == {
        "success": False,
        "message": "Configuration has errors",
        "errors": [
            "Agent must be inbound to serve as a callback agent",
            f"Source agent {DRAFT_AGENT_ID} is not outbound",
        ],
    }
    assert http.get("/callback-agents").json()["data"] == []


def test_stats_take_a_date_range(http: httpx.Client) -> None:
    stats = http.get("/callback-agents/stats", params={"start_date": "2024-01-01",
                                                        "end_date": "2024-01-31"})  # fmt: skip
    assert stats.json()["data"]["period"] == {"start": "2024-01-01", "end": "2024-01-31"}
    earliest = http.get("/callback-agents/stats", params={"end_date": "0001-01-01"}).json()
    assert earliest["data"]["period"] == {"start": "0001-01-01", "end": "0001-01-01"}
    for params, field in (
        ({"start_date": "2024-02-01", "end_date": "2024-01-31"}, "end_date"),
        ({"start_date": "2024-13-01"}, "start_date"),
        ({"end_date": "yesterday"}, "end_date"),
    ):
        response = http.get("/callback-agents/stats", params=params)
        assert response.status_code == 422
        assert list(response.json()["errors"]) == [field]

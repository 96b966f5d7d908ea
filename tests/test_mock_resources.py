"""The agent, phone-number, voice-template and health operations of the mock, over HTTP
(in-process): the documented bodies, rules and refusals, each refusal changing nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from talkover_mock.demo import (
    DEMO_AGENT_ID,
    DRAFT_AGENT_ID,
    OTHER_AGENT_ID,
    OTHER_TOKEN,
    OUTBOUND_AGENT_ID,
)
from talkover_mock.inprocess import sync_transport

NEW_AGENT: dict[str, Any] = {
    "name": "SalesBot", "label": "Sales Agent", "language": "en-US",
    "interrupt_sensitivity": "high", "endpointing_sensitivity": "auto", "ivr_navigation_mode": "off",
    "conversation_speed": 1.2, "initial_message_delay": 2, "ask_if_human_present_on_idle": True,
    "idle_time_seconds": 10, "llm_temperature": 0.8, "enable_recording": True,
    "direction": "outbound", "who_speaks_first": "agent", "description": "Outbound sales.",
}  # fmt: skip
PRO_VOICE = {"voice_id": "voice-template-rachel-pro", "conversation_speed": 1.0,
             "who_speaks_first": "agent", "similarity": 0.8, "stability": 0.7}  # fmt: skip


@pytest.fixture
def control(app: Starlette) -> httpx.Client:
    return httpx.Client(transport=sync_transport(app), base_url="http://mock/__mock__")


def state(control: httpx.Client) -> Any:
    return control.get("/state").json()


def test_health_needs_no_token(http: httpx.Client) -> None:
    for headers in ({}, {"Authorization": ""}, {"Authorization": "Bearer talq_wrong"}):
        response = http.get("/health", headers=headers)
        assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_list_agents_pages_filters_and_searches(http: httpx.Client) -> None:
    for n in range(5):
        assert http.post("/agents", json={**NEW_AGENT, "name": f"Bot{n}"}).status_code == 201
    first = http.get("/agents", params={"per_page": 3}).json()
    assert first["meta"] == {"current_page": 1, "per_page": 3, "total": 8, "last_page": 3}
    assert [a["id"] for a in first["data"]][:2] == [DEMO_AGENT_ID, DRAFT_AGENT_ID]
    last = http.get("/agents", params={"per_page": 3, "page": 3}).json()
    assert len(last["data"]) == 2
    assert http.get("/agents", params={"page": 9}).json()["data"] == []
    published = http.get("/agents", params={"status": "published"}).json()["data"]
    assert [a["id"] for a in published] == [DEMO_AGENT_ID, OUTBOUND_AGENT_ID]
    assert http.get("/agents", params={"search": "bOt3"}).json()["meta"]["total"] == 1
    assert http.get("/agents", params={"search": "support agent"}).json()["meta"]["total"] == 1
    assert {a["name"] for a in http.get("/agents").json()["data"]}.isdisjoint({"OtherBot"})


@pytest.mark.parametrize(
    ("params", "errors"),
    [
        ({"per_page": "0"}, {"per_page": ["The per page must be between 1 and 100."]}),
        ({"per_page": "101"}, {"per_page": ["The per page must be between 1 and 100."]}),
        ({"per_page": "x"}, {"per_page": ["The per page field must be an integer."]}),
        # Unicode digits that int() refuses, and a lone sign: 422, never a 500.
        ({"per_page": "\u00b2"}, {"per_page": ["The per page field must be an integer."]}),
        ({"per_page": "--5"}, {"per_page": ["The per page field must be an integer."]}),
        ({"status": "live"}, {"status": ["The selected status is invalid."]}),
        ({"direction": "sideways"}, {"direction": ["The selected direction is invalid."]}),
    ],
)
def test_list_agents_refuses_bad_parameters(
    http: httpx.Client, params: dict[str, str], errors: dict[str, list[str]]
) -> None:
    response = http.get("/agents", params=params)
    assert response.status_code == 422
    assert response.json()["errors"] == errors


def test_create_agent_is_a_draft_without_voice(http: httpx.Client) -> None:
    response = http.post("/agents", json={**NEW_AGENT, "phone_number_ids": ["phone-spare"]})
    assert response.status_code == 201
    body = response.json()
    assert body["message"] == "Agent created successfully"
    agent = body["data"]
    assert (agent["current_status"], agent["voice"], agent["is_ready_to_publish"]) == (
        "draft",
        None,
        False,
    )
    assert [p["id"] for p in agent["phone_numbers"]] == ["phone-spare"]
    assert "llm_temperature" not in agent
    assert http.get(f"/agents/{agent['id']}").json()["data"] == agent


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "   "}, "name", "The name field is required."),
        ({"language": "english"}, "language", "The selected language is invalid."),
        ({"conversation_speed": 3.5}, "conversation_speed", "The conversation speed must be between 0.1 and 3.0."),
        ({"llm_temperature": -1}, "llm_temperature", "The llm temperature must be between 0 and 2."),
        ({"idle_time_seconds": 301}, "idle_time_seconds", "The idle time seconds must be between 1 and 300."),
        ({"phone_number_ids": ["phone-other"]}, "phone_number_ids", "The selected phone number ids are invalid."),
        ({"phone_number_ids": ["nope"]}, "phone_number_ids", "The selected phone number ids are invalid."),
    ],
)  # fmt: skip
def test_create_agent_refusals_change_nothing(
    http: httpx.Client, control: httpx.Client, change: dict[str, Any], field: str, message: str
) -> None:
    before = state(control)
    response = http.post("/agents", json={**NEW_AGENT, **change})
    assert response.status_code == 422
    assert response.json()["errors"][field] == [message]
    assert state(control) == before


def test_a_published_agent_cannot_be_deleted_then_can(
    http: httpx.Client, control: httpx.Client
) -> None:
    http.post(f"/agents/{DEMO_AGENT_ID}/trainings", json={"subject": "s", "instructions": "i"})
    http.post(f"/agents/{DEMO_AGENT_ID}/publish")
    before = state(control)
    refused = http.delete(f"/agents/{DEMO_AGENT_ID}")
    assert (refused.status_code, refused.json()["code"]) == (409, "AGENT_IS_PUBLISHED")
    assert state(control) == before
    http.post(f"/agents/{DEMO_AGENT_ID}/unpublish")
    deleted = http.delete(f"/agents/{DEMO_AGENT_ID}")
    assert deleted.json() == {"success": True, "message": "Agent deleted successfully"}
    for path in ("", "/trainings", "/pricing"):
        gone = http.get(f"/agents/{DEMO_AGENT_ID}{path}")
        assert (gone.status_code, gone.json()["message"]) == (404, "Agent not found")
    environments = state(control)["environments"]
    assert not any(a["id"] == DEMO_AGENT_ID for e in environments for a in e["agents"])
    assert "phone-uuid" in {p["id"] for p in http.get("/phone-numbers").json()["data"]}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("knowledge", {"description": "Knows things.", "interrupt_sensitivity": "low",
                       "ask_if_human_present_on_idle": False, "llm_temperature": 1,
                       "initial_message_delay": 0}),
        ("voice", PRO_VOICE),
        ("calling", {"direction": "outbound"}),
    ],
)  # fmt: skip
def test_settings_changes_send_the_agent_to_draft(
    http: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    response = http.put(f"/agents/{DEMO_AGENT_ID}/{path}", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["current_status"] == "draft"
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["current_status"] == "draft"


def test_advanced_settings_keep_the_status(http: httpx.Client) -> None:
    response = http.patch(
        f"/agents/{DEMO_AGENT_ID}/advanced-settings", json={"enable_initial_message_cache": False}
    )
    assert response.status_code == 200
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["current_status"] == "published"


def test_voice_takes_the_template_s_name_and_tuning(http: httpx.Client) -> None:
    voice = http.put(
        f"/agents/{DEMO_AGENT_ID}/voice", json={**PRO_VOICE, "ambient_background": "cafe"}
    )
    shown = voice.json()["data"]["voice"]
    assert shown["template"] == {"id": "voice-template-rachel-pro", "name": "Rachel"}
    assert (shown["similarity_boost"], shown["stability"], shown["ambient_background"]) == (
        0.8,
        0.7,
        "cafe",
    )


@pytest.mark.parametrize(
    ("body", "status", "errors"),
    [
        ({**PRO_VOICE, "voice_id": "nope"}, 404, None),
        ({k: v for k, v in PRO_VOICE.items() if k != "similarity"}, 422, {"similarity": ["The similarity field is required."]}),
        ({**PRO_VOICE, "voice_id": "voice-template-rachel-basic"}, 422,
         {"similarity": ["The similarity field is prohibited."], "stability": ["The stability field is prohibited."]}),
        ({**PRO_VOICE, "voice_id": "voice-template-bianca-pro"}, 422,
         {"language": ["The selected voice template does not speak this language."]}),
        ({**PRO_VOICE, "similarity": 0.4}, 422, {"similarity": ["The similarity must be between 0.5 and 1.0."]}),
    ],
)  # fmt: skip
def test_voice_refusals_change_nothing(
    http: httpx.Client, control: httpx.Client, body: dict[str, Any], status: int, errors: Any
) -> None:
    before = state(control)
    response = http.put(f"/agents/{DEMO_AGENT_ID}/voice", json=body)
    assert response.status_code == status, response.text
    if errors is None:
        assert response.json() == {
            "success": False,
            "message": "Voice template not found",
            "code": "VOICE_NOT_FOUND",
        }
    else:
        assert response.json()["errors"] == errors
    assert state(control) == before


def test_a_voice_in_another_language_changes_the_agent_s_language(http: httpx.Client) -> None:
    body = {**PRO_VOICE, "voice_id": "voice-template-uuid-2", "language": "pt-BR"}
    assert (
        http.put(f"/agents/{DEMO_AGENT_ID}/voice", json=body).json()["data"]["language"] == "pt-BR"
    )


def test_calling_replaces_or_keeps_numbers(http: httpx.Client) -> None:
    kept = http.put(f"/agents/{DEMO_AGENT_ID}/calling", json={"direction": "outbound"}).json()[
        "data"
    ]
    assert [p["id"] for p in kept["phone_numbers"]] == ["phone-uuid"]
    replaced = http.put(
        f"/agents/{DEMO_AGENT_ID}/calling",
        json={"direction": "inbound", "phone_number_ids": ["phone-spare"]},
    )
    assert [p["id"] for p in replaced.json()["data"]["phone_numbers"]] == ["phone-spare"]
    cleared = http.put(
        f"/agents/{DEMO_AGENT_ID}/calling", json={"direction": "inbound", "phone_number_ids": []}
    )
    assert cleared.json()["data"]["phone_numbers"] == []
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["is_ready_to_publish"] is False
    foreign = http.put(
        f"/agents/{DEMO_AGENT_ID}/calling",
        json={"direction": "inbound", "phone_number_ids": ["phone-other"]},
    )
    assert foreign.status_code == 422


def test_eligibility_and_optimized_costs(http: httpx.Client, control: httpx.Client) -> None:
    refused = http.patch(
        f"/agents/{DEMO_AGENT_ID}/advanced-settings", json={"enable_initial_message_cache": True}
    )
    assert refused.status_code == 422
    assert refused.json()["code"] == "OPTIMIZED_COSTS_NOT_ELIGIBLE"
    assert refused.json()["details"] == {
        "current_calls": 0,
        "required_calls": 700,
        "threshold_days": 7,
    }
    eligibility = http.get(f"/agents/{DEMO_AGENT_ID}/optimized-costs-eligibility").json()["data"]
    assert eligibility == {
        "eligible": False,
        "current_calls": 0,
        "required_calls": 700,
        "threshold_days": 7,
        "calls_remaining": 700,
    }
    busy = {"environments": [{"name": "Busy", "tokens": ["talq_busy_environment_token"],
                              "agents": [{"id": "busy-agent", "name": "Busy", "recent_call_count": 842}]}]}  # fmt: skip
    assert control.post("/seed", json=busy).status_code == 200
    headers = {"Authorization": "Bearer talq_busy_environment_token"}
    assert (
        http.get("/agents/busy-agent/optimized-costs-eligibility", headers=headers).json()["data"][
            "eligible"
        ]
        is True
    )
    enabled = http.patch(
        "/agents/busy-agent/advanced-settings",
        json={"enable_initial_message_cache": True},
        headers=headers,
    )
    assert enabled.json()["data"]["advanced_settings"] == {"enable_initial_message_cache": True}
    summary = http.get("/agents/busy-agent/pricing/summary", headers=headers).json()["data"]
    assert summary["optimized_costs_enabled"] is True


def test_pricing_follows_the_voice_tier(http: httpx.Client) -> None:
    pricing = http.get(f"/agents/{DEMO_AGENT_ID}/pricing").json()["data"]
    assert pricing["estimated_cost_per_minute"] == 0.0855  # a pro voice: the page's own figures
    assert pricing["components"]["voice_synthesis"] == {
        "unit": "per_minute",
        "price": 0.045,
        "tier": "high_fidelity",
    }
    summary = http.get(f"/agents/{DRAFT_AGENT_ID}/pricing/summary").json()["data"]
    assert (summary["voice_quality_tier"], summary["estimated_cost_per_minute"]) == (
        "standard",
        0.0705,
    )


def test_phone_numbers_list_and_filters(http: httpx.Client) -> None:
    listed = http.get("/phone-numbers").json()["data"]
    assert [p["id"] for p in listed] == ["phone-uuid", "phone-spare", "phone-outbound"]
    assert len(listed[0]) == 22  # every field the page tables
    assert http.get("/phone-numbers", params={"has_whatsapp": "true"}).json()["data"] == []
    assert (
        len(http.get("/phone-numbers", params={"has_voice": "1", "type": "voice"}).json()["data"])
        == 3
    )
    assert [
        p["id"] for p in http.get("/phone-numbers", params={"search": "+1555010020"}).json()["data"]
    ] == ["phone-spare"]
    refused = http.get("/phone-numbers", params={"type": "pager"})
    assert refused.json()["errors"] == {"type": ["The selected type is invalid."]}
    assert (
        http.get("/phone-numbers", headers={"Authorization": ""}).json()["message"]
        == "Unauthorized"
    )


def test_release_request_lifecycle(http: httpx.Client, control: httpx.Client) -> None:
    in_use = http.post(
        "/phone-numbers/phone-uuid/request-release", json={"reason": "Not needed any more."}
    )
    assert (in_use.status_code, in_use.json()["code"]) == (422, "PHONE_NUMBER_IN_USE")
    short = http.post("/phone-numbers/phone-spare/request-release", json={"reason": "short"})
    assert short.json()["errors"] == {
        "reason": ["The reason field must be at least 10 characters."]
    }
    made = http.post(
        "/phone-numbers/phone-spare/request-release", json={"reason": "Not needed any more."}
    )
    assert made.status_code == 201
    request = made.json()["data"]
    assert (request["status"], request["phone_number"]) == ("pending", "+1555010020")
    again = http.post(
        "/phone-numbers/phone-spare/request-release", json={"reason": "Not needed any more."}
    )
    assert (again.status_code, again.json()["code"]) == (409, "RELEASE_ALREADY_PENDING")
    cancelled = http.delete(f"/phone-numbers/release-requests/{request['id']}")
    assert cancelled.json() == {"success": True, "message": "Release request cancelled"}
    twice = http.delete(f"/phone-numbers/release-requests/{request['id']}")
    assert (twice.status_code, twice.json()["code"]) == (409, "RELEASE_ALREADY_RESOLVED")
    listed = http.get("/phone-numbers/release-requests").json()["data"]
    assert [(r["id"], r["status"]) for r in listed] == [(request["id"], "cancelled")]
    second = http.post(
        "/phone-numbers/phone-spare/request-release", json={"reason": "Really not needed."}
    ).json()["data"]
    approved = control.post(f"/release-requests/{second['id']}/approve", json={})
    assert approved.json()["data"]["status"] == "approved"
    assert "phone-spare" not in {p["id"] for p in http.get("/phone-numbers").json()["data"]}
    assert control.post(f"/release-requests/{second['id']}/reject", json={}).status_code == 409
    missing = http.delete("/phone-numbers/release-requests/nope")
    assert missing.json() == {"success": False, "message": "Release request not found"}


def test_rejection_keeps_the_number_and_says_why(http: httpx.Client, control: httpx.Client) -> None:
    made = http.post(
        "/phone-numbers/phone-spare/request-release", json={"reason": "Not needed any more."}
    ).json()["data"]
    rejected = control.post(
        f"/release-requests/{made['id']}/reject", json={"reason": "Contract runs until June."}
    )
    assert rejected.json()["data"]["rejection_reason"] == "Contract runs until June."
    assert "phone-spare" in {p["id"] for p in http.get("/phone-numbers").json()["data"]}
    assert (
        control.post(f"/release-requests/{made['id']}/approve", json={"reason": "x"}).status_code
        == 422
    )
    assert control.post(f"/release-requests/{made['id']}/maybe", json={}).status_code == 404


def test_another_environment_s_number_and_request_are_forbidden(http: httpx.Client) -> None:
    assert (
        http.post(
            "/phone-numbers/phone-other-2/request-release", json={"reason": "Not needed any more."}
        ).status_code
        == 403
    )
    assert http.delete("/phone-numbers/release-requests/release-other").status_code == 403
    assert (
        http.get("/phone-numbers", headers={"Authorization": f"Bearer {OTHER_TOKEN}"}).json()[
            "data"
        ][0]["id"]
        == "phone-other"
    )
    assert http.get(f"/agents/{OTHER_AGENT_ID}/pricing").status_code == 403


def test_voice_templates_grouped_and_filtered(http: httpx.Client) -> None:
    groups = http.get("/voice-templates").json()["data"]
    assert [g["display_name"] for g in groups] == ["Rachel", "James", "Bianca", "Isabela", "Lucia"]
    assert [v["quality_tier"] for v in groups[0]["voices"]] == ["basic", "pro", "ultra"]
    female_pro = http.get(
        "/voice-templates", params={"gender": "female", "quality_tier": "pro"}
    ).json()["data"]
    assert {v["id"] for g in female_pro for v in g["voices"]} == {
        "voice-template-rachel-pro", "voice-template-bianca-pro", "voice-template-isabela-pro", "voice-template-uuid-2"
    }  # fmt: skip
    assert http.get("/voice-templates", params={"language": "xx-XX"}).status_code == 422


def test_voice_demo_is_a_bare_signed_url(http: httpx.Client) -> None:
    demo = http.get("/voice-templates/voice-template-rachel-pro/demo")
    assert set(demo.json()) == {"mp3_url"}
    assert demo.json()["mp3_url"].startswith("https://")
    missing = http.get("/voice-templates/nope/demo")
    assert missing.json() == {"success": False, "message": "Voice template not found"}
    other = http.get(
        "/voice-templates/voice-template-rachel-pro/demo",
        headers={"Authorization": f"Bearer {OTHER_TOKEN}"},
    )
    assert other.status_code == 200  # a shared catalogue

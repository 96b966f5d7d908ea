"""Calls and campaigns in the mock: calls that progress on the mock's clock and fire signed
agent events, End Call, the lists; campaigns and their state machine, campaign calls, campaign
webhooks and SFTP (D39 to D44)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from talkover_api_client.api.calls import list_agent_calls, list_calls, make_call
from talkover_api_client.models import MakeCallInput, MakeCallInputContext

import talkover
from talkover.testing import WebhookReceiver
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import (
    DEMO_AGENT_ID,
    DEMO_CAMPAIGN_ID,
    DEMO_TOKEN,
    DRAFT_AGENT_ID,
    OUTBOUND_AGENT_ID,
)
from talkover_mock.inprocess import sync_transport

SECRET = "whsec_calls"
CAMPAIGN = f"/campaigns/{DEMO_CAMPAIGN_ID}"


@pytest.fixture
def app() -> Iterator[Any]:
    app = create_app(MockConfig(seed=11, webhook_backoff=0.01))
    yield app
    app.state.deliverer.close(grace=1.0)


@pytest.fixture
def api(app: Any) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=sync_transport(app),
        base_url="http://mock/api/v1",
        headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
    ) as client:
        yield client


@pytest.fixture
def plane(app: Any) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sync_transport(app), base_url="http://mock/__mock__") as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as started:
        yield started


def advance(plane: httpx.Client, seconds: float) -> dict[str, Any]:
    response = plane.post("/clock/advance", json={"seconds": seconds})
    assert response.status_code == 200, response.text
    moved: dict[str, Any] = response.json()
    return moved


def place(api: httpx.Client, to: str = "+15551234567", **fields: Any) -> dict[str, Any]:
    response = api.post(f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": to, **fields})
    assert response.status_code == 200, response.text
    placed: dict[str, Any] = response.json()["data"]
    return placed


def status_of(api: httpx.Client, call_id: str) -> str:
    listed = api.get(f"/agents/{OUTBOUND_AGENT_ID}/calls", params={"per_page": 100}).json()
    (found,) = [c for c in listed["data"] if c["id"] == call_id]
    return str(found["status"])


# -- the end-to-end path of the issue -----------------------------------------------------------


def test_a_call_runs_to_completion_and_its_end_is_delivered_signed(
    app: Any, api: httpx.Client, plane: httpx.Client, receiver: WebhookReceiver
) -> None:
    hook = api.post(
        f"/agents/{OUTBOUND_AGENT_ID}/webhooks",
        json={"name": "Ends", "webhook_url": receiver.url, "events": ["event_phone_call_ended"],
              "webhook_secret": SECRET},
    )  # fmt: skip
    assert hook.status_code == 200, hook.text
    client = talkover.make_client(
        DEMO_TOKEN, base_url="http://mock/api/v1", max_retries=0, transport=sync_transport(app)
    )
    body = MakeCallInput(
        to="+15551234567", context=MakeCallInputContext.from_dict({"order": "A-1"})
    )
    placed = make_call.sync(OUTBOUND_AGENT_ID, client=client, body=body).data
    assert str(placed.status) == "initiated"

    advance(plane, 40)  # ringing at 2 s, answered at 5 s, completed at 35 s
    assert app.state.deliverer.wait_idle(timeout=20)

    (delivery,) = receiver.deliveries
    assert delivery.header("Talkover-Event") == "event_phone_call_ended"
    event = talkover.verify_webhook(delivery.body, delivery.header("Talkover-Signature"), SECRET)
    assert (event["call_id"], event["status"], event["duration"]) == (placed.id, "completed", 30)
    assert (event["ended_reason"], event["context"]) == ("hangup", {"order": "A-1"})
    listed = list_calls.sync(client=client, status="completed").data
    assert [c.id for c in listed] == [placed.id]
    assert listed[0].agent.id == OUTBOUND_AGENT_ID
    mine = list_agent_calls.sync(OUTBOUND_AGENT_ID, client=client).data
    assert [(c.id, str(c.status), c.duration) for c in mine] == [(placed.id, "completed", 30)]


# -- making calls ------------------------------------------------------------------------------


def test_a_call_needs_a_published_agent_an_international_number_and_credits(
    api: httpx.Client, plane: httpx.Client
) -> None:
    draft = api.post(f"/agents/{DRAFT_AGENT_ID}/call", json={"to": "+15551234567"})
    assert (draft.status_code, draft.json()["code"]) == (400, "AGENT_INACTIVE")
    local = api.post(f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": "5551234567"})
    assert (local.status_code, local.json()["code"]) == (400, "INVALID_PHONE_NUMBER")
    assert local.json()["details"] == {"field": "to", "value": "5551234567"}
    assert api.post(f"/agents/{OUTBOUND_AGENT_ID}/call", json={}).status_code == 422
    late = api.post(f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": "+15551234567",
                                                             "delay_seconds": 3601})  # fmt: skip
    assert late.status_code == 422
    assert plane.put("/environments/env_demo/credits", json={"balance": 0}).status_code == 200
    broke = api.post(f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": "+15551234567"})
    assert (broke.status_code, broke.json()["code"]) == (402, "INSUFFICIENT_CREDITS")
    test_call = api.post(
        f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": "+15551234567", "is_testing": True}
    )
    assert test_call.status_code == 200  # a test call needs no credits
    assert api.get("/calls").json()["pagination"]["total"] == 1  # refusals placed nothing


def test_every_answer_of_make_call_carries_the_rate_limit_and_the_limit_holds() -> None:
    app = create_app(MockConfig(seed=11, call_rate_limit=2))
    with httpx.Client(
        transport=sync_transport(app), base_url="http://mock/api/v1",
        headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
    ) as api:  # fmt: skip
        answers = [
            api.post(f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": "+15551234567"})
            for _ in range(3)
        ]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert [a.headers["X-RateLimit-Remaining"] for a in answers] == ["1", "0", "0"]
    assert {a.headers["X-RateLimit-Limit"] for a in answers} == {"2"}
    refused = answers[2].json()
    assert refused["code"] == "RATE_LIMIT_EXCEEDED"
    assert refused["details"]["retry_after"] == int(answers[2].headers["Retry-After"]) > 0
    app.state.deliverer.close(grace=1.0)


@pytest.mark.parametrize(
    ("number", "final", "reason"),
    [("+15550000002", "busy", "busy"), ("+15550000003", "no-answer", "no-answer"),
     ("+15550000004", "failed", "failed"), ("+15551234567", "completed", "hangup")],
)  # fmt: skip
def test_the_number_decides_how_a_call_ends(
    api: httpx.Client, plane: httpx.Client, number: str, final: str, reason: str
) -> None:
    placed = place(api, number)
    advance(plane, 60)
    (shown,) = api.get("/calls").json()["data"]
    assert (shown["id"], shown["status"], shown["ended_reason"]) == (placed["id"], final, reason)


def test_a_call_waits_for_its_delay(api: httpx.Client, plane: httpx.Client) -> None:
    placed = place(api, delay_seconds=600)
    advance(plane, 60)
    assert status_of(api, placed["id"]) == "initiated"
    advance(plane, 600)
    assert status_of(api, placed["id"]) == "completed"


def test_end_call_hangs_up_once_and_only_the_agents_own(
    api: httpx.Client, plane: httpx.Client
) -> None:
    placed = place(api)
    advance(plane, 6)
    assert status_of(api, placed["id"]) == "answered"
    active = api.get(f"/agents/{OUTBOUND_AGENT_ID}/active-call/%2B15551234567").json()["data"]
    assert [(c["id"], c["status"]) for c in active] == [(placed["id"], "answered")]
    other = api.post(f"/agents/{DEMO_AGENT_ID}/end-call", json={"call_sid": placed["id"]})
    assert (other.status_code, other.json()["message"]) == (404, "Call not found for this agent")
    ended = api.post(f"/agents/{OUTBOUND_AGENT_ID}/end-call", json={"call_sid": placed["id"]})
    assert ended.status_code == 200
    assert (ended.json()["data"]["status"], ended.json()["data"]["ended_reason"]) == (
        "completed", "ended_by_api",
    )  # fmt: skip
    again = api.post(f"/agents/{OUTBOUND_AGENT_ID}/end-call", json={"call_sid": placed["id"]})
    assert (again.status_code, again.json()["code"]) == (409, "CALL_NOT_ACTIVE")
    none = api.get(f"/agents/{OUTBOUND_AGENT_ID}/active-call/%2B15551234567")
    assert (none.status_code, none.json()["message"]) == (
        404, "No active call found for this phone number",
    )  # fmt: skip


def test_an_agent_with_a_call_in_progress_cannot_be_deleted(
    api: httpx.Client, plane: httpx.Client
) -> None:
    place(api)
    assert api.post(f"/agents/{OUTBOUND_AGENT_ID}/unpublish").status_code == 200
    refused = api.delete(f"/agents/{OUTBOUND_AGENT_ID}")
    assert (refused.status_code, refused.json()["code"]) == (409, "AGENT_HAS_ACTIVE_CALLS")
    advance(plane, 60)
    assert api.delete(f"/agents/{OUTBOUND_AGENT_ID}").status_code == 200
    assert api.get("/calls").json()["data"] == []  # its history went with it
    assert api.get(CAMPAIGN).status_code == 404  # and its campaigns


def test_the_lists_filter_and_number_their_pages(api: httpx.Client, plane: httpx.Client) -> None:
    first, second, third = (place(api, f"+1555000{n}111") for n in (1, 2, 3))
    advance(plane, 60)
    listed = api.get("/calls", params={"per_page": 2}).json()
    assert [c["id"] for c in listed["data"]] == [third["id"], second["id"]]  # newest first
    assert listed["pagination"] == {"current_page": 1, "last_page": 2, "per_page": 2,
                                    "total": 3, "from": 1, "to": 2}  # fmt: skip
    last = api.get("/calls", params={"per_page": 2, "page": 2}).json()
    assert (last["pagination"]["from"], last["pagination"]["to"]) == (3, 3)
    empty = api.get("/calls", params={"per_page": 2, "page": 3}).json()["pagination"]
    assert (empty["from"], empty["to"]) == (None, None)
    found = api.get("/calls", params={"search": "0002111"}).json()["data"]
    assert [c["id"] for c in found] == [second["id"]]
    day = first["created_at"][:10]
    assert (
        api.get("/calls", params={"date_from": day, "date_to": day}).json()["pagination"]["total"]
        == 3
    )
    assert api.get("/calls", params={"date_to": "2000-01-01"}).json()["data"] == []
    bad = api.get("/calls", params={"date_from": "2024-02-30"})
    assert (bad.status_code, bad.json()["errors"]) == (
        422, {"date_from": ["The date from must be a valid date."]},
    )  # fmt: skip
    assert api.get("/calls", params={"status": "ringing"}).json()["data"] == []


# -- campaigns ---------------------------------------------------------------------------------


def new_campaign(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {
        "name": "Reminders", "campaign_type": "reminder", "agent_id": OUTBOUND_AGENT_ID,
        "start_date": "2024-01-01", "days_of_week": [1, 2, 3, 4, 5, 6, 7],
        "call_time_ranges": [{"start": "00:00", "end": "00:01"}], "timezone": "UTC",
        **fields,
    }  # fmt: skip
    response = api.post("/campaigns", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()["data"]
    return created


def set_status(api: httpx.Client, campaign_id: str, status: str) -> httpx.Response:
    return api.patch(f"/campaigns/{campaign_id}/status", json={"status": status})


def test_a_campaign_starts_in_draft_with_the_documented_defaults(api: httpx.Client) -> None:
    created = new_campaign(api, status="active")
    assert created["status"] == "draft"  # status is not a field of the create body
    assert (created["max_retries"], created["retry_cooldown_hours"]) == (3, 24)
    assert created["post_completion_cooldown_hours"] == 168
    assert created["do_not_call_list_source"] == "environment"
    assert created["agent"]["id"] == OUTBOUND_AGENT_ID
    assert created["stats"] == {"total_calls": 0, "completed_calls": 0, "failed_calls": 0,
                                "success_rate": 0.0}  # fmt: skip


def test_the_rules_across_fields_are_checked(api: httpx.Client) -> None:
    body = {
        "name": "X", "campaign_type": "sales", "agent_id": "no-such-agent",
        "start_date": "2024-03-01", "end_date": "2024-02-01", "days_of_week": [1],
        "call_time_ranges": [{"start": "12:00", "end": "09:00"}], "timezone": "Mars/Olympus",
    }  # fmt: skip
    refused = api.post("/campaigns", json=body)
    assert refused.status_code == 422
    assert set(refused.json()["errors"]) == {
        "agent_id", "end_date", "call_time_ranges.0.end", "timezone",
    }  # fmt: skip
    created = new_campaign(api, start_date="2024-03-01")
    before = api.get(f"/campaigns/{created['id']}").json()["data"]
    backwards = api.put(f"/campaigns/{created['id']}", json={"end_date": "2024-01-01"})
    assert backwards.status_code == 422  # checked against the stored start_date
    assert api.get(f"/campaigns/{created['id']}").json()["data"] == before


def test_the_transition_table_holds(api: httpx.Client) -> None:
    created = new_campaign(api)
    refused = set_status(api, created["id"], "paused")
    assert (refused.status_code, refused.json()["message"]) == (
        400, "Cannot transition from draft to paused status",
    )  # fmt: skip
    for status in ("active", "paused", "active", "completed"):
        assert set_status(api, created["id"], status).status_code == 200, status
    for status in ("draft", "active", "paused", "completed", "cancelled"):
        assert set_status(api, created["id"], status).json()["code"] == "INVALID_TRANSITION"


def test_activation_needs_a_published_agent(api: httpx.Client) -> None:
    created = new_campaign(api, agent_id=DRAFT_AGENT_ID)
    refused = set_status(api, created["id"], "active")
    assert (refused.status_code, refused.json()["code"]) == (403, "FORBIDDEN")


def test_campaign_calls_wait_for_the_window_then_run_and_complete_the_campaign(
    app: Any, api: httpx.Client, plane: httpx.Client, receiver: WebhookReceiver
) -> None:
    created = new_campaign(api, auto_complete=True, max_retries=1, busy_cooldown_hours=2)
    campaign_id = created["id"]
    hook = api.post(
        f"/campaigns/{campaign_id}/webhooks",
        json={"name": "All", "webhook_url": receiver.url,
              "events": ["campaign_call.completed", "campaign_call.retry_scheduled",
                         "campaign_call.failed", "campaign.completed"],
              "include_call_events": True},
    )  # fmt: skip
    assert hook.status_code == 200, hook.text
    not_yet = api.post(f"/campaigns/{campaign_id}/call", json={"to": "+15551234567"})
    assert (not_yet.status_code, not_yet.json()["code"]) == (400, "CAMPAIGN_NOT_ACTIVE")
    assert set_status(api, campaign_id, "active").status_code == 200
    queued = api.post(f"/campaigns/{campaign_id}/call", json={"to": "+15551234567"})
    assert queued.status_code == 201
    body = queued.json()
    assert set(body) == {"campaign_call", "campaign"}  # the bare body of the page
    assert body["campaign_call"]["status"] == "scheduled"  # the window opens at midnight
    busy = api.post(f"/campaigns/{campaign_id}/call", json={"to": "+15550000002"}).json()
    twice = api.post(f"/campaigns/{campaign_id}/call", json={"to": "+15551234567"})
    assert twice.status_code == 409
    assert twice.json()["existing_call"]["id"] == body["campaign_call"]["id"]
    assert api.get("/calls").json()["data"] == []  # waiting calls are not calls yet

    advance(plane, 86400)
    detail = api.get(f"/campaigns/{campaign_id}").json()["data"]
    by_status = sorted((c["status"], c["retries"]) for c in detail["calls"])
    assert by_status == [("busy", 0), ("completed", 0), ("scheduled", 1)]
    (retry,) = [c for c in detail["calls"] if c["retries"] == 1]
    assert retry["scheduled_at"].endswith("T00:00:00.000000Z")  # the next window, past 2 hours
    assert detail["status"] == "active"

    advance(plane, 86400)
    detail = api.get(f"/campaigns/{campaign_id}").json()["data"]
    by_status = sorted((c["status"], c["retries"]) for c in detail["calls"])
    assert by_status == [("busy", 0), ("busy", 1), ("completed", 0)]
    assert detail["status"] == "completed"  # auto_complete: nothing left
    assert detail["stats"]["completed_calls"] == 1
    assert app.state.deliverer.wait_idle(timeout=20)
    events = [d.header("Talkover-Event") for d in receiver.deliveries]
    assert events.count("campaign_call.retry_scheduled") == 1
    assert events.count("campaign_call.failed") == 1
    assert events.count("campaign.completed") == 1
    assert "event_phone_call_ended" in events  # include_call_events
    assert busy["campaign_call"]["id"] in {c["id"] for c in detail["calls"]}


def test_every_delivery_is_what_the_spec_s_webhooks_say_and_parses_typed(
    app: Any, api: httpx.Client, plane: httpx.Client, receiver: WebhookReceiver
) -> None:
    """Each body the mock delivers over a campaign's life (campaign events, and the agent
    events of its calls through ``include_call_events``) validates against the schema the
    spec's top-level ``webhooks`` give its event, and ``verify_webhook`` types it (D57)."""
    from jsonschema import Draft202012Validator
    from talkover_api_client.webhook_events import EVENTS

    from talkover.models import CallEventPayload, CampaignEventPayload
    from talkover_spec import load_spec

    spec = load_spec()
    schemas = {
        name: {**spec, "$ref": f"#/components/schemas/{models[0].__name__}"}
        for name, models in EVENTS.items()
    }
    campaign_id = new_campaign(api, auto_complete=True, max_retries=0)["id"]
    hook = api.post(
        f"/campaigns/{campaign_id}/webhooks",
        json={"name": "All", "webhook_url": receiver.url, "webhook_secret": SECRET,
              "events": ["campaign.created", "campaign.started", "campaign.updated",
                         "campaign.completed", "campaign_call.queued", "campaign_call.started",
                         "campaign_call.completed", "campaign_call.failed"],
              "include_call_events": True},
    )  # fmt: skip
    assert hook.status_code == 200, hook.text
    assert set_status(api, campaign_id, "active").status_code == 200
    assert api.put(f"/campaigns/{campaign_id}", json={"name": "Renamed"}).status_code == 200
    for to in ("+15551234567", "+15550000002"):
        assert api.post(f"/campaigns/{campaign_id}/call", json={"to": to}).status_code == 201
    advance(plane, 86400)
    assert app.state.deliverer.wait_idle(timeout=20)

    seen: dict[str, type] = {}
    for delivery in receiver.deliveries:
        name = delivery.header("Talkover-Event")
        body = delivery.json()
        assert body["event"] == name
        errors = [e.message for e in Draft202012Validator(schemas[name]).iter_errors(body)]
        assert errors == [], (name, errors)
        event = talkover.verify_webhook(
            delivery.body, delivery.header("Talkover-Signature"), SECRET
        )
        assert event == body  # still the dict that was sent
        assert event.type == name
        assert event.payload is not None, name
        seen[name] = type(event.payload)
    assert seen["campaign.started"] is CampaignEventPayload
    assert seen["campaign_call.completed"] is CampaignEventPayload
    assert seen["event_phone_call_ended"] is CallEventPayload
    assert {"campaign.updated", "campaign_call.queued", "event_phone_call_started"} <= set(seen)


def test_an_event_the_spec_does_not_know_or_a_templated_body_keeps_its_dict() -> None:
    import json
    import time

    from talkover_mock.delivery import signature

    now = int(time.time())
    for body in ({"event": "event_from_the_future", "x": 1}, {"event": "campaign.started"}):
        raw = json.dumps(body).encode()
        event = talkover.verify_webhook(raw, signature(SECRET, now, raw), SECRET)
        assert event == body
        assert event.payload is None  # nothing typed to offer; the dict is all there
    raw = b"[1, 2]"
    with pytest.raises(talkover.WebhookSignatureError, match="not a JSON object"):
        talkover.verify_webhook(raw, signature(SECRET, now, raw), SECRET)


def test_pausing_holds_calls_and_cancelling_drops_them(
    api: httpx.Client, plane: httpx.Client
) -> None:
    campaign_id = new_campaign(api)["id"]
    set_status(api, campaign_id, "active")
    api.post(f"/campaigns/{campaign_id}/call", json={"to": "+15551234567"})
    set_status(api, campaign_id, "paused")
    advance(plane, 86400)
    held = api.get(f"/campaigns/{campaign_id}").json()["data"]["calls"]
    assert [c["status"] for c in held] == ["scheduled"]
    set_status(api, campaign_id, "cancelled")
    dropped = api.get(f"/campaigns/{campaign_id}").json()["data"]["calls"]
    assert [c["status"] for c in dropped] == ["cancelled"]


def test_a_schedule_change_with_waiting_calls_needs_a_pause(api: httpx.Client) -> None:
    campaign_id = new_campaign(api)["id"]
    set_status(api, campaign_id, "active")
    api.post(f"/campaigns/{campaign_id}/call", json={"to": "+15551234567"})
    change = {"timezone": "America/Sao_Paulo"}
    refused = api.put(f"/campaigns/{campaign_id}", json=change)
    assert (refused.status_code, refused.json()["code"]) == (409, "CAMPAIGN_HAS_ACTIVE_CALLS")
    assert api.put(f"/campaigns/{campaign_id}", json={"name": "Renamed"}).status_code == 200
    set_status(api, campaign_id, "paused")
    assert api.put(f"/campaigns/{campaign_id}", json=change).json()["data"]["timezone"] == (
        "America/Sao_Paulo"
    )


def test_deleting_a_campaign(api: httpx.Client, plane: httpx.Client) -> None:
    active = api.delete(CAMPAIGN)
    assert (active.status_code, active.json()["message"]) == (403, "Cannot delete active campaign")
    api.post(f"{CAMPAIGN}/call", json={"to": "+15551234567"})  # the demo windows are open
    advance(plane, 1)
    set_status(api, DEMO_CAMPAIGN_ID, "paused")
    in_progress = api.delete(CAMPAIGN)
    assert in_progress.status_code == 409  # its call goes on while paused
    advance(plane, 60)
    assert api.delete(CAMPAIGN).status_code == 200
    assert api.get(CAMPAIGN).status_code == 404
    assert api.get("/calls").json()["data"] == []  # its calls went with it


# -- campaign webhooks and SFTP ----------------------------------------------------------------


def test_campaign_webhooks_share_the_agent_implementation(
    api: httpx.Client, receiver: WebhookReceiver, app: Any
) -> None:
    listed = api.get(f"{CAMPAIGN}/webhooks").json()["data"]
    assert len(listed["available_events"]) == 13
    bad = api.post(f"{CAMPAIGN}/webhooks", json={"name": "X", "webhook_url": receiver.url,
                                                 "events": ["event_phone_call_ended"]})  # fmt: skip
    assert bad.status_code == 422  # an agent event is not a campaign event
    made = api.post(
        f"{CAMPAIGN}/webhooks",
        json={"name": "X", "webhook_url": receiver.url, "events": ["campaign.paused"],
              "webhook_secret": SECRET},
    ).json()  # fmt: skip
    hook_id = made["data"]["id"]
    assert "message" not in made
    assert made["data"]["include_call_events"] is False
    sent = api.post(f"{CAMPAIGN}/webhooks/{hook_id}/test").json()
    assert sent == {"success": True, "message": "Test payload dispatched"}
    assert app.state.deliverer.wait_idle(timeout=20)
    (delivery,) = receiver.deliveries
    event = talkover.verify_webhook(delivery.body, delivery.header("Talkover-Signature"), SECRET)
    assert (event["event"], event["test"]) == ("campaign.paused", True)
    logs = api.get(f"{CAMPAIGN}/webhooks/{hook_id}/logs").json()
    assert logs["pagination"] == {"current_page": 1, "per_page": 25, "total": 1}
    toggled = api.patch(f"{CAMPAIGN}/webhooks/{hook_id}/toggle").json()
    assert (toggled["message"], toggled["data"]["enabled"]) == ("Webhook disabled", False)
    assert api.delete(f"{CAMPAIGN}/webhooks/{hook_id}").json()["message"] == (
        "Campaign webhook deleted"
    )


def test_sftp_is_created_disabled_and_enabled_only_after_a_passing_test(
    api: httpx.Client, plane: httpx.Client
) -> None:
    campaign_id = new_campaign(api)["id"]
    sftp = f"/campaigns/{campaign_id}/sftp"
    missing = api.get(sftp)
    assert (missing.status_code, missing.json()["code"]) == (404, "SFTP_NOT_CONFIGURED")
    no_secret = api.post(sftp, json={"host": "h.example.com", "username": "u",
                                     "auth_type": "password"})  # fmt: skip
    assert no_secret.status_code == 422
    made = api.post(sftp, json={"host": "h.example.com", "username": "u", "auth_type": "password",
                                "password": "pw", "is_enabled": True})  # fmt: skip
    assert made.status_code == 201
    assert made.json()["data"]["is_enabled"] is False
    assert "password" not in made.json()["data"]
    assert api.post(sftp, json={"host": "h.example.com", "username": "u",
                                "auth_type": "password", "password": "pw"}).status_code == 409  # fmt: skip
    refused = api.put(sftp, json={"is_enabled": True})
    assert (refused.status_code, refused.json()["code"]) == (422, "SFTP_TEST_REQUIRED")
    assert api.post(f"{sftp}/test-connection").json()["success"] is True
    assert api.put(sftp, json={"is_enabled": True}).json()["data"]["is_enabled"] is True
    moved = api.put(sftp, json={"host": "gone.invalid"}).json()["data"]
    assert (moved["is_enabled"], moved["last_test_success"]) == (False, None)
    failed = api.post(f"{sftp}/test-connection")
    assert (failed.status_code, failed.json()["data"]["error"]) == (422, "Could not resolve host")


def test_sftp_jobs_run_one_at_a_time_and_finish_on_the_clock(
    api: httpx.Client, plane: httpx.Client
) -> None:
    sftp = f"{CAMPAIGN}/sftp"
    job = api.post(f"{sftp}/trigger-import").json()["data"]["job_id"]
    busy = api.post(f"{sftp}/trigger-import")
    assert (busy.status_code, busy.json()["code"]) == (409, "SFTP_IMPORT_IN_PROGRESS")
    assert api.get(f"{sftp}/logs").json()["data"][0]["status"] == "running"
    advance(plane, 6)
    (entry,) = api.get(f"{sftp}/logs").json()["data"]
    assert (entry["id"], entry["status"], entry["files_processed"]) == (job, "succeeded", 1)
    (file,) = api.get(CAMPAIGN).json()["data"]["files"]
    unknown = api.post(f"{sftp}/trigger-export", json={"file_data_ids": ["nope"]})
    assert unknown.status_code == 422
    export = api.post(f"{sftp}/trigger-export", json={"file_data_ids": [file["id"]]}).json()
    assert export["data"]["files_count"] == 1
    advance(plane, 6)
    assert [e["status"] for e in api.get(f"{sftp}/logs").json()["data"]] == [
        "succeeded", "succeeded",
    ]  # fmt: skip


def test_the_control_plane_refuses_bad_input(plane: httpx.Client, api: httpx.Client) -> None:
    for body in ({}, {"seconds": -1}, {"seconds": "5"}, {"seconds": True}, {"seconds": 1e12}):
        assert plane.post("/clock/advance", json=body).status_code == 422, body
    assert plane.post("/calls/nope/advance", json={}).status_code == 404
    placed = place(api)
    assert plane.post(f"/calls/{placed['id']}/advance", json={"to": "exploded"}).status_code == 422
    done = plane.post(f"/calls/{placed['id']}/advance", json={"to": "busy"}).json()["data"]
    assert (done["status"], done["ended_reason"]) == ("busy", "busy")
    assert plane.post(f"/calls/{placed['id']}/advance", json={}).status_code == 409
    assert plane.put("/environments/env_demo/credits", json={"balance": -1}).status_code == 422
    assert plane.put("/environments/nope/credits", json={"balance": 1}).status_code == 404

"""Agent webhooks in the mock: the CRUD rules of the pages, and deliveries that really reach a
receiver, signed, retried, logged, off the request path and never lost (D35 to D37)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import talkover
from talkover.testing import WebhookReceiver
from talkover_mock import MockConfig, create_app
from talkover_mock.config import Targets
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, DRAFT_AGENT_ID, OTHER_AGENT_ID
from talkover_mock.inprocess import sync_transport

HOOKS = f"/agents/{DEMO_AGENT_ID}/webhooks"
SECRET = "whsec_test_secret"


def client_of(app: Any) -> httpx.Client:
    return httpx.Client(
        transport=sync_transport(app),
        base_url="http://mock/api/v1",
        headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
    )


@pytest.fixture
def fast_app() -> Any:
    """Retries after 10 ms instead of 1 s, so retry chains finish within a test."""
    app = create_app(MockConfig(seed=11, webhook_backoff=0.01))
    yield app
    app.state.deliverer.close(grace=1.0)


@pytest.fixture
def api(fast_app: Any) -> Iterator[httpx.Client]:
    with client_of(fast_app) as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as started:
        yield started


def create(api: httpx.Client, url: str, **fields: Any) -> dict[str, Any]:
    body = {"name": "Orders", "webhook_url": url, "events": ["event_phone_call_ended"], **fields}
    response = api.post(HOOKS, json=body)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()["data"]
    return created


def logs(api: httpx.Client, hook_id: str, **params: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = api.get(f"{HOOKS}/{hook_id}/logs", params=params).json()["data"]
    return found


def settled(app: Any) -> None:
    """Wait (bounded) until no delivery is in flight."""
    assert app.state.deliverer.wait_idle(timeout=20)


# -- the rules of the pages ---------------------------------------------------------------


def test_create_applies_the_defaults_and_derives_status_and_count(api: httpx.Client) -> None:
    body = {
        "name": "My Webhook",
        "webhook_url": "https://example.com/webhook",
        "webhook_secret": SECRET,
        "events": ["event_phone_call_started", "event_phone_call_ended", "event_phone_call_ended"],
    }
    response = api.post(HOOKS, json=body)
    assert response.status_code == 200
    assert response.json()["message"] == "Webhook created successfully"
    hook = response.json()["data"]
    assert {k: hook[k] for k in ("timeout", "max_retries", "enabled", "status")} == {
        "timeout": 30, "max_retries": 3, "enabled": True, "status": "active",
    }  # fmt: skip
    assert hook["events"] == ["event_phone_call_started", "event_phone_call_ended"]
    assert hook["events_count"] == 2
    assert "webhook_secret" not in hook
    assert SECRET not in response.text
    assert hook["agent_id"] == DEMO_AGENT_ID


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"events": []}, {"events": ["The events field must contain at least 1 items."]}),
        ({"events": ["event_nope"]}, {"events": ["The selected events is invalid."]}),
        ({"timeout": 4}, {"timeout": ["The timeout must be between 5 and 120."]}),
        ({"max_retries": 11}, {"max_retries": ["The max retries must be between 0 and 10."]}),
        ({"webhook_url": "ftp://x"}, {"webhook_url": ["The webhook url must be a valid URL."]}),
    ],
)
def test_create_refuses_what_the_pages_refuse(
    api: httpx.Client, fields: dict[str, Any], errors: dict[str, Any]
) -> None:
    body = {"name": "W", "webhook_url": "https://example.com/w", "events": ["event_action"]}
    response = api.post(HOOKS, json={**body, **fields})
    assert response.status_code == 422
    assert response.json()["errors"] == errors
    assert api.get(HOOKS).json()["data"]["webhooks"] == []


def test_list_has_the_catalogue_of_22_events(api: httpx.Client) -> None:
    events = api.get(HOOKS).json()["data"]["available_events"]
    assert len(events) == 22
    assert events["event_phone_call_started"] == "Phone call has started"


def test_update_changes_only_what_is_sent_and_leaves_the_agent_published(
    api: httpx.Client,
) -> None:
    hook = create(api, "https://example.com/w", timeout=45)
    response = api.put(f"{HOOKS}/{hook['id']}", json={"name": "Renamed", "enabled": False})
    assert response.json()["message"] == "Webhook updated successfully"
    updated = response.json()["data"]
    assert (updated["name"], updated["timeout"], updated["status"]) == ("Renamed", 45, "disabled")
    assert api.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["current_status"] == "published"


def test_toggle_flips_enabled_and_status_follows(api: httpx.Client) -> None:
    hook = create(api, "https://example.com/w")
    off = api.patch(f"{HOOKS}/{hook['id']}/toggle").json()
    assert (off["message"], off["data"]["enabled"], off["data"]["status"]) == (
        "Webhook disabled", False, "disabled",
    )  # fmt: skip
    on = api.patch(f"{HOOKS}/{hook['id']}/toggle").json()
    assert (on["message"], on["data"]["enabled"], on["data"]["status"]) == (
        "Webhook enabled", True, "active",
    )  # fmt: skip


def test_delete_is_permanent_and_another_agents_webhook_is_not_found(api: httpx.Client) -> None:
    hook = create(api, "https://example.com/w")
    other = f"/agents/{DRAFT_AGENT_ID}/webhooks/{hook['id']}"
    assert api.get(other).json() == {"success": False, "message": "Webhook not found."}
    assert api.delete(f"{HOOKS}/{hook['id']}").json()["message"] == "Webhook deleted successfully"
    for response in (api.get(f"{HOOKS}/{hook['id']}"), api.delete(f"{HOOKS}/{hook['id']}")):
        assert response.status_code == 404
        assert response.json()["message"] == "Webhook not found."


def test_another_environment_cannot_see_or_change_the_webhooks(api: httpx.Client) -> None:
    response = api.get(f"/agents/{OTHER_AGENT_ID}/webhooks")
    assert response.status_code == 403
    missing = api.get("/agents/no-such-agent/webhooks")
    assert missing.json()["message"] == "Agent not found in this environment."


# -- deliveries ---------------------------------------------------------------------------


def test_a_signed_test_delivery_reaches_the_receiver_and_verifies(
    api: httpx.Client, receiver: WebhookReceiver
) -> None:
    """The issue's acceptance test: one signed delivery, accepted by verify_webhook, a tampered
    copy refused, and the log lists it."""
    hook = create(api, receiver.url, webhook_secret=SECRET)
    response = api.post(f"{HOOKS}/{hook['id']}/test")
    assert response.status_code == 200, response.text
    assert response.json()["message"] == "Test webhook sent successfully"
    assert response.json()["data"]["status_code"] == 200
    (delivery,) = receiver.wait_for(1)
    header = delivery.header("Talkover-Signature")
    payload = talkover.verify_webhook(delivery.body, header, SECRET)
    assert payload == {
        "event": "webhook.test", "agent_id": DEMO_AGENT_ID, "agent_name": "SupportBot",
        "webhook_id": hook["id"], "webhook_name": "Orders", "timestamp": payload["timestamp"],
        "test": True,
    }  # fmt: skip
    tampered = delivery.body.replace(b"SupportBot", b"EvilBot")
    with pytest.raises(talkover.WebhookSignatureError):
        talkover.verify_webhook(tampered, header, SECRET)
    with pytest.raises(talkover.WebhookSignatureError):
        talkover.verify_webhook(delivery.body, header, "another secret")
    (entry,) = logs(api, hook["id"])
    assert (entry["event"], entry["status"], entry["attempt"]) == ("webhook.test", "success", 1)
    assert entry["id"] == delivery.header("Talkover-Delivery")
    assert entry["request_payload"] == payload
    assert entry["http_status"] == 200
    assert entry["response_body"] == '{"ok":true}'


def test_a_delivery_uses_the_method_and_custom_headers_and_no_secret_means_no_signature(
    api: httpx.Client, receiver: WebhookReceiver
) -> None:
    hook = create(
        api, receiver.url, http_method="PUT",
        custom_headers=[{"key": "X-Api-Key", "value": "k-123"}],
    )  # fmt: skip
    api.post(f"{HOOKS}/{hook['id']}/test")
    (delivery,) = receiver.wait_for(1)
    assert delivery.method == "PUT"
    assert delivery.header("X-Api-Key") == "k-123"
    assert delivery.header("Talkover-Event") == "webhook.test"
    assert delivery.header("Content-Type") == "application/json"
    assert delivery.header("Talkover-Signature") is None


def test_a_failing_receiver_is_retried_up_to_max_retries_then_the_webhook_is_in_error(
    fast_app: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    receiver.status = 500
    hook = create(api, receiver.url, max_retries=2)
    response = api.post(f"{HOOKS}/{hook['id']}/test")
    assert response.status_code == 422
    assert response.json() == {
        "success": False,
        "message": "Webhook test failed: HTTP 500 Internal Server Error",
    }
    receiver.wait_for(3)
    settled(fast_app)
    entries = logs(api, hook["id"])
    assert [(e["attempt"], e["status"]) for e in entries] == [
        (3, "failed"), (2, "failed"), (1, "failed"),
    ]  # fmt: skip
    assert len(receiver.deliveries) == 3
    assert api.get(f"{HOOKS}/{hook['id']}").json()["data"]["status"] == "error"

    receiver.status = 200
    retried = api.post(f"{HOOKS}/{hook['id']}/logs/{entries[0]['id']}/retry").json()
    assert retried["message"] == "Webhook retry queued successfully"
    assert retried["data"]["original_log_id"] == entries[0]["id"]
    receiver.wait_for(4)
    settled(fast_app)
    newest = logs(api, hook["id"])[0]
    assert (newest["id"], newest["attempt"], newest["status"]) == (
        retried["data"]["log_id"], 4, "success",
    )  # fmt: skip
    assert newest["original_log_id"] == entries[0]["id"]
    assert api.get(f"{HOOKS}/{hook['id']}").json()["data"]["status"] == "active"
    refused = api.post(f"{HOOKS}/{hook['id']}/logs/{newest['id']}/retry")
    assert refused.status_code == 422
    assert refused.json() == {
        "success": False, "message": "Log cannot be retried", "code": "LOG_NOT_RETRIABLE",
    }  # fmt: skip


def test_a_disabled_webhooks_logs_cannot_be_retried(
    fast_app: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    receiver.status = 503
    hook = create(api, receiver.url, max_retries=0)
    api.post(f"{HOOKS}/{hook['id']}/test")
    settled(fast_app)
    (entry,) = logs(api, hook["id"])
    api.patch(f"{HOOKS}/{hook['id']}/toggle")
    response = api.post(f"{HOOKS}/{hook['id']}/logs/{entry['id']}/retry")
    assert response.json()["code"] == "LOG_NOT_RETRIABLE"


def test_a_receiver_slower_than_the_timeout_is_a_connection_timeout(
    api: httpx.Client, receiver: WebhookReceiver
) -> None:
    receiver.delay = 6
    hook = create(api, receiver.url, timeout=5, max_retries=0)
    response = api.post(f"{HOOKS}/{hook['id']}/test")
    assert response.json()["message"] == "Webhook test failed: Connection timeout"
    assert logs(api, hook["id"])[0]["error"] == "Connection timeout"


def test_by_default_nothing_is_delivered_off_this_machine(api: httpx.Client) -> None:
    hook = create(api, "https://example.com/webhook", max_retries=0)
    response = api.post(f"{HOOKS}/{hook['id']}/test")
    assert response.status_code == 422
    assert "outside this machine is disabled" in response.json()["message"]


def test_public_targets_refuse_loopback_as_the_live_service_does(
    receiver: WebhookReceiver,
) -> None:
    app = create_app(MockConfig(seed=1, webhook_targets=Targets.PUBLIC))
    with client_of(app) as api:
        hook = create(api, receiver.url, max_retries=0)
        response = api.post(f"{HOOKS}/{hook['id']}/test")
    app.state.deliverer.close(grace=1.0)
    assert response.json()["message"] == (
        "Webhook test failed: Delivery to a private address is refused (127.0.0.1)"
    )
    assert receiver.deliveries == []


def test_events_reach_only_enabled_subscribed_webhooks_and_templates_apply(
    fast_app: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    subscribed = create(
        api, receiver.url,
        payload_templates={"event_phone_call_ended": {"call": "{{data.call_id}}", "kind": "end"}},
    )  # fmt: skip
    create(api, receiver.url, events=["event_phone_call_started"])
    disabled = create(api, receiver.url)
    api.patch(f"{HOOKS}/{disabled['id']}/toggle")
    event = {
        "agent_id": DEMO_AGENT_ID,
        "event": "event_phone_call_ended",
        "data": {"call_id": "c1"},
    }
    emitted = api.post("http://mock/__mock__/events", json=event)
    assert emitted.status_code == 200, emitted.text
    (delivery,) = receiver.wait_for(1)
    settled(fast_app)
    assert len(receiver.deliveries) == 1
    assert delivery.json() == {"call": "c1", "kind": "end"}
    assert logs(api, subscribed["id"])[0]["event"] == "event_phone_call_ended"


def test_a_delivery_never_holds_the_request_or_the_api(
    fast_app: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    """While the receiver has not answered, the request that caused the delivery has returned
    and other requests (reads and writes) are served."""
    receiver.gate = threading.Event()
    create(api, receiver.url)
    event = {"agent_id": DEMO_AGENT_ID, "event": "event_phone_call_ended"}
    try:
        assert api.post("http://mock/__mock__/events", json=event).status_code == 200
        receiver.wait_for(1)  # the delivery is at the receiver, unanswered
        assert api.get(f"/agents/{DEMO_AGENT_ID}").status_code == 200
        assert api.post(HOOKS, json={
            "name": "Another", "webhook_url": receiver.url, "events": ["event_action"],
        }).status_code == 200  # fmt: skip
        assert fast_app.state.deliverer.in_flight() == 1
    finally:
        receiver.gate.set()
    settled(fast_app)


def test_deliveries_in_flight_at_shutdown_are_sent_by_the_next_start(
    tmp_path: Path, receiver: WebhookReceiver
) -> None:
    database = str(tmp_path / "mock.sqlite3")
    first = create_app(MockConfig(database=database, seed=2))
    receiver.gate = threading.Event()
    with client_of(first) as api:
        hook = create(api, receiver.url)
        event = {"agent_id": DEMO_AGENT_ID, "event": "event_phone_call_ended"}
        log_id = api.post("http://mock/__mock__/events", json=event).json()["data"]["log_ids"][0]
        receiver.wait_for(1)
        first.state.deliverer.close(grace=0.2)  # the receiver still holds the delivery
        assert logs(api, hook["id"])[0]["status"] == "pending"
    first.state.store.close()
    receiver.gate.set()

    second = create_app(MockConfig(database=database, seed=2))
    try:
        deliveries = receiver.wait_for(2)
        settled(second)
        assert {d.header("Talkover-Delivery") for d in deliveries} == {log_id}
        with client_of(second) as api:
            (entry,) = logs(api, hook["id"])
        assert (entry["id"], entry["status"]) == (log_id, "success")
    finally:
        second.state.deliverer.close(grace=1.0)
        second.state.store.close()


def test_logs_are_newest_first_and_paginated(
    fast_app: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    hook = create(api, receiver.url)
    for _ in range(3):
        api.post(f"{HOOKS}/{hook['id']}/test")
    page = api.get(f"{HOOKS}/{hook['id']}/logs", params={"per_page": 2}).json()
    assert page["pagination"] == {"current_page": 1, "per_page": 2, "total": 3, "last_page": 2}
    created = [e["created_at"] for e in logs(api, hook["id"])]
    assert created == sorted(created, reverse=True)
    refused = api.get(f"{HOOKS}/{hook['id']}/logs", params={"per_page": 101})
    assert refused.status_code == 422


# -- verify_webhook -----------------------------------------------------------------------


def signed(body: bytes, secret: str, at: int) -> str:
    import hashlib
    import hmac

    digest = hmac.new(secret.encode(), f"{at}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={at},v1={digest}"


def test_verify_webhook_checks_age_shape_and_secret() -> None:
    body = b'{"event":"webhook.test"}'
    header = signed(body, SECRET, 1_000_000)
    assert talkover.verify_webhook(body, header, SECRET, now=1_000_100) == {"event": "webhook.test"}
    assert talkover.verify_webhook(body.decode(), header, SECRET, now=1_000_000)["event"]
    with pytest.raises(talkover.WebhookSignatureError, match="old"):
        talkover.verify_webhook(body, header, SECRET, now=1_000_301)
    assert talkover.verify_webhook(body, header, SECRET, tolerance=None, now=9e9)
    for broken in ("", "v1=abc", "t=1", "t=x,v1=abc", "garbage"):
        with pytest.raises(talkover.WebhookSignatureError):
            talkover.verify_webhook(body, broken, SECRET, now=1_000_000)
    with pytest.raises(ValueError, match="secret"):
        talkover.verify_webhook(body, header, "")


def test_a_fixture_seeds_webhooks_flows_and_callback_roles_and_the_state_shows_them(
    api: httpx.Client,
) -> None:
    fixture = {
        "environments": [{
            "name": "Seeded", "tokens": ["talq_seeded_token_0003"],
            "agents": [{
                "id": "seeded-agent", "name": "Seeded", "direction": "inbound",
                "webhooks": [{
                    "id": "seeded-hook", "name": "Mine", "webhook_url": "http://127.0.0.1:9/x",
                    "events": ["event_action"], "webhook_secret": "whsec_seeded_secret",
                }],
                "flow": {"conversation_mode": "llm_driven"},
                "callback": {"source_agent_ids": ["somebody"]},
            }],
        }],
    }  # fmt: skip
    seeded = api.post("http://mock/__mock__/seed", json=fixture)
    assert seeded.status_code == 200, seeded.text
    headers = {"Authorization": "Bearer talq_seeded_token_0003"}
    hook = api.get("/agents/seeded-agent/webhooks/seeded-hook", headers=headers).json()["data"]
    assert (hook["name"], hook["timeout"], hook["status"]) == ("Mine", 30, "active")
    versions = api.get("/agents/seeded-agent/flow/versions", headers=headers).json()["data"]
    assert len(versions["versions"]) == 1
    state = api.get("http://mock/__mock__/state").json()
    (env,) = [e for e in state["environments"] if e["name"] == "Seeded"]
    (agent,) = env["agents"]
    assert agent["webhooks"][0]["webhook_secret"] == "[redacted]"  # never the secret (D53)
    assert agent["flow"] == {"conversation_mode": "llm_driven", "flow_config": None}
    assert agent["callback"] == {"source_agent_ids": ["somebody"]}
    bad = {"environments": [{"name": "Bad", "agents": [{"name": "B", "webhooks": [{}]}]}]}
    refused = api.post("http://mock/__mock__/seed", json=bad)
    assert refused.status_code == 422

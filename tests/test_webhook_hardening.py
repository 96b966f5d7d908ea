"""Webhook delivery under attack (issue 24): templates that feed on themselves, every spelling
of loopback under ``--webhook-targets public``, settings that cannot be sent, and receivers
that misbehave in every way. Whatever one webhook does, the API keeps answering, other
webhooks keep being delivered, and no entry is left ``pending``."""

from __future__ import annotations

import asyncio
import ipaddress
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talkover.testing import WebhookReceiver
from talkover_mock import MockConfig, create_app
from talkover_mock import payload_templates as templates
from talkover_mock.config import Targets
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.inprocess import sync_transport
from talkover_mock.webhook_targets import TargetRefused, destination, numeric_address

from . import hostile

HOOKS = f"/agents/{DEMO_AGENT_ID}/webhooks"


def client_of(app: Any) -> httpx.Client:
    return httpx.Client(
        transport=sync_transport(app),
        base_url="http://mock/api/v1",
        headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
    )


@pytest.fixture
def mock() -> Iterator[Any]:
    app = create_app(MockConfig(seed=24, webhook_backoff=0.01))
    yield app
    app.state.deliverer.close(grace=1.0)


@pytest.fixture
def api(mock: Any) -> Iterator[httpx.Client]:
    with client_of(mock) as client:
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


def entries(api: httpx.Client, hook_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = api.get(f"{HOOKS}/{hook_id}/logs").json()["data"]
    return found


def emit(api: httpx.Client, data: dict[str, Any] | None = None) -> None:
    event = {"agent_id": DEMO_AGENT_ID, "event": "event_phone_call_ended", "data": data or {}}
    assert api.post("http://mock/__mock__/events", json=event).status_code == 200


# -- payload templates: one pass, bounded ---------------------------------------------------

PAYLOAD = {"event": "e", "data": {"name": "{{data.name}}", "n": 3, "ok": True, "x": None}}


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{{data.name}}", "{{data.name}}"),  # a value that is a placeholder is not read again
        ("{{data.name}}{{data.name}}", "{{data.name}}{{data.name}}"),
        ("a {{ data.n }} b", "a 3 b"),
        ("{{data.ok}}/{{data.x}}/{{data.missing}}", "true//"),
        ("{{data}}", '{"name":"{{data.name}}","n":3,"ok":true,"x":null}'),
        ("{{", "{{"),
        ("}}{{", "}}{{"),
        ("{{{{data.n}}}}", "}}"),  # the path is "{{data.n" (unknown), then a literal "}}"
        ("{{event", "{{event"),
        ("{{" * 10_000 + "x", "{{" * 10_000 + "x"),
        ("{{a." + "b." * 100 + "}}", ""),
    ],
)
def test_a_template_is_expanded_in_one_pass(template: str, expected: str) -> None:
    assert templates.expand({"k": template}, PAYLOAD) == {"k": expected}


def test_thousands_of_placeholders_expand_in_one_linear_pass() -> None:
    template = {"k": "{{data.n}}" * 50_000, "list": ["{{event}}"] * 10_000}
    out = templates.expand(template, PAYLOAD)
    assert out["k"] == "3" * 50_000
    assert out["list"] == ["e"] * 10_000


def test_expansion_past_its_bounds_is_refused_with_a_reason() -> None:
    big = {"data": {"v": "x" * 100_000}}
    with pytest.raises(templates.TemplateError, match="expands beyond"):
        templates.expand({"k": "{{data.v}}" * 20}, big)
    deep: Any = "leaf"
    for _ in range(templates.MAX_DEPTH + 2):
        deep = {"d": deep}
    with pytest.raises(templates.TemplateError, match="nests deeper"):
        templates.expand(deep, PAYLOAD)


json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(alphabet="{}.ab x", max_size=40)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text("ab", max_size=3), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(template=json_value, payload=st.dictionaries(st.text("ab.", max_size=3), json_value))
def test_expansion_always_terminates_within_its_bounds(template: Any, payload: Any) -> None:
    limit = 2_000
    try:
        out = templates.expand(template, payload, limit=limit)
    except templates.TemplateError:
        return
    assert len(str(out)) <= 4 * limit + 4 * len(str(template))
    # Substituted text is never read again: expanding the output of a template without
    # placeholders changes nothing.
    if "{{" not in str(template):
        assert out == template


# -- through the API: a poisoned template never wedges the deliverer -------------------------


def test_a_self_referencing_name_is_delivered_as_text_and_others_keep_flowing(
    mock: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    poisoned = create(
        api, receiver.url, name="{{webhook_name}}",
        payload_templates={"webhook.test": {"n": "{{webhook_name}}{{webhook_name}}"}},
    )  # fmt: skip
    answer = api.post(f"{HOOKS}/{poisoned['id']}/test")
    assert answer.status_code == 200, answer.text
    (delivery,) = receiver.wait_for(1)
    assert delivery.json() == {"n": "{{webhook_name}}{{webhook_name}}"}


def test_a_template_past_its_bound_fails_its_delivery_and_nothing_else(
    mock: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    blowup = {"event_phone_call_ended": {"k": "{{data.big}}" * 200}}
    bad = create(api, receiver.url, payload_templates=blowup, max_retries=3)
    good = create(api, receiver.url)
    emit(api, {"big": "z" * 10_000})
    assert mock.state.deliverer.wait_idle(timeout=20)
    (failed,) = entries(api, bad["id"])
    assert failed["status"] == "failed"  # final at once: no retry can help
    assert "Delivery could not be prepared" in failed["error"]
    assert "expands beyond" in failed["error"]
    assert [e["status"] for e in entries(api, good["id"])] == ["success"]
    assert len(receiver.deliveries) == 1


# -- settings that cannot be sent are refused where they are written -----------------------


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"webhook_url": "http://127.0.0.1:65536/x"}, "webhook_url", "must be a valid URL"),
        ({"webhook_url": "http://127.0.0.1:0/x"}, "webhook_url", "must be a valid URL"),
        ({"webhook_url": "http://127.0.0.1:99999999/x"}, "webhook_url", "must be a valid URL"),
        ({"custom_headers": [{"key": "X-Name", "value": "Zoë"}]},
         "custom_headers", "must be printable ASCII"),
        ({"custom_headers": [{"key": "Content-Length", "value": "5"}]},
         "custom_headers", "is a header the delivery sets itself"),
        ({"custom_headers": [{"key": "transfer-ENCODING", "value": "chunked"}]},
         "custom_headers", "is a header the delivery sets itself"),
        ({"custom_headers": [{"key": "Host", "value": "evil"}]},
         "custom_headers", "is a header the delivery sets itself"),
        ({"custom_headers": [{"key": "Talkover-Signature", "value": "t=1,v1=00"}]},
         "custom_headers", "is a header the delivery sets itself"),
    ],
)  # fmt: skip
def test_settings_that_cannot_be_sent_are_refused_naming_the_field(
    api: httpx.Client, fields: dict[str, Any], field: str, message: str
) -> None:
    body = {"name": "W", "webhook_url": "http://127.0.0.1:9/w", "events": ["event_action"]}
    response = api.post(HOOKS, json={**body, **fields})
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert list(errors) == [field]
    assert message in errors[field][0]
    assert api.get(HOOKS).json()["data"]["webhooks"] == []
    hook = create(api, "http://127.0.0.1:9/w")
    assert api.put(f"{HOOKS}/{hook['id']}", json=fields).status_code == 422


def test_allowed_headers_still_go_out(
    mock: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    headers = [{"key": "X-Api-Key", "value": "k\t1 ~"}, {"key": "Authorization", "value": "B x"}]
    hook = create(api, receiver.url, custom_headers=headers)
    assert api.post(f"{HOOKS}/{hook['id']}/test").status_code == 200
    (delivery,) = receiver.wait_for(1)
    assert (delivery.header("X-Api-Key"), delivery.header("Authorization")) == ("k\t1 ~", "B x")


@pytest.mark.parametrize(
    "bad",
    [
        {"custom_headers": [{"key": "Content-Length", "value": "5"}]},
        {"custom_headers": [{"key": "X-Name", "value": "Zoë"}]},
        {"custom_headers": [{"key": "X-Line", "value": "a\r\nInjected: 1"}]},
        {"webhook_url": "http://127.0.0.1:70000/x"},
        {"webhook_url": "http://" + "a" * 300 + ".localhost/x"},
    ],
)
def test_settings_stored_before_the_rules_fail_an_attempt_never_the_mock(
    mock: Any, api: httpx.Client, receiver: WebhookReceiver, bad: dict[str, Any]
) -> None:
    """A state file written before these rules may still hold such settings: sending them is a
    failed attempt with its reason, never a 500 or an entry left pending."""
    hook = create(api, receiver.url, max_retries=0)
    store = mock.state.store
    with store.transaction() as tx:
        doc = tx.get("webhook", hook["id"])
        tx.update(doc, {**doc.body, **bad})
    answer = api.post(f"{HOOKS}/{hook['id']}/test")
    assert answer.status_code == 422, answer.text
    assert answer.json()["message"].startswith("Webhook test failed: ")
    assert mock.state.deliverer.wait_idle(timeout=20)
    assert [e["status"] for e in entries(api, hook["id"])] == ["failed"]
    assert api.get(f"/agents/{DEMO_AGENT_ID}").status_code == 200


# -- --webhook-targets: decided on addresses ----------------------------------------------

LOOPBACK_SPELLINGS = [
    "127.0.0.1", "127.1", "127.0.1", "0", "0.0.0.0", "2130706433", "0x7f000001", "0x7f.0.0.1",
    "0x7F.0x0.0x0.0x1", "0177.0.0.1", "017700000001", "0177.1", "127.255.255.254",
    "::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::127.0.0.1", "2002:7f00:1::",
]  # fmt: skip
PRIVATE = ["10.0.0.1", "012.0.0.1", "192.168.1.1", "0xc0a80101", "172.16.0.1", "169.254.169.254",
           "100.64.0.1", "224.0.0.1", "fe80::1", "fc00::1", "::ffff:10.0.0.1"]  # fmt: skip


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_every_spelling_of_loopback_reads_as_loopback(host: str) -> None:
    address = numeric_address(host)
    assert address is not None
    if address.version == 4 and host not in ("0", "0.0.0.0"):
        assert address.is_loopback


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS + PRIVATE)
def test_public_mode_refuses_every_loopback_and_private_spelling(host: str) -> None:
    url = f"http://{host}:8080/hook" if ":" not in host else f"http://[{host}]:8080/hook"

    async def resolve(name: str, port: int) -> list[str]:
        raise AssertionError("a numeric host is never looked up")

    with pytest.raises(TargetRefused, match="private address"):
        asyncio.run(destination(url, Targets.PUBLIC, resolve))


@pytest.mark.parametrize(
    "answers",
    [["127.0.0.1"], ["93.184.216.34", "127.0.0.1"], ["::1"], ["10.1.2.3"], ["::ffff:127.0.0.1"]],
)
def test_public_mode_refuses_a_name_when_any_address_is_not_public(answers: list[str]) -> None:
    async def resolve(name: str, port: int) -> list[str]:
        return answers

    with pytest.raises(TargetRefused, match="private address"):
        asyncio.run(destination("https://hooks.example.com/x", Targets.PUBLIC, resolve))


def test_public_mode_connects_to_the_address_it_checked_never_looking_up_again() -> None:
    """A rebinding DNS answers a public address to the check and loopback afterwards: the
    connection goes to the checked address, carrying the name as Host and TLS server name."""
    lookups: list[str] = []

    async def rebinding(name: str, port: int) -> list[str]:
        lookups.append(name)
        return ["93.184.216.34"] if len(lookups) == 1 else ["127.0.0.1"]

    target = asyncio.run(
        destination("https://u:p@Hooks.Example.com:8443/x?y=1", Targets.PUBLIC, rebinding)
    )
    assert lookups == ["hooks.example.com"]
    assert target.url.host == "93.184.216.34"
    assert (target.url.port, target.url.path, target.url.query) == (8443, "/x", b"y=1")
    assert target.headers == {"Host": "hooks.example.com:8443"}
    assert target.extensions == {"sni_hostname": "hooks.example.com"}
    assert ipaddress.ip_address(target.url.host).is_global


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1", "2130706433", "0x7f.0.0.1", "localhost"])
def test_loopback_mode_still_delivers_to_this_machine_in_any_spelling(
    host: str, receiver: WebhookReceiver
) -> None:
    app = create_app(MockConfig(seed=1))
    port = receiver.url.split(":")[2].split("/")[0]
    try:
        with client_of(app) as api:
            hook = create(api, f"http://{host}:{port}/webhook")
            answer = api.post(f"{HOOKS}/{hook['id']}/test")
        assert answer.status_code == 200, answer.text
        assert len(receiver.wait_for(1)) == 1
    finally:
        app.state.deliverer.close(grace=1.0)


@pytest.mark.parametrize("host", ["127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1", "0"])
def test_public_mode_sends_nothing_to_loopback_through_the_api(
    host: str, receiver: WebhookReceiver
) -> None:
    app = create_app(MockConfig(seed=1, webhook_targets=Targets.PUBLIC))
    port = receiver.url.split(":")[2].split("/")[0]
    try:
        with client_of(app) as api:
            hook = create(api, f"http://{host}:{port}/webhook", max_retries=0)
            answer = api.post(f"{HOOKS}/{hook['id']}/test")
            (entry,) = entries(api, hook["id"])
        assert answer.status_code == 422
        assert "private address" in answer.json()["message"]
        assert entry["status"] == "failed"
        assert "response_body" not in entry
    finally:
        app.state.deliverer.close(grace=1.0)
    time.sleep(0.2)
    assert receiver.deliveries == []


# -- hostile receivers ----------------------------------------------------------------------


HOSTILE = {
    "/slow": hostile.slow(8),
    "/drip": hostile.drip(1.0),
    "/huge": hostile.huge(50),
    "/status": hostile.answer(418, b"<html>teapot</html>"),
    "/silent": hostile.never_answers(),
    "/close": hostile.closes_early(),
}


def test_hostile_receivers_cost_one_failed_attempt_each_and_nothing_else(
    mock: Any, api: httpx.Client, receiver: WebhookReceiver
) -> None:
    """Each hostile receiver gets its attempt, bounded by the webhook's timeout as a whole
    (a dripping body does not extend it); meanwhile the API answers and a good receiver gets
    its delivery."""
    with hostile.hostile_peer(HOSTILE) as peer:
        hooks = {
            path: create(api, peer.url(path), timeout=5, max_retries=0)["id"] for path in HOSTILE
        }
        good = create(api, receiver.url)["id"]
        emit(api)
        (delivered,) = receiver.wait_for(1, timeout=5)
        assert delivered.json()["event"] == "event_phone_call_ended"
        for _ in range(5):
            assert api.get(f"/agents/{DEMO_AGENT_ID}").status_code == 200
        assert mock.state.deliverer.wait_idle(timeout=25)
    outcomes = {path: entries(api, hook)[0] for path, hook in hooks.items()}
    assert {path: e["status"] for path, e in outcomes.items()} == dict.fromkeys(
        HOSTILE, "failed"
    ) | {
        "/huge": "success"  # a 200, of which 64 KiB were read
    }
    for path in ("/slow", "/drip", "/silent"):
        assert outcomes[path]["error"] == "Connection timeout", path
        assert outcomes[path]["duration_ms"] < 15_000, path  # the whole attempt, not per read
    assert outcomes["/status"]["http_status"] == 418
    assert len(outcomes["/huge"]["response_body"]) <= 1000
    assert [e["status"] for e in entries(api, good)] == ["success"]


def test_shutdown_is_bounded_while_a_receiver_drips(mock: Any, api: httpx.Client) -> None:
    with hostile.hostile_peer({"/drip": hostile.drip(0.5)}) as peer:
        hook = create(api, peer.url("/drip"), timeout=120)
        emit(api)
        deadline = time.monotonic() + 5
        while not peer.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        closer = threading.Thread(target=mock.state.deliverer.close, kwargs={"grace": 0.5})
        closer.start()
        closer.join(timeout=10)
        assert not closer.is_alive(), "shutdown waited on a dripping receiver"
    (entry,) = entries(api, hook["id"])
    assert entry["status"] == "pending"  # sent again by the next start

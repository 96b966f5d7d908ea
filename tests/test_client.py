"""The client runtime: pure decisions by table, then end to end (mock in-process, and a
transport that fails on purpose), sync and async, with an injected sleep."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest
from talkover_api_client.api.agents import get_agent
from talkover_api_client.api.trainings import (
    create_or_update_training,
    delete_training,
    list_trainings,
)
from talkover_api_client.errors import exception_class_for
from talkover_api_client.models import TrainingInput

import talkover
from talkover.retry import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    backoff_delay,
    parse_retry_after,
    retry_delay,
    should_retry,
)
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, DEMO_TRAINING_ID
from talkover_mock.inprocess import async_transport, sync_transport

NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
POLICY = RetryPolicy(max_retries=2)


@pytest.mark.parametrize(
    ("method", "attempt", "status", "connection_error", "policy", "expected"),
    [
        ("GET", 1, 503, False, POLICY, True),
        ("GET", 1, 429, False, POLICY, True),
        ("GET", 1, 408, False, POLICY, True),
        ("GET", 1, None, True, POLICY, True),
        ("DELETE", 1, 502, False, POLICY, True),
        ("GET", 2, 500, False, POLICY, True),
        ("GET", 3, 500, False, POLICY, False),
        ("GET", 1, 404, False, POLICY, False),
        ("GET", 1, 422, False, POLICY, False),
        ("POST", 1, 503, False, POLICY, False),
        ("POST", 1, None, True, POLICY, False),
        ("POST", 1, 503, False, RetryPolicy(retry_posts=True), True),
        ("GET", 1, 503, False, RetryPolicy(max_retries=0), False),
    ],
)  # fmt: skip
def test_should_retry(
    method: str,
    attempt: int,
    status: int | None,
    connection_error: bool,
    policy: RetryPolicy,
    expected: bool,
) -> None:
    assert (
        should_retry(policy, method, attempt, status=status, connection_error=connection_error)
        is expected
    )


@pytest.mark.parametrize(
    ("attempt", "rand", "expected"),
    [(1, 1.0, 0.5), (2, 1.0, 1.0), (3, 0.5, 1.0), (10, 1.0, 8.0), (4, 0.0, 0.0)],
)
def test_backoff_is_exponential_with_full_jitter_and_capped(
    attempt: int, rand: float, expected: float
) -> None:
    assert backoff_delay(POLICY, attempt, lambda: rand) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("1", 1.0), ("120", 120.0), ("Thu, 01 Jan 2026 12:00:30 GMT", 30.0),
     ("Thu, 01 Jan 2026 11:00:00 GMT", 0.0), ("soon", None), (None, None)],
)  # fmt: skip
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, NOW) == expected


def test_retry_after_wins_over_backoff_and_is_capped() -> None:
    assert retry_delay(POLICY, 1, "3", NOW, lambda: 1.0) == 3.0
    assert retry_delay(POLICY, 1, "3600", NOW, lambda: 1.0) == 60.0
    assert retry_delay(POLICY, 1, None, NOW, lambda: 1.0) == 0.5


@pytest.mark.parametrize(
    ("status", "message", "name"),
    [(401, "Unauthenticated.", "AuthenticationError"), (403, "x", "PermissionDeniedError"),
     (404, "Training not found", "TrainingNotFoundError"), (404, "Agent not found", "AgentNotFoundError"),
     (404, "Agent not found in this environment.", "AgentNotFoundError"), (404, "gone", "NotFoundError"),
     (413, "x", "PayloadTooLargeError"), (422, "x", "UnprocessableEntityError"), (429, "x", "RateLimitError"),
     (500, "x", "InternalServerError"), (503, "x", "InternalServerError"), (418, "x", "APIStatusError")],
)  # fmt: skip
def test_exception_class_for(status: int, message: str, name: str) -> None:
    assert exception_class_for(status, message).__name__ == name


def test_no_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TALKOVER_API_TOKEN", raising=False)
    with pytest.raises(talkover.ConfigurationError, match="TALKOVER_API_TOKEN"):
        talkover.make_client()


def test_token_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKOVER_API_TOKEN", "talq_from_env_secret")
    monkeypatch.setenv("TALKOVER_BASE_URL", "http://127.0.0.1:1/api/v1/")
    client = talkover.make_client()
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:1/api/v1/"
    assert "talq_from_env_secret" not in repr(client)
    assert client.get_httpx_client().timeout == talkover.DEFAULT_TIMEOUT


@pytest.fixture
def mock_client() -> Iterator[talkover.make_client.__class__]:
    app = create_app(MockConfig(seed=3))
    client = talkover.make_client(
        DEMO_TOKEN, base_url="http://mock/api/v1",
        transport=sync_transport(app), async_transport=async_transport(app),
    )  # fmt: skip
    yield client
    client.get_httpx_client().close()


def test_typed_results_and_errors_against_the_mock(mock_client) -> None:  # type: ignore[no-untyped-def]
    created = create_or_update_training.sync(
        DEMO_AGENT_ID,
        client=mock_client,
        body=TrainingInput(subject="Plans", instructions="Three."),
    )
    assert created.data.subject == "Plans"
    assert [t.id for t in list_trainings.sync(DEMO_AGENT_ID, client=mock_client).data] == [
        DEMO_TRAINING_ID,
        created.data.id,
    ]
    delete_training.sync(DEMO_AGENT_ID, created.data.id, client=mock_client)
    with pytest.raises(talkover.TrainingNotFoundError) as missing:
        delete_training.sync(DEMO_AGENT_ID, created.data.id, client=mock_client)
    assert (missing.value.status_code, missing.value.message) == (404, "Training not found")
    with pytest.raises(talkover.AgentNotFoundError):
        get_agent.sync("no-such-agent", client=mock_client)
    with pytest.raises(talkover.UnprocessableEntityError) as invalid:
        create_or_update_training.sync(
            DEMO_AGENT_ID,
            client=mock_client,
            body=TrainingInput(subject="s" * 300, instructions="x"),
        )
    assert "subject" in invalid.value.errors


@pytest.mark.anyio
async def test_async_operations_against_the_mock(mock_client) -> None:  # type: ignore[no-untyped-def]
    agent = await get_agent.asyncio(DEMO_AGENT_ID, client=mock_client)
    assert agent.data.id == DEMO_AGENT_ID
    with pytest.raises(talkover.TrainingNotFoundError):
        await delete_training.asyncio(DEMO_AGENT_ID, "missing", client=mock_client)
    await mock_client.get_async_httpx_client().aclose()


def scripted(
    responses: list[Callable[[httpx.Request], httpx.Response]], seen: list[httpx.Request]
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1](request)

    return httpx.MockTransport(handler)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"success": True, "data": []})


def status(code: int, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(
        code, json={"success": False, "message": "busy"}, headers=headers
    )


def timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("stalled", request=request)


def sync_client(
    responses: list[Callable[[httpx.Request], httpx.Response]],
    sleeps: list[float],
    seen: list[httpx.Request],
    **policy: object,
) -> httpx.Client:
    transport = RetryTransport(
        scripted(responses, seen), RetryPolicy(**policy), sleep=sleeps.append, rand=lambda: 1.0
    )  # type: ignore[arg-type]
    return httpx.Client(transport=transport, base_url="http://api")


def test_503_then_200_is_retried_once() -> None:
    sleeps: list[float] = []
    seen: list[httpx.Request] = []
    with sync_client([status(503), ok], sleeps, seen) as client:
        assert client.get("/agents/a/trainings").status_code == 200
    assert (len(seen), sleeps) == (2, [0.5])


def test_429_with_retry_after_waits_that_long() -> None:
    sleeps: list[float] = []
    seen: list[httpx.Request] = []
    with sync_client([status(429, **{"Retry-After": "1"}), ok], sleeps, seen) as client:
        assert client.get("/x").status_code == 200
    assert sleeps == [1.0]


def test_post_is_not_retried_by_default_but_can_be() -> None:
    sleeps: list[float] = []
    seen: list[httpx.Request] = []
    with sync_client([status(503), ok], sleeps, seen) as client:
        assert client.post("/x", json={}).status_code == 503
    assert len(seen) == 1
    seen.clear()
    with sync_client([status(503), ok], sleeps, seen, retry_posts=True) as client:
        assert client.post("/x", json={}).status_code == 200
    assert len(seen) == 2


def test_timeouts_are_retried_then_raised_typed() -> None:
    sleeps: list[float] = []
    seen: list[httpx.Request] = []
    with sync_client([timeout], sleeps, seen) as client, pytest.raises(talkover.APITimeoutError):
        client.get("/x")
    assert len(seen) == 3


def test_retries_can_be_turned_off() -> None:
    seen: list[httpx.Request] = []
    with sync_client([status(503), ok], [], seen, max_retries=0) as client:
        assert client.get("/x").status_code == 503
    assert len(seen) == 1


@pytest.mark.anyio
async def test_async_transport_retries_with_retry_after() -> None:
    sleeps: list[float] = []
    seen: list[httpx.Request] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncRetryTransport(
        scripted([status(429, **{"Retry-After": "1"}), ok], seen), POLICY, sleep=sleep
    )
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        assert (await client.get("/x")).status_code == 200
    assert sleeps == [1.0]


def test_debug_log_has_method_path_status_attempt_and_no_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[httpx.Request] = []
    with (
        caplog.at_level(logging.DEBUG, logger="talkover"),
        sync_client([status(503), ok], [], seen) as client,
    ):
        client.get("/agents/a/trainings", headers={"Authorization": "Bearer talq_secret_token"})
    assert "GET /agents/a/trainings -> 503 (attempt 1" in caplog.text
    assert "-> 200 (attempt 2" in caplog.text
    assert "talq_secret_token" not in caplog.text


def test_the_token_is_in_no_exception_or_repr() -> None:
    secret = "talq_wrong_but_secret_token_9999"
    app = create_app(MockConfig(seed=3))
    client = talkover.make_client(
        secret, base_url="http://mock/api/v1", transport=sync_transport(app)
    )
    with pytest.raises(talkover.AuthenticationError) as denied:
        list_trainings.sync(DEMO_AGENT_ID, client=client)
    error = denied.value
    texts = [str(error), repr(error), repr(error.body), repr(client), str(error.headers)]
    assert all(secret not in text for text in texts)
    assert error.message == "Unauthenticated."
    client.get_httpx_client().close()


def test_per_call_options_override_timeout_and_retries() -> None:
    seen: list[httpx.Request] = []
    timeouts: list[object] = []

    def record(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions.get("timeout"))
        return status(503)(request)

    with sync_client([record], [], seen) as client:
        client.get("/x")
        assert len(seen) == 3  # the client's 2 retries
        seen.clear()
        with talkover.options(timeout=1.5, max_retries=0):
            client.get("/x")
        assert len(seen) == 1
        assert timeouts[-1] == httpx.Timeout(1.5).as_dict()
        seen.clear()
        client.get("/x")
        assert len(seen) == 3  # outside the block the client's settings apply again

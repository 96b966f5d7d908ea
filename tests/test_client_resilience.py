"""The documented workflow under a flaky server (seeded): every call completes or raises the
documented typed error, within the retry budget; a POST is never sent twice unless opted in."""

from __future__ import annotations

import random

import httpx
import pytest
from talkover_api_client import AuthenticatedClient
from talkover_api_client.api.agents import publish_agent
from talkover_api_client.api.trainings import (
    create_or_update_training,
    delete_training,
    list_trainings,
)
from talkover_api_client.models import TrainingInput

import talkover
from talkover.retry import RetryPolicy, RetryTransport
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.inprocess import sync_transport

EXPECTED_ERRORS = (talkover.APIConnectionError, talkover.InternalServerError, talkover.RateLimitError,
                   talkover.TrainingNotFoundError)  # fmt: skip


class Flaky(httpx.BaseTransport):
    """Passes some requests to the mock; drops, stalls or refuses the others (seeded)."""

    def __init__(self, inner: httpx.BaseTransport, seed: int) -> None:
        self.inner, self.rng, self.sent = inner, random.Random(seed), []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.method)
        fate = self.rng.choice(["ok", "ok", "ok", "drop", "stall", "503", "429"])
        if fate == "drop":
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        if fate == "stall":
            raise httpx.ReadTimeout("no answer within the timeout", request=request)
        if fate in ("503", "429"):
            headers = {"Retry-After": "1"} if fate == "429" else {}
            return httpx.Response(
                int(fate), json={"success": False, "message": "try later"}, headers=headers
            )
        return self.inner.handle_request(request)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("retry_posts", [False, True])
def test_workflow_under_a_flaky_server(seed: int, retry_posts: bool) -> None:
    policy = RetryPolicy(max_retries=2, retry_posts=retry_posts)
    flaky = Flaky(sync_transport(create_app(MockConfig(seed=seed))), seed)
    slept: list[float] = []
    client = AuthenticatedClient(base_url="http://mock/api/v1", token=DEMO_TOKEN)
    client.set_httpx_client(
        httpx.Client(
            base_url="http://mock/api/v1",
            headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
            transport=RetryTransport(flaky, policy, sleep=slept.append, rand=lambda: 1.0),
        )
    )
    created_id = None
    steps = [
        ("GET", lambda: list_trainings.sync(DEMO_AGENT_ID, client=client)),
        ("POST", lambda: create_or_update_training.sync(
            DEMO_AGENT_ID, client=client, body=TrainingInput(subject="s", instructions="i"))),
        ("DELETE", lambda: delete_training.sync(DEMO_AGENT_ID, created_id or "none", client=client)),
        ("POST", lambda: publish_agent.sync(DEMO_AGENT_ID, client=client)),
    ]  # fmt: skip
    for method, step in steps:
        before, slept_before = len(flaky.sent), len(slept)
        try:
            result = step()
            if method == "POST" and hasattr(result.data, "subject"):
                created_id = result.data.id
        except EXPECTED_ERRORS:
            pass
        attempts = len(flaky.sent) - before
        assert 1 <= attempts <= 1 + policy.max_retries
        if method == "POST" and not retry_posts:
            assert attempts == 1, "a POST was sent twice without opting in"
        waits = slept[slept_before:]
        assert len(waits) == attempts - 1
        assert sum(waits) <= policy.max_retries * max(policy.backoff_cap, 1.0)
    client.get_httpx_client().close()

"""pytest fixtures for users of the kit: ``pytest_plugins = ["talkover_mock.pytest_plugin"]``.

``talkover_mock_app`` is a fresh in-memory mock with the demo data (deterministic);
``talkover_client`` is a ``talkover.make_client`` wired to it in-process, sync and async;
``talkover_sdk`` and ``async_talkover_sdk`` are ``talkover.Talkover()`` / ``AsyncTalkover()``
on it;
``talkover_control`` is the same mock's control plane (``control_client.MockControl``: the
clock, credits, plan, card, release reviews, faults, reset);
``webhook_receiver`` is a local HTTP server that records the webhook deliveries it gets
(``talkover.testing.WebhookReceiver``): point a webhook at ``webhook_receiver.url``.

The async fixtures (``async_talkover_sdk``) are plain objects: use them from an async test
under the runner you already have, anyio's pytest plugin (``@pytest.mark.anyio``, ships with
anyio, a dependency of httpx) or pytest-asyncio (``@pytest.mark.asyncio``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette

from .app import create_app
from .config import MockConfig
from .demo import DEMO_TOKEN
from .inprocess import async_transport, sync_transport

MOCK_BASE_URL = "http://talkover-mock/api/v1"


@pytest.fixture
def talkover_mock_app() -> Starlette:
    return create_app(MockConfig(seed=0))


@pytest.fixture
def talkover_client(talkover_mock_app: Starlette) -> Iterator[Any]:
    from talkover import make_client

    transport = sync_transport(talkover_mock_app)
    client = make_client(
        DEMO_TOKEN,
        base_url=MOCK_BASE_URL,
        transport=transport,
        async_transport=async_transport(talkover_mock_app),
    )
    yield client
    client.get_httpx_client().close()


@pytest.fixture
def talkover_sdk(talkover_mock_app: Starlette) -> Iterator[Any]:
    from talkover import Talkover

    with Talkover(
        DEMO_TOKEN, base_url=MOCK_BASE_URL, transport=sync_transport(talkover_mock_app)
    ) as sdk:
        yield sdk


@pytest.fixture
def async_talkover_sdk(talkover_mock_app: Starlette) -> Any:
    from talkover import AsyncTalkover

    return AsyncTalkover(
        DEMO_TOKEN, base_url=MOCK_BASE_URL, transport=async_transport(talkover_mock_app)
    )


@pytest.fixture
def talkover_control(talkover_mock_app: Starlette) -> Iterator[Any]:
    from .control_client import MockControl

    with MockControl.in_process(talkover_mock_app) as control:
        yield control


@pytest.fixture
def webhook_receiver() -> Iterator[Any]:
    from talkover.testing import WebhookReceiver

    with WebhookReceiver() as receiver:
        yield receiver

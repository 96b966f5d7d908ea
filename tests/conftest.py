from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.inprocess import sync_transport


@pytest.fixture
def app():  # type: ignore[no-untyped-def]
    return create_app(MockConfig(seed=7))


@pytest.fixture
def http(app) -> Iterator[httpx.Client]:  # type: ignore[no-untyped-def]
    with httpx.Client(
        transport=sync_transport(app),
        base_url="http://mock/api/v1",
        headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
    ) as client:
        yield client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"

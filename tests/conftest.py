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


@pytest.fixture(autouse=True)
def _no_response_drift(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """The client reads a body that differs from the spec leniently, logging the drift; in the
    kit's own tests (the mock's self-tests among them) any drift is a failure, as it would be
    with ``strict_responses=True``. A test that reads drift on purpose is marked ``drift``."""
    yield
    if request.node.get_closest_marker("drift") is None:
        records = caplog.get_records("setup") + caplog.get_records("call")
        drift = [r.getMessage() for r in records if "response drift" in r.getMessage()]
        assert not drift, drift[:5]

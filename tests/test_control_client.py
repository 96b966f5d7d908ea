"""The control plane from Python (issue 27): ``MockControl`` in-process and against a served
mock, the ``talkover_control`` fixture beside ``talkover_sdk`` on one mock, and async tests
under anyio or pytest-asyncio, as a user's suite runs them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.control_client import ControlPlaneError, MockControl
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, OTHER_ENVIRONMENT_ID, OUTBOUND_AGENT_ID
from talkover_mock.inprocess import sync_transport
from talkover_mock.server import serve_in_thread

pytest_plugins = ["talkover_mock.pytest_plugin"]
BASE = "http://talkover-mock/api/v1"


def test_the_fixture_moves_the_clock_under_the_sdk_s_calls(
    talkover_sdk: talkover.Talkover, talkover_control: MockControl
) -> None:
    placed = talkover_sdk.calls.make(OUTBOUND_AGENT_ID, to="+14155550100", is_testing=True)
    assert str(placed.status) == "initiated"
    before = talkover_control.now()
    moved = talkover_control.advance_clock(40)
    assert moved.now > before
    assert moved.fired >= 3  # ringing, answered, completed
    (call,) = [c for c in talkover_sdk.calls.list() if c.id == placed.id]
    assert str(call.status) == "completed"


def test_credits_plan_and_card_change_what_the_api_answers(
    talkover_sdk: talkover.Talkover, talkover_control: MockControl
) -> None:
    assert talkover_control.set_credits(0) == 0.0
    with pytest.raises(talkover.PaymentRequiredError):
        talkover_sdk.calls.make(OUTBOUND_AGENT_ID, to="+14155550100")
    assert talkover_control.credits() == 0.0
    plan = talkover_control.set_plan(allow_custom_sip_trunks=False)
    assert plan["allow_custom_sip_trunks"] is False
    talkover_control.decline_payments("card_declined")
    talkover_control.decline_payments(None)
    assert talkover_control.credits(environment=OTHER_ENVIRONMENT_ID) > 0  # only the demo's


def test_reset_snapshots_faults_and_refusals(
    talkover_sdk: talkover.Talkover, talkover_control: MockControl
) -> None:
    snapshot = talkover_control.snapshot()
    talkover_sdk.agents.trainings.create_or_update(DEMO_AGENT_ID, subject="S", instructions="I")
    assert len(talkover_sdk.agents.trainings.list(DEMO_AGENT_ID)) == 2
    talkover_control.restore(snapshot)
    assert len(talkover_sdk.agents.trainings.list(DEMO_AGENT_ID)) == 1
    assert talkover_control.plant_faults("skip_draft_rule") == ["skip_draft_rule"]
    assert talkover_control.faults() == ["skip_draft_rule"]
    assert talkover_control.plant_faults() == []
    with pytest.raises(ControlPlaneError, match="Unknown fault") as refused:
        talkover_control.plant_faults("no_such_fault")
    assert refused.value.status == 422
    with pytest.raises(ControlPlaneError) as missing:
        talkover_control.approve_release("no-such-request")
    assert missing.value.status == 404
    talkover_control.reset()
    assert talkover_control.state()["environments"] == []
    talkover_control.reset(demo=True)
    assert talkover_sdk.agents.get(DEMO_AGENT_ID).id == DEMO_AGENT_ID


@pytest.fixture
def served() -> Iterator[str]:
    with serve_in_thread(create_app(MockConfig(seed=2, admin_token="admin-secret"))) as url:
        yield url


def test_against_a_served_mock_with_an_admin_token(served: str) -> None:
    with MockControl(served, admin_token="admin-secret") as control:
        assert control.advance_clock(5).fired >= 0
        assert control.set_credits(12.5) == 12.5
    with MockControl(served) as anonymous, pytest.raises(ControlPlaneError) as refused:
        anonymous.credits()
    assert refused.value.status in (401, 403)


def test_in_process_beside_a_client_of_the_same_app() -> None:
    app = create_app(MockConfig(seed=4))
    with (
        MockControl.in_process(app) as control,
        talkover.Talkover(DEMO_TOKEN, base_url=BASE, transport=sync_transport(app)) as sdk,
    ):
        control.set_credits(0)
        with pytest.raises(talkover.PaymentRequiredError):
            sdk.calls.make(OUTBOUND_AGENT_ID, to="+14155550100")


USER_SUITE = """
import pytest

pytest_plugins = ["talkover_mock.pytest_plugin"]


@pytest.mark.anyio
async def test_under_anyio(async_talkover_sdk, talkover_control):
    async with async_talkover_sdk as sdk:
        agents = [a.id async for a in sdk.agents.list()]
        talkover_control.advance_clock(1)
    assert agents


@pytest.mark.asyncio
async def test_under_pytest_asyncio(async_talkover_sdk, talkover_control):
    async with async_talkover_sdk as sdk:
        first = await sdk.agents.list(per_page=1)
        talkover_control.set_credits(3)
    assert first.items


@pytest.fixture
def anyio_backend():
    return "asyncio"
"""


def test_a_user_s_async_suite_runs_under_anyio_and_pytest_asyncio(tmp_path: Path) -> None:
    pytest.importorskip("pytest_asyncio", reason="pytest-asyncio is in the dev group")
    (tmp_path / "test_users_async.py").write_text(USER_SUITE)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error",
         "-o", "asyncio_default_fixture_loop_scope=function", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout

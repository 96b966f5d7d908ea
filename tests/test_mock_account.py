"""The Account API in the mock and through the SDK (D61): which token opens what, the token's
life, `/api/user` outside `/api/v1`, and one balance that purchases, the environment's credits
and auto top-up agree on."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import talkover
from talkover_mock.app import create_app
from talkover_mock.config import MockConfig
from talkover_mock.control_client import MockControl
from talkover_mock.demo import DEMO_TOKEN, DEMO_USER_TOKEN
from talkover_mock.inprocess import sync_transport

BASE = "http://mock/api/v1"


@pytest.fixture
def parts() -> Iterator[tuple[talkover.Talkover, MockControl, httpx.BaseTransport]]:
    app = create_app(MockConfig(seed=3))
    transport = sync_transport(app)
    with (
        talkover.Talkover(
            DEMO_TOKEN, user_token=DEMO_USER_TOKEN, base_url=BASE, transport=transport,
            max_retries=0,
        ) as tk,
        MockControl.in_process(app) as control,
    ):  # fmt: skip
        yield tk, control, transport


def test_get_current_user_is_served_at_api_user_not_under_api_v1(
    parts: tuple[talkover.Talkover, MockControl, httpx.BaseTransport],
) -> None:
    tk, _, transport = parts
    assert tk.account.get_current_user().id == "user-uuid-1"
    with httpx.Client(transport=transport, base_url="http://mock") as raw:
        headers = {"Authorization": f"Bearer {DEMO_USER_TOKEN}"}
        assert raw.get("/api/user", headers=headers).status_code == 200
        assert raw.get("/api/v1/user", headers=headers).status_code == 404


def test_each_token_opens_only_its_own_api(
    parts: tuple[talkover.Talkover, MockControl, httpx.BaseTransport],
) -> None:
    _, _, transport = parts
    with httpx.Client(transport=transport, base_url="http://mock") as raw:
        environment = {"Authorization": f"Bearer {DEMO_TOKEN}"}
        user = {"Authorization": f"Bearer {DEMO_USER_TOKEN}"}
        assert raw.get("/api/user", headers=environment).status_code == 401
        assert raw.get("/api/v1/credits/balance", headers=environment).status_code == 401
        assert raw.get("/api/v1/agents", headers=user).status_code == 401
        assert raw.get("/api/v1/credits/balance", headers=user).status_code == 200


def test_a_token_is_shown_once_works_until_deleted_then_401(
    parts: tuple[talkover.Talkover, MockControl, httpx.BaseTransport],
) -> None:
    tk, _, transport = parts
    made = tk.account.create_api_token(name="CI Pipeline")
    assert made.abilities == ["*"]
    assert "|" in made.token
    listed = tk.account.list_api_tokens()
    assert [t.id for t in listed] == [made.id]
    assert "token" not in listed[0].to_dict()
    with talkover.Talkover(
        token="", user_token=made.token, base_url=BASE, transport=transport
    ) as ci:
        assert ci.account.get_current_user().email == "alice@example.com"
        assert tk.account.list_api_tokens()[0].last_used_at is not None
        tk.account.delete_api_token(made.id)
        with pytest.raises(talkover.AuthenticationError):
            ci.account.get_current_user()
    assert tk.account.list_api_tokens() == []
    with pytest.raises(talkover.UserApiTokenNotFoundError):
        tk.account.delete_api_token(made.id)


def test_the_account_balance_is_the_current_environments(
    parts: tuple[talkover.Talkover, MockControl, httpx.BaseTransport],
) -> None:
    tk, control, _ = parts
    control.set_credits(40)
    assert tk.account.get_credits_balance().balance == 40
    bought = tk.account.purchase_credits(amount=60)
    assert (bought.amount_charged, bought.new_balance) == (60, 100)
    assert control.credits() == 100  # what Make a Call and auto top-up see
    control.decline_payments("insufficient_funds")
    with pytest.raises(talkover.PaymentFailedError):
        tk.account.purchase_credits(amount=5)
    assert tk.account.get_credits_balance().balance == 100  # a declined charge credits nothing
    with pytest.raises(talkover.UnprocessableEntityError) as refused:
        tk.account.purchase_credits(amount=5, payment_method_id="pm_unknown")
    assert "payment_method_id" in (refused.value.errors or {})


def test_the_sdk_reads_the_user_token_from_its_own_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TALKOVER_API_TOKEN", raising=False)
    monkeypatch.setenv("TALKOVER_USER_TOKEN", DEMO_USER_TOKEN)
    app = create_app(MockConfig(seed=4))
    with talkover.Talkover(base_url=BASE, transport=sync_transport(app)) as tk:
        assert tk.account.get_current_user().name == "Alice Doe"
        with pytest.raises(talkover.TokenRequiredError, match="environment token"):
            tk.agents.list()


def test_a_scheduled_monthly_recharge_fires_on_the_mocks_clock(
    parts: tuple[talkover.Talkover, MockControl, httpx.BaseTransport],
) -> None:
    """Stored and shown before; now charged on its day (D61), once a month, into the one
    balance the Account API reads."""
    tk, control, _ = parts
    control.set_credits(10)
    tk.auto_topup.update_settings(
        is_enabled=True, scheduled_payment_enabled=True, scheduled_amount=25, day_of_month=1,
        payment_method_id="pm_uuid_1",
    )  # fmt: skip
    assert tk.account.get_credits_balance().balance == 10
    control.advance_clock(31 * 24 * 3600)  # the 1st of a month has passed, once
    control.advance_clock(1 * 24 * 3600)
    scheduled = [t for t in tk.auto_topup.get_history() if t.trigger == "scheduled"]
    assert len(scheduled) == 1
    assert tk.account.get_credits_balance().balance == 35
    control.advance_clock(31 * 24 * 3600)  # and the next month's
    assert len([t for t in tk.auto_topup.get_history() if t.trigger == "scheduled"]) == 2
    tk.auto_topup.disable()
    control.advance_clock(31 * 24 * 3600)
    control.advance_clock(31 * 24 * 3600)
    assert len([t for t in tk.auto_topup.get_history() if t.trigger == "scheduled"]) == 2


def test_the_next_scheduled_day_of_a_month() -> None:
    from datetime import UTC, datetime

    from talkover_mock.resources.auto_topup import next_run

    at = datetime(2024, 1, 15, 10, tzinfo=UTC)
    assert next_run(at, 1) == datetime(2024, 2, 1, tzinfo=UTC)
    assert next_run(at, 20) == datetime(2024, 1, 20, tzinfo=UTC)
    assert next_run(datetime(2024, 12, 31, tzinfo=UTC), 1) == datetime(2025, 1, 1, tzinfo=UTC)

"""Auto top-up and credits in the mock (D50): settings that must hold together, test charges
within the daily limit, a declined card recorded, history paging, and the chain from credits
to 402: calls spend the balance, Make a Call is refused at zero, and an enabled threshold
recharges it so calls go on."""

from __future__ import annotations

from typing import Any

import httpx

from talkover_mock.demo import DEMO_AGENT_ID

CONTROL = "http://mock/__mock__"


def settings(http: httpx.Client, **fields: Any) -> httpx.Response:
    return http.put("/auto-topup/settings", json=fields)


def test_defaults_and_settings_that_must_hold_together(http: httpx.Client) -> None:
    shown = http.get("/auto-topup/settings").json()["data"]
    assert (shown["is_enabled"], shown["recharge_amount"], shown["daily_limit"]) == (
        False, None, 500.0
    )  # fmt: skip
    refused = settings(http, is_enabled=True)
    assert refused.status_code == 422
    assert set(refused.json()["errors"]) == {"payment_method_id", "threshold_amount"}
    unknown = settings(http, payment_method_id="pm_other_1")  # another environment's card
    assert unknown.json()["errors"] == {
        "payment_method_id": ["The selected payment method id is invalid."]
    }
    scheduled = settings(http, scheduled_payment_enabled=True)
    assert set(scheduled.json()["errors"]) == {"scheduled_amount", "day_of_month"}
    assert http.get("/auto-topup/settings").json()["data"] == shown  # nothing changed
    assert settings(http, threshold_amount=0.5).status_code == 422  # 1 to 1000
    done = settings(
        http,
        is_enabled=True,
        threshold_amount=50,
        recharge_amount=100,
        payment_method_id="pm_uuid_1",
    ).json()["data"]
    assert (done["is_enabled"], done["threshold_amount"], done["payment_method_id"]) == (
        True, 50, "pm_uuid_1"
    )  # fmt: skip
    kept = settings(http, recharge_amount=200).json()["data"]
    assert (kept["threshold_amount"], kept["recharge_amount"]) == (50, 200)  # partial update
    off = http.post("/auto-topup/disable").json()["data"]
    assert (off["is_enabled"], off["recharge_amount"]) == (False, 200)  # configuration kept


def test_test_charges_count_toward_the_daily_limit(http: httpx.Client) -> None:
    not_yet = http.post("/auto-topup/test")
    assert (not_yet.status_code, not_yet.json()["code"]) == (422, "AUTO_TOPUP_NOT_CONFIGURED")
    settings(http, recharge_amount=300, payment_method_id="pm_uuid_1")
    before = http.get(f"{CONTROL}/environments/env_demo/credits").json()["balance"]
    charged = http.post("/auto-topup/test").json()
    assert charged["message"] == "Test recharge completed successfully"
    assert charged["data"]["amount_charged"] == 300
    assert charged["data"]["new_balance"] == before + 300
    assert http.get(f"{CONTROL}/environments/env_demo/credits").json()["balance"] == before + 300
    again = http.post("/auto-topup/test")
    assert (again.status_code, again.json()["code"]) == (422, "AUTO_TOPUP_DAILY_LIMIT_REACHED")
    shown = http.get("/auto-topup/settings").json()["data"]
    assert shown["recharge_count_today"] == 1
    assert shown["last_recharge_at"] is not None


def test_a_declined_card_is_recorded_and_credits_nothing(http: httpx.Client) -> None:
    settings(http, recharge_amount=100, payment_method_id="pm_uuid_2")
    http.put(f"{CONTROL}/environments/env_demo/payments", json={"decline": "insufficient_funds"})
    declined = http.post("/auto-topup/test")
    assert declined.status_code == 402
    assert declined.json() == {
        "success": False, "message": "Payment method declined", "code": "PAYMENT_FAILED",
        "details": {"decline_reason": "insufficient_funds"},
    }  # fmt: skip
    (entry,) = http.get("/auto-topup/history").json()["data"]
    assert (entry["status"], entry["failure_reason"], entry["trigger"]) == (
        "failed", "insufficient_funds", "test"
    )  # fmt: skip
    assert "balance_after" not in entry
    bad = http.put(f"{CONTROL}/environments/env_demo/payments", json={"decline": ""})
    assert bad.status_code == 422


def test_history_is_newest_first_in_pages(http: httpx.Client) -> None:
    settings(http, recharge_amount=100, payment_method_id="pm_uuid_1")
    for _ in range(3):
        assert http.post("/auto-topup/test").status_code == 200
    page = http.get("/auto-topup/history", params={"per_page": 2}).json()
    assert page["pagination"] == {"current_page": 1, "per_page": 2, "total": 3, "last_page": 2}
    second = http.get("/auto-topup/history", params={"per_page": 2, "page": 2}).json()["data"]
    everything = http.get("/auto-topup/history").json()["data"]
    assert [t["id"] for t in page["data"] + second] == [t["id"] for t in everything]
    times = [t["created_at"] for t in everything]
    assert times == sorted(times, reverse=True)


def test_payment_methods_are_the_environment_s(http: httpx.Client) -> None:
    methods = http.get("/auto-topup/payment-methods").json()["data"]
    assert [(m["id"], m["card"]["last4"], m["is_default"]) for m in methods] == [
        ("pm_uuid_1", "4242", True), ("pm_uuid_2", "5555", False)
    ]  # fmt: skip


def call_and_finish(http: httpx.Client, number: str) -> httpx.Response:
    made = http.post(f"/agents/{DEMO_AGENT_ID}/call", json={"to": number})
    if made.status_code == 200:
        answer = http.post(
            f"{CONTROL}/calls/{made.json()['data']['id']}/advance", json={"to": "completed"}
        )
        assert answer.status_code == 200, answer.text
    return made


def test_credits_run_out_then_auto_topup_refills_them(http: httpx.Client) -> None:
    http.put(f"{CONTROL}/environments/env_demo/credits", json={"balance": 0.1})
    assert call_and_finish(http, "+15550100001").status_code == 200  # one minute: 0.10
    assert http.get(f"{CONTROL}/environments/env_demo/credits").json()["balance"] == 0
    refused = http.post(f"/agents/{DEMO_AGENT_ID}/call", json={"to": "+15550100005"})
    assert (refused.status_code, refused.json()["code"]) == (402, "INSUFFICIENT_CREDITS")
    testing = http.post(
        f"/agents/{DEMO_AGENT_ID}/call", json={"to": "+15550100006", "is_testing": True}
    )
    assert testing.status_code == 200  # test calls need no credits

    settings(http, is_enabled=True, threshold_amount=1, recharge_amount=10,
             payment_method_id="pm_uuid_1")  # fmt: skip
    http.put(f"{CONTROL}/environments/env_demo/credits", json={"balance": 0.15})
    assert call_and_finish(http, "+15550100007").status_code == 200  # spends 0.10, refills
    balance = http.get(f"{CONTROL}/environments/env_demo/credits").json()["balance"]
    assert abs(balance - 10.05) < 1e-9
    (refill,) = http.get("/auto-topup/history").json()["data"]
    assert (refill["trigger"], refill["status"], refill["amount"]) == ("threshold", "succeeded", 10)
    assert abs(refill["balance_before"] - 0.05) < 1e-9
    assert call_and_finish(http, "+15550100008").status_code == 200  # calls go on

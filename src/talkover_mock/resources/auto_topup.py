"""Auto top-up (D50): one configuration per environment (kind ``auto_topup``, id the
environment's), its recharges (kind ``topup``, newest first) and the saved cards (kind
``payment_method``, from fixtures: cards are added in the dashboard, not through the API).

A recharge credits the environment's balance (``calls.balance``, the one Make a Call needs and
answered calls spend). When a call's cost takes the balance below ``threshold_amount``, an
enabled configuration recharges ``recharge_amount`` at once, within the plan's
``daily_limit`` (UTC day, recharges that went through). Test Auto Topup charges the same way
with ``trigger: test``. Whether the card pays is the control plane's to say
(``PUT /__mock__/environments/{id}/payments``, ``{"decline": "insufficient_funds"}``): a
declined charge is recorded ``failed`` and credits nothing. A scheduled monthly recharge
(``scheduled_payment_enabled``) charges ``scheduled_amount`` on ``day_of_month`` at 00:00 UTC
by the mock's clock (the month's last day when it is shorter), ``trigger: scheduled``, within
the same daily limit; one ``scheduled_recharge`` document per environment carries its
``due_at`` (D61).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..documents import Doc, FixturePart, Transaction
from ..errors import ApiError
from ..faults import fault
from ..registry import (
    Call,
    ControlInputError,
    DemoFixture,
    Reply,
    demo_part,
    environment_setting,
    fixture_part,
    on,
    operation,
    timer,
)
from ..sources import format_timestamp
from . import calls
from .schemas import fixture_item

TOPUP_IGNORES_DAILY_LIMIT = fault(
    "topup_ignores_daily_limit",
    "Auto top-up recharges past the plan's ``daily_limit``.",
    model=["billing"],
)


if TYPE_CHECKING:
    from ..delivery import Deliverer

SETTINGS = "auto_topup"
TOPUP = "topup"
METHOD = "payment_method"
DAILY_LIMIT = 500.0
"""The plan's limit on a day's recharges (the page's example)."""
CURRENCY = "USD"
CONFIG_FIELDS = (
    "is_enabled", "threshold_amount", "recharge_amount", "scheduled_payment_enabled",
    "scheduled_amount", "day_of_month", "payment_method_id",
)  # fmt: skip
DEFAULTS: dict[str, Any] = {
    "is_enabled": False,
    "threshold_amount": None,
    "recharge_amount": None,
    "scheduled_payment_enabled": False,
    "scheduled_amount": None,
    "day_of_month": None,
    "payment_method_id": None,
    "updated_at": None,
}


def _config(tx: Transaction, environment_id: str) -> dict[str, Any]:
    doc = tx.get(SETTINGS, environment_id)
    return {**DEFAULTS, **(doc.body if doc is not None else {})}


def _today(tx: Transaction, environment_id: str) -> list[Doc]:
    """The recharges of the mock's current UTC day that went through (or are in flight)."""
    day = tx.now()[:10]
    docs, _ = tx.page(TOPUP, environment_id, newest_first=True)
    return [
        d for d in docs
        if d.body["created_at"][:10] == day and d.body["status"] != "failed"
    ]  # fmt: skip


def view(tx: Transaction, environment_id: str) -> dict[str, Any]:
    config = _config(tx, environment_id)
    today = _today(tx, environment_id)
    newest = tx.page(TOPUP, environment_id, equals={"status": "succeeded"}, newest_first=True,
                     limit=1)[0]  # fmt: skip
    return {
        **{k: config[k] for k in CONFIG_FIELDS},
        "daily_limit": DAILY_LIMIT,
        "recharge_count_today": len(today),
        "last_recharge_at": newest[0].body["created_at"] if newest else None,
        "currency": CURRENCY,
        "updated_at": config["updated_at"],
    }


def decline_reason(tx: Transaction, environment_id: str) -> str | None:
    decline: str | None = tx.setting(f"payments:{environment_id}", {}).get("decline")
    return decline


def set_decline(tx: Transaction, environment_id: str, reason: str | None) -> None:
    tx.set_setting(f"payments:{environment_id}", {"decline": reason})


def within_limit(tx: Transaction, environment_id: str, amount: float) -> bool:
    if tx.planted(TOPUP_IGNORES_DAILY_LIMIT):
        return True
    spent = sum(float(d.body["amount"]) for d in _today(tx, environment_id))
    return spent + amount <= DAILY_LIMIT


def charge(tx: Transaction, environment_id: str, trigger: str, config: Mapping[str, Any]) -> Doc:
    """One recharge of ``recharge_amount`` to the saved method, recorded in the history."""
    amount = float(config["recharge_amount"])
    body: dict[str, Any] = {
        "amount": amount,
        "currency": CURRENCY,
        "trigger": trigger,
        "payment_method_id": config["payment_method_id"],
        "created_at": tx.now(),
    }
    decline = decline_reason(tx, environment_id)
    if decline is not None:
        body.update(status="failed", failure_reason=decline)
    else:
        before = calls.balance(tx, environment_id)
        calls.set_balance(tx, environment_id, before + amount)
        body.update(
            status="succeeded",
            balance_before=round(before, 4),
            balance_after=round(before + amount, 4),
            transaction_id=f"txn_{tx.new_id('transaction')}",
        )
    return tx.insert(TOPUP, body, environment_id=environment_id)


def _configured(config: Mapping[str, Any]) -> bool:
    return config["recharge_amount"] is not None and config["payment_method_id"] is not None


def _refill(tx: Transaction, deliverer: Deliverer, call: Doc) -> None:
    """After a call spent credits: recharge when the balance fell below the threshold."""
    environment_id = call.environment_id
    if environment_id is None:
        return
    config = _config(tx, environment_id)
    if not (config["is_enabled"] and _configured(config) and config["threshold_amount"]):
        return
    if calls.balance(tx, environment_id) >= float(config["threshold_amount"]):
        return
    if within_limit(tx, environment_id, float(config["recharge_amount"])):
        charge(tx, environment_id, "threshold", config)


on(calls.FINISHED)(_refill)


def _invalid(errors: dict[str, str]) -> ApiError:
    return ApiError(
        422,
        {
            "success": False,
            "message": "The given data was invalid.",
            "errors": {field: [text] for field, text in errors.items()},
        },
    )


@operation("getAutoTopupSettings")
def get_settings(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.tx, call.environment_id or "")})


@operation("updateAutoTopupSettings")
def update_settings(call: Call) -> Reply:
    environment_id = call.environment_id or ""
    config = {**_config(call.tx, environment_id), **call.body}
    errors: dict[str, str] = {}
    methods = {d.id for d in call.tx.page(METHOD, environment_id)[0]}
    if "payment_method_id" in call.body and call.body["payment_method_id"] not in methods:
        errors["payment_method_id"] = "The selected payment method id is invalid."
    if config["scheduled_payment_enabled"]:
        for field in ("scheduled_amount", "day_of_month"):
            if config[field] is None:
                label = field.replace("_", " ")
                errors[field] = (
                    f"The {label} field is required when scheduled payment enabled is true."
                )
    if config["is_enabled"]:
        if config["payment_method_id"] is None:
            errors.setdefault(
                "payment_method_id",
                "The payment method id field is required when is enabled is true.",
            )
        threshold = config["threshold_amount"] is not None and config["recharge_amount"] is not None
        if not threshold and not config["scheduled_payment_enabled"]:
            errors.setdefault(
                "threshold_amount",
                "Set threshold amount and recharge amount, or scheduled payments, to enable"
                " auto topup.",
            )
    if errors:
        raise _invalid(errors)
    body = {k: config[k] for k in CONFIG_FIELDS} | {"updated_at": call.tx.now()}
    current = call.tx.get(SETTINGS, environment_id)
    if current is None:
        call.tx.insert(SETTINGS, body, environment_id=environment_id, id_=environment_id)
    else:
        call.tx.update(current, body)
    _schedule(call.tx, environment_id)
    return Reply({"success": True, "data": view(call.tx, environment_id)})


SCHEDULED = "scheduled_recharge"


def next_run(now: datetime, day: int) -> datetime:
    """The next ``day`` of a month at 00:00 UTC after ``now`` (a short month's last day)."""
    year, month = now.year, now.month
    while True:
        at = datetime(year, month, min(day, calendar.monthrange(year, month)[1]), tzinfo=UTC)
        if at > now:
            return at
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _schedule(tx: Transaction, environment_id: str) -> None:
    """Keep the environment's scheduled recharge due when its settings ask for one."""
    config = _config(tx, environment_id)
    wanted = config["is_enabled"] and config["scheduled_payment_enabled"]
    wanted = wanted and config["payment_method_id"] is not None
    current = tx.get(SCHEDULED, environment_id)
    due = None
    if wanted:
        now = datetime.fromisoformat(tx.now().replace("Z", "+00:00"))
        due = format_timestamp(next_run(now, int(config["day_of_month"])))
    if current is None and due is not None:
        tx.insert(SCHEDULED, {"due_at": due}, environment_id=environment_id, id_=environment_id)
    elif current is not None:
        tx.update(current, {"due_at": due})


@timer(SCHEDULED)
def fire_scheduled(tx: Transaction, schedule: Doc, deliverer: Deliverer) -> None:
    """The day came: charge ``scheduled_amount`` (recorded like any recharge), then the next."""
    environment_id = schedule.environment_id or ""
    config = _config(tx, environment_id)
    tx.update(schedule, {"due_at": None})
    if not (config["is_enabled"] and config["scheduled_payment_enabled"]):
        return
    amount = float(config["scheduled_amount"])
    if within_limit(tx, environment_id, amount):
        charge(tx, environment_id, "scheduled", {**config, "recharge_amount": amount})
    _schedule(tx, environment_id)


@operation("testAutoTopup")
def test_auto_topup(call: Call) -> Reply:
    environment_id = call.environment_id or ""
    config = _config(call.tx, environment_id)
    if not _configured(config):
        raise call.fail(422, "NotConfigured")
    if not within_limit(call.tx, environment_id, float(config["recharge_amount"])):
        raise call.fail(422, "DailyLimitReached")
    topup = charge(call.tx, environment_id, "test", config)
    if topup.body["status"] == "failed":
        # Kept: the history shows the declined attempt, as the live API's would.
        error = call.fail(402, details={"decline_reason": topup.body["failure_reason"]})
        return Reply(error.body, status=402)
    data = {
        "amount_charged": topup.body["amount"],
        "currency": CURRENCY,
        "new_balance": topup.body["balance_after"],
        "transaction_id": topup.body["transaction_id"],
    }
    return Reply({"success": True, "message": "Test recharge completed successfully", "data": data})


@operation("disableAutoTopup")
def disable(call: Call) -> Reply:
    environment_id = call.environment_id or ""
    config = _config(call.tx, environment_id)
    body = {k: config[k] for k in CONFIG_FIELDS} | {
        "is_enabled": False,
        "updated_at": call.tx.now(),
    }
    current = call.tx.get(SETTINGS, environment_id)
    if current is None:
        call.tx.insert(SETTINGS, body, environment_id=environment_id, id_=environment_id)
    else:
        call.tx.update(current, body)
    _schedule(call.tx, environment_id)
    return Reply({"success": True, "data": view(call.tx, environment_id)})


@operation("getAutoTopupHistory")
def history(call: Call) -> Reply:
    per_page, page = int(call.query.get("per_page", 25)), int(call.query.get("page", 1))
    docs, total = call.tx.page(
        TOPUP, call.environment_id, newest_first=True, limit=per_page,
        offset=(page - 1) * per_page,
    )  # fmt: skip
    pagination = {
        "current_page": page,
        "per_page": per_page,
        "total": total,
        "last_page": max(1, -(-total // per_page)),
    }
    return Reply(
        {"success": True, "data": [{"id": d.id, **d.body} for d in docs], "pagination": pagination}
    )


@operation("listPaymentMethods")
def list_payment_methods(call: Call) -> Reply:
    docs, _ = call.tx.page(METHOD, call.environment_id)
    return Reply({"success": True, "data": [{"id": d.id, **d.body} for d in docs]})


# -- fixtures ---------------------------------------------------------------------------------


def _seed_method(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = {"type": "card", "is_default": False, **item}
    fields.setdefault("created_at", tx.now())
    tx.insert(METHOD, fields, environment_id=environment_id, id_=fields.pop("id", None))


def _dump_methods(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [{"id": d.id, **d.body} for d in tx.page(METHOD, environment_id)[0]]


fixture_part(
    FixturePart(
        "payment_methods",
        lambda: fixture_item("PaymentMethod", required=["id", "card"]),
        _seed_method,
        _dump_methods,
        5,
    )
)


@environment_setting("payments")
def payments_setting(
    tx: Transaction, environment_id: str, body: dict[str, Any] | None
) -> dict[str, Any]:
    """Whether the environment's card pays: ``GET``, or ``PUT {"decline": "card_declined"}``
    (every charge fails with that reason) / ``PUT {"decline": null}`` (charges go through)."""
    if body is not None:
        decline = body.get("decline")
        if set(body) != {"decline"} or not (
            decline is None or (isinstance(decline, str) and decline)
        ):
            raise ControlInputError(422, 'Send {"decline": "<reason>"} or {"decline": null}.')
        set_decline(tx, environment_id, decline)
    return {"decline": tx.setting(f"payments:{environment_id}", {}).get("decline")}


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_demo", "payment_methods", [
        {
            "id": "pm_uuid_1", "is_default": True,
            "card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2027},
        },
        {
            "id": "pm_uuid_2",
            "card": {"brand": "mastercard", "last4": "5555", "exp_month": 8, "exp_year": 2026},
        },
    ])  # fmt: skip
    fixture.add("env_other", "payment_methods", [
        {
            "id": "pm_other_1", "is_default": True,
            "card": {"brand": "amex", "last4": "0005", "exp_month": 3, "exp_year": 2028},
        }
    ])  # fmt: skip

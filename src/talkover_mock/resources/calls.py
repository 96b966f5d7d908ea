"""Calls: documents of kind ``call`` under their agent (so an agent's delete takes its call
history, and its active calls can refuse the delete). One-off calls start ``initiated``;
campaign calls start ``queued`` or ``scheduled`` (``campaigns.py``) and are placed when due.
A placed call then progresses on the mock's clock (``timers.py``), each step firing the
agent's webhook events (D39):

    initiated -(2 s)-> ringing -(3 s)-> answered -(30 s)-> completed
                               -(2 s)-> busy
                               -(25 s)-> no-answer
    initiated -(2 s)-> failed

The outcome comes from the number called (like a provider's test numbers): one ending in
``0002`` is busy, ``0003`` does not answer, ``0004`` fails; any other is answered. End Call
completes an active call at once (``ended_by_api``). Credits (``credits``, one document per
environment) are needed to place a call that is not a test, and an answered call spends them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .. import delivery
from ..documents import Doc, Transaction
from ..faults import fault
from ..registry import (
    Call,
    Control,
    ControlInputError,
    Reply,
    announce,
    control_route,
    environment_setting,
    operation,
    timer,
)
from ..sources import format_timestamp
from ..timers import fire_one
from . import phone_numbers

CALL_NEVER_COMPLETES = fault(
    "call_never_completes",
    "An answered call never hangs up on its own: it stays ``answered``.",
    model=["calls"],
)
CALL_UNPUBLISHED_AGENT = fault(
    "call_unpublished_agent",
    "Make a Call places a call with an agent that is not published.",
    caught_by=["requirement_held"],
    tags=["Calls", "Agents"],
)


if TYPE_CHECKING:
    from ..delivery import Deliverer

KIND = "call"
CREDITS = "credits"
ACTIVE = ("initiated", "ringing", "answered")
FINAL = ("completed", "failed", "busy", "no-answer")
WAITING = ("queued", "scheduled")
"""Campaign calls not placed yet."""
PLACED = ACTIVE + FINAL
DEFAULT_BALANCE = 100.0
"""The credits an environment starts with (the control plane sets others)."""
PRICE_PER_MINUTE = 0.10
RING_AFTER, ANSWER_AFTER, TALK_FOR = 2, 3, 30
BUSY_AFTER, NO_ANSWER_AFTER = 2, 25
OUTCOMES = {"0002": "busy", "0003": "no-answer", "0004": "failed"}
INTERNATIONAL = re.compile(r"^\+[1-9][0-9]{6,14}$")
ENDED_REASON = {"completed": "hangup", "busy": "busy", "no-answer": "no-answer", "failed": "failed"}


def outcome_for(number: str) -> str:
    """How a call to ``number`` ends (D39)."""
    return OUTCOMES.get(number[-4:], "completed")


def _parse(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).astimezone(UTC)


def later(timestamp: str, seconds: float) -> str:
    return format_timestamp(_parse(timestamp) + timedelta(seconds=seconds))


def formatted(number: str) -> str:
    """``(123) 456-7890`` from the last ten digits, as the pages show numbers."""
    digits = re.sub(r"\D", "", number)
    if len(digits) < 10:
        return number
    tail = digits[-10:]
    return f"({tail[:3]}) {tail[3:6]}-{tail[6:]}"


# -- views ---------------------------------------------------------------------------------


def agent_call_view(doc: Doc) -> dict[str, Any]:
    body = doc.body
    return {
        "id": doc.id,
        "sid": body["sid"],
        "to": body["to"],
        "to_formatted": formatted(body["to"]),
        "from": body["from"],
        "from_formatted": formatted(body["from"]),
        "is_testing": body["is_testing"],
        "direction": body["direction"],
        "status": body["status"],
        "duration": body["duration"],
        "ended_reason": body.get("ended_reason"),
        "campaign_id": body.get("campaign_id"),
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
    }


def agent_ref(agent: Doc | None, agent_id: str) -> dict[str, Any]:
    if agent is None:
        return {"id": agent_id, "name": "", "label": None}
    return {"id": agent.id, "name": agent.body["name"], "label": agent.body.get("label")}


def call_view(tx: Transaction, doc: Doc) -> dict[str, Any]:
    agent = tx.get("agent", doc.parent_id or "")
    return {**agent_call_view(doc), "agent": agent_ref(agent, doc.parent_id or "")}


# -- credits ---------------------------------------------------------------------------------


def balance(tx: Transaction, environment_id: str) -> float:
    doc = tx.get(CREDITS, environment_id)
    return float(doc.body["balance"]) if doc is not None else DEFAULT_BALANCE


def set_balance(tx: Transaction, environment_id: str, amount: float) -> None:
    doc = tx.get(CREDITS, environment_id)
    body = {"balance": round(max(0.0, amount), 4), "updated_at": tx.now()}
    if doc is None:
        tx.insert(CREDITS, body, environment_id=environment_id, id_=environment_id)
    else:
        tx.update(doc, body)


# -- placing and progressing ----------------------------------------------------------------


def new_call(
    tx: Transaction,
    agent: Doc,
    fields: Mapping[str, Any],
    *,
    status: str,
    due_at: str | None,
    **extra: Any,
) -> Doc:
    """A call of ``agent`` to ``fields["to"]`` (stored, not yet progressed)."""
    now = tx.now()
    numbers = phone_numbers.views(tx, agent.body.get("phone_number_ids", []))
    body = {
        "to": fields["to"],
        "from": numbers[0]["number"] if numbers else "+10000000000",
        "direction": "outbound",
        "status": status,
        "outcome": outcome_for(fields["to"]),
        "is_testing": bool(fields.get("is_testing", False)),
        "payload": dict(fields.get("payload") or {}),
        "context": dict(fields.get("context") or {}),
        "sid": "CA" + tx.new_id("sid").replace("-", ""),
        "duration": 0,
        "ended_reason": None,
        "answered_at": None,
        "ended_at": None,
        "created_at": now,
        "updated_at": now,
        "due_at": due_at,
        **extra,
    }
    return tx.insert(KIND, body, environment_id=agent.environment_id, parent_id=agent.id)


def event_payload(tx: Transaction, call: Doc, event: str) -> dict[str, Any]:
    body = call.body
    return {
        "event": event,
        "call_id": call.id,
        "agent_id": call.parent_id,
        "campaign_id": body.get("campaign_id"),
        "to": body["to"],
        "from": body["from"],
        "direction": body["direction"],
        "status": body["status"],
        "duration": body["duration"],
        "ended_reason": body.get("ended_reason"),
        "is_testing": body["is_testing"],
        "context": body["context"],
        "timestamp": tx.now(),
    }


def call_event(tx: Transaction, deliverer: Deliverer, call: Doc, event: str) -> None:
    """Deliver an agent event of ``call``: to the agent's webhooks that subscribe to it and,
    for a campaign call, to the campaign's webhooks with ``include_call_events`` (D43)."""
    payload = event_payload(tx, call, event)
    agent = tx.get("agent", call.parent_id or "")
    if agent is not None:
        delivery.emit(tx, deliverer, agent, event, payload)
    campaign_id = call.body.get("campaign_id")
    campaign = tx.get("campaign", campaign_id) if campaign_id else None
    if campaign is not None:
        delivery.emit(
            tx, deliverer, campaign, event, payload,
            takes=lambda hook: bool(hook.body.get("include_call_events")),
        )  # fmt: skip


def _step(tx: Transaction, call: Doc, **changes: Any) -> Doc:
    return tx.update(call, {**call.body, **changes, "updated_at": tx.now()})


def finish(
    tx: Transaction,
    deliverer: Deliverer,
    call: Doc,
    status: str,
    reason: str | None = None,
    *,
    at: str | None = None,
) -> Doc:
    """End ``call`` with ``status`` at ``at`` (its planned time; now by default): its
    duration, the credits it spent, its events, and the campaign's bookkeeping."""
    ended_at = at or tx.now()
    answered_at = call.body.get("answered_at")
    duration = 0
    if answered_at:
        duration = max(0, round((_parse(ended_at) - _parse(answered_at)).total_seconds()))
    call = _step(
        tx, call, status=status, duration=duration, ended_at=ended_at,
        ended_reason=reason or ENDED_REASON[status], due_at=None,
    )  # fmt: skip
    if duration and not call.body["is_testing"] and call.environment_id:
        spent = math.ceil(duration / 60) * PRICE_PER_MINUTE
        set_balance(tx, call.environment_id, balance(tx, call.environment_id) - spent)
    if answered_at:
        call_event(tx, deliverer, call, "event_conversation_ended")
    elif status == "failed":
        call_event(tx, deliverer, call, "event_phone_call_error")
    else:
        call_event(tx, deliverer, call, "event_phone_call_did_not_connect")
    call_event(tx, deliverer, call, "event_phone_call_ended")
    announce(FINISHED, tx, deliverer, call)  # campaigns count it, auto top-up refills
    return call


@timer(KIND)
def progress(tx: Transaction, call: Doc, deliverer: Deliverer) -> None:
    """The next step of ``call``, due at its ``due_at``."""
    status, due, outcome = call.body["status"], call.body["due_at"], call.body["outcome"]
    if status in WAITING:
        if not all(announce(PLACING, tx, deliverer, call)):
            return  # held (a campaign that is not active)
        call = _step(tx, call, status="initiated", due_at=later(due, RING_AFTER))
        announce(STARTED, tx, deliverer, call)
        return
    if status == "initiated":
        if outcome == "failed":
            finish(tx, deliverer, call, "failed", at=due)
            return
        wait = {"busy": BUSY_AFTER, "no-answer": NO_ANSWER_AFTER}.get(outcome, ANSWER_AFTER)
        call = _step(tx, call, status="ringing", due_at=later(due, wait))
        call_event(tx, deliverer, call, "event_phone_call_started")
        return
    if status == "ringing":
        if outcome in ("busy", "no-answer"):
            finish(tx, deliverer, call, outcome, at=due)
            return
        never_ends = tx.planted(CALL_NEVER_COMPLETES)
        call = _step(
            tx, call, status="answered", answered_at=due,
            due_at=None if never_ends else later(due, TALK_FOR),
        )  # fmt: skip
        call_event(tx, deliverer, call, "event_phone_call_connected")
        call_event(tx, deliverer, call, "event_conversation_started")
        return
    if status == "answered":
        finish(tx, deliverer, call, "completed", at=due)
        return
    _step(tx, call, due_at=None)  # final: nothing left to do


PLACING = "call.placing"
"""Event: may this waiting call be placed now? ``(tx, deliverer, call) -> bool`` (campaigns
hold the calls of a campaign that is not active)."""
STARTED = "call.started"
"""Event: a waiting call was placed, ``(tx, deliverer, call)``."""
FINISHED = "call.finished"
"""Event: a call reached a final status, ``(tx, deliverer, call)``."""


# -- handlers --------------------------------------------------------------------------------


def _rate_limit(call: Call) -> tuple[bool, dict[str, str]]:
    """Count this request in the environment's window (a minute of the mock's clock); whether
    it is within the limit, and the headers that say so (D15)."""
    limit = call.tx.config.call_rate_limit
    now = _parse(call.tx.peek_clock())
    window = int(now.timestamp()) // 60
    # In the settings table, so that every process of the mock (--workers) counts together.
    key = f"call_window:{call.environment_id or ''}"
    start, used = call.tx.setting(key, (window, 0))
    if start != window:
        start, used = window, 0
    used += 1
    call.tx.set_setting(key, (start, used))
    reset = (window + 1) * 60
    headers = {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(max(0, limit - used)),
        "X-RateLimit-Reset": str(reset),
    }
    return used <= limit, headers


@operation("makeCall")
def make_call(call: Call) -> Reply:
    agent = call.resource("agent_id")
    allowed, headers = _rate_limit(call)
    if not allowed:
        retry_after = max(
            1, int(headers["X-RateLimit-Reset"]) - int(_parse(call.tx.now()).timestamp())
        )
        error = call.fail(429)
        body = {**error.body, "details": {"retry_after": retry_after}}
        return Reply(body, status=429, headers={**headers, "Retry-After": str(retry_after)})
    to = call.body["to"]
    if not INTERNATIONAL.match(to):
        error = call.fail(400, "InvalidPhoneNumber", details={"field": "to", "value": to})
        return Reply(error.body, status=400, headers=headers)
    if agent.body["current_status"] != "published" and not call.planted(CALL_UNPUBLISHED_AGENT):
        return Reply(call.fail(400, "AgentInactive").body, status=400, headers=headers)
    testing = bool(call.body.get("is_testing", False))
    if not testing and balance(call.tx, agent.environment_id or "") <= 0:
        return Reply(call.fail(402).body, status=402, headers=headers)
    now = call.tx.now()
    delay = int(call.body.get("delay_seconds", 0))
    placed = new_call(
        call.tx, agent, call.body, status="initiated", due_at=later(now, delay + RING_AFTER)
    )
    data = {
        "id": placed.id,
        "agent_id": agent.id,
        "to": to,
        "status": "initiated",
        "created_at": placed.body["created_at"],
    }
    return Reply({"success": True, "data": data}, headers=headers)


@operation("endCall")
def end_call(call: Call) -> Reply:
    agent = call.resource("agent_id")
    target = call.tx.get(KIND, call.body["call_sid"])
    if target is None or target.parent_id != agent.id:
        raise call.fail(404, "CallNotFound")
    if target.body["status"] not in ACTIVE:
        raise call.fail(409)
    ended = finish(call.tx, call.deliveries, target, "completed", "ended_by_api")
    data = {
        "id": ended.id,
        "status": ended.body["status"],
        "ended_at": ended.body["ended_at"],
        "ended_reason": ended.body["ended_reason"],
    }
    return Reply({"success": True, "data": data})


@operation("getActiveCall")
def get_active_call(call: Call) -> Reply:
    agent = call.resource("agent_id")
    phone = call.path["phone"]
    now = _parse(call.tx.now())
    found = [
        c for c in call.tx.children(KIND, agent.id)
        if c.body["to"] == phone and c.body["status"] in ACTIVE
    ]  # fmt: skip
    if not found:
        raise call.fail(404, "NoActiveCall")
    data = []
    for c in found:
        answered = c.body.get("answered_at")
        seconds = max(0, round((now - _parse(answered)).total_seconds())) if answered else 0
        data.append(
            {
                "id": c.id,
                "agent_id": agent.id,
                "to": c.body["to"],
                "status": c.body["status"],
                "started_at": c.body["created_at"],
                "duration_seconds": seconds,
            }
        )
    return Reply({"success": True, "data": data})


def window(page: int, per_page: int, total: int, shown: int) -> dict[str, Any]:
    """The P2 ``pagination`` object of page ``page`` showing ``shown`` of ``total`` items
    (``from``/``to`` numbered from 1, null on an empty page)."""
    first = (page - 1) * per_page + 1 if shown else None
    return {
        "current_page": page,
        "last_page": max(1, -(-total // per_page)),
        "per_page": per_page,
        "total": total,
        "from": first,
        "to": first + shown - 1 if first is not None else None,
    }


def placed_page(call: Call, *, parent_id: str | None = None) -> tuple[list[Doc], dict[str, Any]]:
    """One page of the placed calls that match the query's filters, newest first (D41), and
    its ``pagination``; filtered and paged in SQLite."""
    query = call.query
    per_page, page = query["per_page"], query["page"]
    equals: dict[str, Any] = {n: query[n] for n in ("status", "direction") if n in query}
    search = query.get("search")
    docs, total = call.tx.page(
        KIND,
        call.environment_id,
        parent_id=parent_id if parent_id is not None else query.get("agent_id"),
        equals=equals,
        any_of={"status": PLACED},
        days=("created_at", query.get("date_from"), query.get("date_to")),
        contains=(("to", "from", "sid"), search) if search else None,
        newest_first=True,
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    return docs, window(page, per_page, total, len(docs))


@operation("listCalls")
def list_calls(call: Call) -> Reply:
    chosen, pagination = placed_page(call)
    return Reply(
        {
            "success": True,
            "data": [call_view(call.tx, c) for c in chosen],
            "pagination": pagination,
        }
    )


@operation("listAgentCalls")
def list_agent_calls(call: Call) -> Reply:
    agent = call.resource("agent_id")
    chosen, pagination = placed_page(call, parent_id=agent.id)
    return Reply(
        {"success": True, "data": [agent_call_view(c) for c in chosen], "pagination": pagination}
    )


# -- the control plane: one call moved on, the environment's credits --------------------------


@control_route("/calls/{call_id}/advance", empty={})
def advance_call(control: Control) -> dict[str, Any]:
    """Move one call on: ``{}`` for its next step, ``{"to": "completed"}`` (or ``busy``,
    ``no-answer``, ``failed``) for every step to that end. Answers the call."""
    body = control.body or {}
    target = body.get("to")
    if set(body) - {"to"} or (target is not None and target not in FINAL):
        raise ControlInputError(422, f'Send {{}} or {{"to": one of {list(FINAL)}}}.')
    store, deliverer, call_id = control.store, control.deliverer, control.path["call_id"]
    with store.transaction() as tx:
        doc = tx.get(KIND, call_id)
        if doc is None:
            raise ControlInputError(404, "Call not found")
        if doc.body["status"] in FINAL:
            raise ControlInputError(409, f"The call has ended ({doc.body['status']}).")
        if target is not None and doc.body["status"] == "answered" and target != "completed":
            raise ControlInputError(409, "An answered call can only complete.")
        if target is not None:
            tx.update(doc, {**doc.body, "outcome": target})
    steps = 0
    while fire_one(store, deliverer, KIND, call_id):
        steps += 1
        with store.transaction(write=False) as tx:
            doc = tx.get(KIND, call_id)
        if target is None or doc is None or doc.body["status"] in FINAL:
            break
        if doc.body["status"] in WAITING and not doc.body.get("due_at"):
            break  # held: its campaign is not active
    if steps == 0:
        raise ControlInputError(409, "The call has no step ahead (held by its campaign?).")
    with store.transaction(write=False) as tx:
        doc = tx.get(KIND, call_id)
        shown = call_view(tx, doc) if doc is not None else None
    return {"success": True, "data": shown}


@environment_setting("credits")
def credits_setting(
    tx: Transaction, environment_id: str, body: dict[str, Any] | None
) -> dict[str, Any]:
    """An environment's credit balance: ``GET``, or ``PUT {"balance": 12.5}``."""
    if body is not None:
        amount = body.get("balance")
        if (
            set(body) != {"balance"}
            or isinstance(amount, bool)
            or not isinstance(amount, int | float)
            or not 0 <= amount <= 1e9
        ):
            raise ControlInputError(422, 'Send {"balance": n} with 0 <= n <= 1e9.')
        set_balance(tx, environment_id, float(amount))
    return {"balance": balance(tx, environment_id)}

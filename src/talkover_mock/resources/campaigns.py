"""Campaigns: documents of kind ``campaign`` owned by an environment, with their lifecycle
(D40, D42), their calls (``call`` documents under the campaign's agent, with a
``campaign_id``), files, webhooks and SFTP configuration (documents under the campaign).

A campaign call waits (``queued``, or ``scheduled`` for the next opening of the campaign's
call windows) until it is placed on the mock's clock, while the campaign is active; then it
progresses as any call (``calls.py``). A call that ends busy, unanswered or failed is tried
again as a new ``scheduled`` call after its cooldown, up to ``max_retries``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .. import delivery
from ..demo import DEMO_CAMPAIGN_ID, OTHER_AGENT_ID, OUTBOUND_AGENT_ID
from ..documents import Doc, FixturePart, InvalidFixture, Transaction
from ..faults import fault
from ..registry import (
    Call,
    DemoFixture,
    Reply,
    demo_part,
    dump_with_nested,
    fixture_part,
    nested_parts,
    on,
    on_delete,
    operation,
    pop_nested,
    seed_nested,
)
from ..sources import format_timestamp
from . import calls, webhooks
from .schemas import fixture_item, properties

ILLEGAL_TRANSITION = fault(
    "illegal_transition",
    "Update Campaign Status accepts any transition (a final campaign comes back to life).",
    caught_by=["transitions_follow_table"],
    tags=["Campaigns"],
)
DUPLICATE_CAMPAIGN_CALL = fault(
    "duplicate_campaign_call",
    "Make Campaign Call queues a second call to a number already queued in the campaign.",
    caught_by=["repeat_is_refused"],
    tags=["Calls"],
)


if TYPE_CHECKING:
    from ..delivery import Deliverer

KIND = "campaign"
FILE = "campaign_file"
LIMIT = 1000
"""Campaigns an environment may hold (403 ``CAMPAIGN_LIMIT_REACHED`` beyond)."""
FIELDS = tuple(properties("CampaignUpdateInput"))
SCHEDULE = frozenset({"start_date", "end_date", "days_of_week", "call_time_ranges", "timezone"})
DEFAULTS: dict[str, Any] = {
    "description": None,
    "end_date": None,
    "initial_call_delay": 0,
    "max_retries": 3,
    "retry_cooldown_hours": 24,
    "auto_complete": False,
    "retry_on_no_conversion": False,
    "enable_post_completion_cooldown": False,
    "post_completion_cooldown_hours": 168,
    "success_cooldown_hours": 24,
    "voicemail_cooldown_hours": 24,
    "no_answer_cooldown_hours": 24,
    "busy_cooldown_hours": 24,
    "failed_cooldown_hours": 24,
    "do_not_call_enabled": False,
    "do_not_call_list_source": "environment",
    "do_not_call_custom_list": [],
    "auto_add_to_dnc_enabled": False,
    "auto_dnc_trigger_statuses": [],
    "auto_dnc_trigger_errors": [],
}
TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"active", "cancelled"}),
    "active": frozenset({"paused", "completed", "cancelled"}),
    "paused": frozenset({"active", "completed", "cancelled"}),
    "completed": frozenset(),
    "cancelled": frozenset(),
}
"""The page's transition table: ``completed`` and ``cancelled`` are final."""
STATUS_EVENTS = {"active": "campaign.started", "paused": "campaign.paused"}
COOLDOWN = {"busy": "busy_cooldown_hours", "no-answer": "no_answer_cooldown_hours"}
FAILED = ("failed", "busy", "no-answer")


# -- views -----------------------------------------------------------------------------------


def calls_of(tx: Transaction, campaign_id: str) -> list[Doc]:
    return tx.find(calls.KIND, "campaign_id", [campaign_id])


def stats(tx: Transaction, campaign_id: str, *, average: bool = False) -> dict[str, Any]:
    found = calls_of(tx, campaign_id)
    completed = [c for c in found if c.body["status"] == "completed"]
    failed = sum(1 for c in found if c.body["status"] in FAILED)
    done = len(completed) + failed
    result: dict[str, Any] = {
        "total_calls": len(found),
        "completed_calls": len(completed),
        "failed_calls": failed,
        "success_rate": round(100.0 * len(completed) / done, 2) if done else 0.0,
    }
    if average:
        durations = [c.body["duration"] for c in completed]
        result["average_duration"] = round(sum(durations) / len(durations)) if durations else 0
    return result


def view(tx: Transaction, doc: Doc, *, average: bool = False) -> dict[str, Any]:
    body = doc.body
    agent = tx.get("agent", body["agent_id"])
    return {
        "id": doc.id,
        "name": body["name"],
        "description": body.get("description"),
        "status": body["status"],
        "campaign_type": body["campaign_type"],
        "agent_id": body["agent_id"],
        "start_date": body["start_date"],
        "end_date": body.get("end_date"),
        "days_of_week": list(body["days_of_week"]),
        "call_time_ranges": [dict(r) for r in body["call_time_ranges"]],
        "timezone": body["timezone"],
        **{name: body.get(name, default) for name, default in DEFAULTS.items()
           if name not in ("description", "end_date")},
        "agent": calls.agent_ref(agent, body["agent_id"]),
        "stats": stats(tx, doc.id, average=average),
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
    }  # fmt: skip


def call_entry(doc: Doc) -> dict[str, Any]:
    """A campaign call, as Make Campaign Call and the 409 show it."""
    entry = {
        "id": doc.id,
        "campaign_id": doc.body["campaign_id"],
        "to": doc.body["to"],
        "status": doc.body["status"],
        "created_at": doc.body["created_at"],
    }
    if doc.body.get("scheduled_at"):
        entry["scheduled_at"] = doc.body["scheduled_at"]
    return entry


def detail(tx: Transaction, doc: Doc) -> dict[str, Any]:
    shown = view(tx, doc, average=True)
    shown["calls"] = [
        {
            "id": c.id,
            "to": c.body["to"],
            "status": c.body["status"],
            "retries": c.body.get("retries", 0),
            **({"scheduled_at": c.body["scheduled_at"]} if c.body.get("scheduled_at") else {}),
            "created_at": c.body["created_at"],
        }
        for c in calls_of(tx, doc.id)
    ]
    shown["files"] = [{"id": f.id, **f.body} for f in tx.children(FILE, doc.id)]
    return shown


# -- rules -----------------------------------------------------------------------------------


def _invalid(call: Call, errors: dict[str, list[str]]) -> Exception:
    return call.fail(422, message="The given data was invalid.", errors=errors)


def check(call: Call, body: Mapping[str, Any]) -> None:
    """The rules across fields (Create Campaign's; Update checks the result of the change):
    an agent of the environment, dates and windows in order, a real time zone."""
    errors: dict[str, list[str]] = {}
    agent = call.tx.get("agent", body["agent_id"])
    if agent is None or agent.environment_id != call.environment_id:
        errors["agent_id"] = ["The selected agent id is invalid."]
    try:
        start = date.fromisoformat(body["start_date"])
    except ValueError:
        errors["start_date"] = ["The start date must be a valid date."]
        start = None
    end_text = body.get("end_date")
    if end_text is not None:
        try:
            end = date.fromisoformat(end_text)
        except ValueError:
            errors["end_date"] = ["The end date must be a valid date."]
        else:
            if start is not None and end <= start:
                errors["end_date"] = ["The end date must be a date after start date."]
    for index, window in enumerate(body["call_time_ranges"]):
        if window["end"] <= window["start"]:
            key = f"call_time_ranges.{index}.end"
            errors[key] = [
                f"The call time ranges.{index}.end must be a date after"
                f" call time ranges.{index}.start."
            ]
    if zone(body["timezone"]) is None:
        errors["timezone"] = ["The timezone must be a valid zone."]
    if errors:
        raise _invalid(call, errors)


def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except Exception:
        return None


def next_opening(body: Mapping[str, Any], now: datetime) -> datetime | bool | None:
    """When the campaign's call windows next open: ``None`` when one is open now, a UTC time,
    or False when they never open again (past ``end_date``) (D42)."""
    tz = zone(body["timezone"]) or ZoneInfo("UTC")
    local = now.astimezone(tz)
    start = date.fromisoformat(body["start_date"])
    end = date.fromisoformat(body["end_date"]) if body.get("end_date") else None
    windows = sorted(body["call_time_ranges"], key=lambda w: w["start"])
    for offset in range(0, 400):
        day = local.date() + timedelta(days=offset)
        if day < start or day.isoweekday() not in body["days_of_week"]:
            continue
        if end is not None and day > end:
            return False
        for window in windows:
            opens = datetime.combine(day, time.fromisoformat(window["start"]), tz)
            closes = datetime.combine(day, time.fromisoformat(window["end"]), tz)
            if opens <= local < closes:
                return None
            if opens > local:
                return opens.astimezone(UTC)
    return False


def _parse(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).astimezone(UTC)


def campaign_event(
    tx: Transaction, deliverer: Deliverer, campaign: Doc, event: str, data: Mapping[str, Any]
) -> None:
    payload = {
        "event": event,
        "campaign_id": campaign.id,
        "campaign_name": campaign.body["name"],
        "status": campaign.body["status"],
        "timestamp": tx.now(),
        "data": dict(data),
    }
    delivery.emit(tx, deliverer, campaign, event, payload)


def _waiting(tx: Transaction, campaign_id: str) -> list[Doc]:
    return [c for c in calls_of(tx, campaign_id) if c.body["status"] in calls.WAITING]


def _set_status(tx: Transaction, deliverer: Deliverer, campaign: Doc, status: str) -> Doc:
    """Move ``campaign`` to ``status`` with what that does to its waiting calls (D42)."""
    now = tx.now()
    campaign = tx.update(campaign, {**campaign.body, "status": status, "updated_at": now})
    for waiting in _waiting(tx, campaign.id):
        if status == "active":
            tx.update(waiting, {**waiting.body, **_released(campaign.body, waiting.body, now)})
        elif status == "paused":
            tx.update(waiting, {**waiting.body, "due_at": None})
        else:
            tx.update(
                waiting,
                {**waiting.body, "status": "cancelled", "due_at": None, "updated_at": now},
            )
    event = STATUS_EVENTS.get(status) or ("campaign.completed" if status == "completed" else None)
    if event is not None:
        campaign_event(tx, deliverer, campaign, event, {})
    return campaign


def _released(campaign: Mapping[str, Any], call: Mapping[str, Any], now: str) -> dict[str, Any]:
    """What a held call becomes when its campaign is active again: its time if it is still
    ahead, else the next opening of the windows (now when one is open), or ``cancelled``
    when they never open again (D42)."""
    at = call.get("scheduled_at") or now
    if at > now:
        return {"due_at": at}
    opening = next_opening(campaign, _parse(now))
    if opening is False:
        return {"status": "cancelled", "due_at": None, "updated_at": now}
    if opening is None:
        return {"status": "queued", "due_at": now, "scheduled_at": now}
    assert isinstance(opening, datetime)
    when = format_timestamp(opening)
    return {"status": "scheduled", "due_at": when, "scheduled_at": when}


def _retry_time(campaign: Mapping[str, Any], call: Doc, now: str) -> str | None:
    """When a call that ended ``busy``, ``no-answer`` or ``failed`` is tried again: after the
    outcome's cooldown (from its planned end, whatever the clock's jumps), at the first
    opening of the windows from then; None when they never open again (D42)."""
    hours = campaign.get(COOLDOWN.get(call.body["status"], "failed_cooldown_hours"), 24)
    rested = _parse(call.body.get("ended_at") or now) + timedelta(hours=hours)
    opening = next_opening(campaign, rested)
    if opening is False:
        return None
    return format_timestamp(rested if opening is None else opening)  # type: ignore[arg-type]


def _placing(tx: Transaction, deliverer: Deliverer, call: Doc) -> bool:
    """A waiting call is placed only while its campaign is active; otherwise it is held."""
    campaign = tx.get(KIND, call.body.get("campaign_id") or "")
    if campaign is not None and campaign.body["status"] == "active":
        return True
    status = "cancelled" if campaign is None else call.body["status"]
    tx.update(call, {**call.body, "status": status, "due_at": None})
    return False


def _started(tx: Transaction, deliverer: Deliverer, call: Doc) -> None:
    campaign = tx.get(KIND, call.body.get("campaign_id") or "")
    if campaign is not None:
        campaign_event(tx, deliverer, campaign, "campaign_call.started", call_entry(call))


def _finished(tx: Transaction, deliverer: Deliverer, call: Doc) -> None:
    """A campaign call ended: its event, a retry after the cooldown, auto-completion."""
    campaign = tx.get(KIND, call.body.get("campaign_id") or "")
    if campaign is None:
        return
    body, status = campaign.body, call.body["status"]
    retries = call.body.get("retries", 0)
    if status == "completed":
        campaign_event(tx, deliverer, campaign, "campaign_call.completed", call_entry(call))
    elif (
        retries < body["max_retries"]
        and body["status"] in ("active", "paused")
        and (retry_at := _retry_time(body, call, tx.now()))
    ):
        agent = tx.get("agent", call.parent_id or "")
        if agent is not None:
            retry = calls.new_call(
                tx, agent, call.body, status="scheduled",
                due_at=retry_at if body["status"] == "active" else None,
                campaign_id=campaign.id, retries=retries + 1, scheduled_at=retry_at,
            )  # fmt: skip
            campaign_event(
                tx, deliverer, campaign, "campaign_call.retry_scheduled", call_entry(retry)
            )
    else:
        campaign_event(tx, deliverer, campaign, "campaign_call.failed", call_entry(call))
    campaign = tx.get(KIND, campaign.id) or campaign
    if (
        campaign.body.get("auto_complete")
        and campaign.body["status"] == "active"
        and not any(
            c.body["status"] in calls.WAITING + calls.ACTIVE for c in calls_of(tx, campaign.id)
        )
    ):
        _set_status(tx, deliverer, campaign, "completed")


on(calls.PLACING)(_placing)
on(calls.STARTED)(_started)
on(calls.FINISHED)(_finished)


@on_delete("agent")
def _agent_deleted(tx: Transaction, agent: Doc) -> None:
    """An agent's campaigns go with it (their calls are the agent's and go too) (D40)."""
    for campaign in tx.find(KIND, "agent_id", [agent.id]):
        delete(tx, campaign)


def delete(tx: Transaction, campaign: Doc) -> None:
    for doc in calls_of(tx, campaign.id):
        tx.delete(doc)
    tx.delete(campaign)


# -- handlers ----------------------------------------------------------------------------------


def _fields(call: Call) -> dict[str, Any]:
    fields = {name: call.body[name] for name in FIELDS if name in call.body}
    if "days_of_week" in fields:
        fields["days_of_week"] = sorted(set(fields["days_of_week"]))
    return fields


@operation("listCampaigns")
def list_campaigns(call: Call) -> Reply:
    query = call.query
    equals: dict[str, Any] = {
        name: query[name] for name in ("status", "campaign_type", "agent_id") if name in query
    }
    search = query.get("search")
    per_page, page = query["per_page"], query["page"]
    chosen, total = call.tx.page(
        KIND, call.environment_id, equals=equals,
        days=("created_at", query.get("date_from"), query.get("date_to")),
        contains=(("name", "description"), search) if search else None,
        newest_first=True, limit=per_page, offset=(page - 1) * per_page,
    )  # fmt: skip
    pagination = calls.window(page, per_page, total, len(chosen))
    return Reply(
        {"success": True, "data": [view(call.tx, d) for d in chosen], "pagination": pagination}
    )


@operation("createCampaign")
def create_campaign(call: Call) -> Reply:
    if call.tx.page(KIND, call.environment_id, limit=0)[1] >= LIMIT:
        raise call.fail(403, "CampaignLimitReached")
    now = call.tx.now()
    body = {**DEFAULTS, **_fields(call), "status": "draft", "created_at": now, "updated_at": now}
    check(call, body)
    campaign = call.tx.insert(KIND, body, environment_id=call.environment_id)
    campaign_event(call.tx, call.deliveries, campaign, "campaign.created", {})
    return Reply({"success": True, "data": view(call.tx, campaign)}, status=201)


@operation("getCampaign")
def get_campaign(call: Call) -> Reply:
    return Reply({"success": True, "data": detail(call.tx, call.resource("campaign_id"))})


@operation("updateCampaign")
def update_campaign(call: Call) -> Reply:
    campaign = call.resource("campaign_id")
    changed = {k: v for k, v in _fields(call).items() if campaign.body.get(k) != v}
    if changed:
        body = {**campaign.body, **changed, "updated_at": call.tx.now()}
        check(call, body)
        if (
            changed.keys() & SCHEDULE
            and campaign.body["status"] == "active"
            and _waiting(call.tx, campaign.id)
        ):
            raise call.fail(409)
        campaign = call.tx.update(campaign, body)
        campaign_event(call.tx, call.deliveries, campaign, "campaign.updated", changed)
    return Reply({"success": True, "data": view(call.tx, campaign)})


@operation("updateCampaignStatus")
def update_campaign_status(call: Call) -> Reply:
    campaign = call.resource("campaign_id")
    current, wanted = campaign.body["status"], call.body["status"]
    if wanted not in TRANSITIONS[current] and not call.planted(ILLEGAL_TRANSITION):
        raise call.fail(400, message=f"Cannot transition from {current} to {wanted} status")
    if wanted == "active":
        agent = call.tx.get("agent", campaign.body["agent_id"])
        if agent is None or agent.body["current_status"] != "published":
            raise call.fail(403, "AgentNotPublished")
    campaign = _set_status(call.tx, call.deliveries, campaign, wanted)
    data = {"id": campaign.id, "status": wanted, "updated_at": campaign.body["updated_at"]}
    return Reply({"success": True, "message": "Campaign status updated successfully", "data": data})


@operation("deleteCampaign")
def delete_campaign(call: Call) -> Reply:
    campaign = call.resource("campaign_id")
    if campaign.body["status"] == "active":
        raise call.fail(403, "CampaignActive")
    if any(c.body["status"] in calls.ACTIVE for c in calls_of(call.tx, campaign.id)):
        raise call.fail(409)
    delete(call.tx, campaign)
    return Reply({"success": True, "message": "Campaign deleted successfully"})


@operation("makeCampaignCall")
def make_campaign_call(call: Call) -> Reply:
    campaign = call.resource("campaign_id")
    body, to = campaign.body, call.body["to"]
    if body["status"] != "active":
        raise call.fail(400)
    agent = call.tx.get("agent", body["agent_id"])
    if agent is None or agent.body["current_status"] != "published":
        raise call.fail(403, "Forbidden")
    if (
        body.get("do_not_call_enabled")
        and body.get("do_not_call_list_source") == "custom"
        and to in body.get("do_not_call_custom_list", [])
    ):
        raise _invalid(call, {"to": ["The to is on the campaign's do-not-call list."]})
    if not call.body.get("allow_duplicates") and not call.planted(DUPLICATE_CAMPAIGN_CALL):
        for existing in calls_of(call.tx, campaign.id):
            if existing.body["to"] == to and existing.body["status"] in (
                calls.WAITING + calls.ACTIVE
            ):
                raise call.fail(409, existing_call=call_entry(existing))
    now = call.tx.now()
    opening = next_opening(body, _parse(now))
    if opening is False:
        raise call.fail(400)
    delay = timedelta(seconds=body.get("initial_call_delay", 0))
    at = _parse(now) + delay if opening is None else max(opening, _parse(now) + delay)
    assert isinstance(at, datetime)
    when = format_timestamp(at)
    placed = calls.new_call(
        call.tx, agent, call.body, status="queued" if opening is None else "scheduled",
        due_at=when, campaign_id=campaign.id, retries=0, scheduled_at=when,
    )  # fmt: skip
    campaign_event(call.tx, call.deliveries, campaign, "campaign_call.queued", call_entry(placed))
    summary = {"id": campaign.id, "name": body["name"], "status": body["status"]}
    return Reply({"campaign_call": call_entry(placed), "campaign": summary}, status=201)


# -- fixtures ----------------------------------------------------------------------------------


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    nested = pop_nested(KIND, fields)
    campaign_id = fields.pop("id", None)
    agent = tx.get("agent", fields["agent_id"])
    if agent is None or agent.environment_id != environment_id:
        raise InvalidFixture(
            f"campaign {campaign_id or fields['name']}: no agent {fields['agent_id']!r}"
        )
    now = tx.now()
    body = {**DEFAULTS, **fields, "status": fields.get("status", "draft"),
            "created_at": now, "updated_at": now}  # fmt: skip
    campaign = tx.insert(KIND, body, environment_id=environment_id, id_=campaign_id)
    seed_nested(tx, campaign, nested)


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return dump_with_nested(tx, KIND, environment_id)


def _item_schema() -> dict[str, Any]:
    return fixture_item(
        "CampaignUpdateInput",
        add={
            "status": {"enum": list(TRANSITIONS)},
            **{part.name: part.schema() for part in nested_parts(KIND)},
        },
        required=["name", "campaign_type", "agent_id", "start_date", "days_of_week",
                  "call_time_ranges", "timezone"],
    )  # fmt: skip


webhooks.child(webhooks.CAMPAIGN, KIND)
fixture_part(FixturePart("campaigns", _item_schema, _seed, _dump, order=30))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_demo", "campaigns", [
        {
            "id": DEMO_CAMPAIGN_ID, "name": "Q1 Outreach",
            "description": "Appointment reminders, every day, all day.", "status": "active",
            "campaign_type": "reminder", "agent_id": OUTBOUND_AGENT_ID,
            "start_date": "2024-01-01", "days_of_week": [1, 2, 3, 4, 5, 6, 7],
            "call_time_ranges": [{"start": "00:00", "end": "23:59"}], "timezone": "UTC",
        },
        {
            "id": "campaign-draft-1", "name": "Spring follow-up", "status": "draft",
            "campaign_type": "follow_up", "agent_id": OUTBOUND_AGENT_ID,
            "start_date": "2024-03-01", "days_of_week": [1, 2, 3, 4, 5],
            "call_time_ranges": [{"start": "09:00", "end": "17:00"}],
            "timezone": "America/New_York",
        },
    ])  # fmt: skip
    fixture.add("env_other", "campaigns", [
        {
            "id": "campaign-other", "name": "Another team's campaign", "campaign_type": "sales",
            "agent_id": OTHER_AGENT_ID, "start_date": "2024-01-01",
            "days_of_week": [1, 2, 3, 4, 5],
            "call_time_ranges": [{"start": "09:00", "end": "17:00"}],
            "timezone": "America/New_York",
        }
    ])  # fmt: skip

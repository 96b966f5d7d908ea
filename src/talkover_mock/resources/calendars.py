"""Calendars (kind ``calendar``, owned by an environment): create, read, update, delete. What a
calendar holds (events, members, availability rules, provider connections) are documents under
it, so a calendar's delete takes them along (D55)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..documents import Doc, FixturePart, Transaction
from ..errors import ApiError
from ..registry import Call, DemoFixture, Reply, demo_part, fixture_part, operation
from .schemas import fixture_item

KIND = "calendar"
DEFAULT_TIMEZONE = "UTC"
"""The environment's time zone, which the mock keeps as UTC (D55)."""


def view(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, **doc.body}


def zone_refused(name: str) -> ApiError | None:
    """The 422 for a time zone the IANA database does not have."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        message = "The timezone must be a valid timezone."
        errors = {"timezone": [message]}
        return ApiError(422, {"success": False, "message": message, "errors": errors})
    return None


@operation("listCalendars")
def list_calendars(call: Call) -> Reply:
    docs, _ = call.tx.page(KIND, call.environment_id, limit=call.query.get("per_page", 25))
    return Reply({"success": True, "data": [view(d) for d in docs]})


@operation("createCalendar")
def create_calendar(call: Call) -> Reply:
    fields, now = call.body, call.tx.now()
    timezone = fields.get("timezone", DEFAULT_TIMEZONE)
    if (refused := zone_refused(timezone)) is not None:
        raise refused
    body = {
        "name": fields["name"],
        "timezone": timezone,
        "owner_id": fields["owner_id"],
        "metadata": fields.get("metadata", {}),
        "created_at": now,
        "updated_at": now,
    }
    doc = call.tx.insert(KIND, body, environment_id=call.environment_id)
    return Reply({"success": True, "data": view(doc)}, status=201)


@operation("getCalendar")
def get_calendar(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.resource("calendar_id"))})


@operation("updateCalendar")
def update_calendar(call: Call) -> Reply:
    calendar, fields = call.resource("calendar_id"), call.body
    if "timezone" in fields and (refused := zone_refused(fields["timezone"])) is not None:
        raise refused
    changed = {k: fields[k] for k in ("name", "timezone", "metadata") if k in fields}
    body = {**calendar.body, **changed, "updated_at": call.tx.now()}
    return Reply({"success": True, "data": view(call.tx.update(calendar, body))})


@operation("deleteCalendar")
def delete_calendar(call: Call) -> Reply:
    call.tx.delete(call.resource("calendar_id"))  # with everything under it
    return Reply({"success": True, "message": "Calendar deleted"})


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    now = tx.now()
    body = {
        "name": item["name"],
        "timezone": item.get("timezone", DEFAULT_TIMEZONE),
        "owner_id": item["owner_id"],
        "metadata": item.get("metadata", {}),
        "created_at": now,
        "updated_at": now,
    }
    tx.insert(KIND, body, environment_id=environment_id, id_=item.get("id"))


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [view(doc) for doc in tx.page(KIND, environment_id)[0]]


fixture_part(
    FixturePart("calendars", lambda: fixture_item("CalendarInput"), _seed, _dump, order=20)
)


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_demo", "calendars", [
        {"id": "calendar-uuid-1", "name": "Sales Demo Calendar",
         "timezone": "America/New_York", "owner_id": "user-uuid-1"},
    ])  # fmt: skip
    fixture.add("env_other", "calendars", [
        {"id": "calendar-other", "name": "Another team's calendar", "owner_id": "user-other"},
    ])  # fmt: skip

"""A calendar's events (kind ``calendar_event``, under the calendar), their attendees (kept in
the event: they have ids but no life of their own) and meeting links. Times are stored as UTC
instants; an event that is not ``cancelled`` is busy time for availability (D60)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from ..documents import ChildPart, Doc, Transaction
from ..errors import ApiError
from ..registry import Call, Reply, child_part, operation
from ..validation import INSTANT_PROBLEM, parse_instant
from . import calendars
from .schemas import AN_ID, fixture_item

KIND = "calendar_event"
TIMES = ("start_at", "end_at")
FIELDS = ("title", "description", "status", "type", "created_by", "owner_id", "owner_type")


def instant_text(moment: datetime) -> str:
    """UTC with a ``Z``, to the second unless it has a fraction (the pages' form)."""
    moment = moment.astimezone(UTC).replace(tzinfo=None)
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.isoformat(timespec=spec) + "Z"


def instant(text: str) -> datetime:
    parsed = parse_instant(text)
    assert parsed is not None, text
    return parsed


def view(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, "calendar_id": doc.parent_id, **doc.body}


def refused(errors: dict[str, list[str]]) -> ApiError:
    """The 422 naming each field, its first message as the envelope's."""
    return ApiError.of(422, next(iter(errors.values()))[0], errors=errors)


def _times(fields: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, str]:
    """The event's start and end after ``fields`` apply: each a valid instant, the end after
    the start (422 otherwise)."""
    errors: dict[str, list[str]] = {}
    found: dict[str, datetime] = {}
    for name in TIMES:
        if name in fields:
            parsed = parse_instant(fields[name])
            if parsed is None:
                errors[name] = [f"The {name.replace('_', ' ')} {INSTANT_PROBLEM}."]
            else:
                found[name] = parsed
        else:
            found[name] = instant(current[name])
    if not errors and found["end_at"] <= found["start_at"]:
        errors["end_at"] = ["The end at must be a date after start at."]
    if errors:
        raise refused(errors)
    return {name: instant_text(found[name]) for name in TIMES}


def _attendees(tx: Transaction, given: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    kept: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in given:
        email = str(item["email"]).strip()
        if email.lower() in seen:
            continue  # the same person once
        seen.add(email.lower())
        kept.append({"id": tx.new_id("attendee"), "name": item["name"], "email": email})
    return kept


def new_event(
    tx: Transaction, calendar: Doc, fields: Mapping[str, Any], id_: str | None = None
) -> Doc:
    now = tx.now()
    times = _times(fields, {})
    body = {
        "title": fields["title"],
        "description": fields.get("description"),
        **times,
        "status": fields.get("status", "confirmed"),
        "type": fields.get("type"),
        "created_by": fields.get("created_by"),
        "owner_id": fields.get("owner_id"),
        "owner_type": fields.get("owner_type"),
        "attendees": _attendees(tx, fields.get("attendees", [])),
        "meeting_url": None,
        "meeting_id": None,
        "created_at": now,
        "updated_at": now,
    }
    return tx.insert(
        KIND, body, environment_id=calendar.environment_id, parent_id=calendar.id, id_=id_
    )


def in_range(doc: Doc, start: datetime | None, end: datetime | None) -> bool:
    """``from`` keeps events starting at or after it, ``to`` those ending at or before it."""
    if start is not None and instant(doc.body["start_at"]) < start:
        return False
    return end is None or instant(doc.body["end_at"]) <= end


def _listed(docs: Iterable[Doc], query: Mapping[str, Any]) -> list[dict[str, Any]]:
    chosen = [
        d for d in docs
        if in_range(d, query.get("from"), query.get("to"))
        and query.get("status") in (None, d.body["status"])
    ]  # fmt: skip
    chosen.sort(key=lambda d: (instant(d.body["start_at"]), d.seq))
    return [view(d) for d in chosen]


def busy(tx: Transaction, calendar_id: str) -> list[tuple[datetime, datetime]]:
    """The calendar's busy time: every event that is not cancelled."""
    return [
        (instant(e.body["start_at"]), instant(e.body["end_at"]))
        for e in tx.children(KIND, calendar_id)
        if e.body["status"] != "cancelled"
    ]


@operation("listCalendarEvents")
def list_events(call: Call) -> Reply:
    calendar = call.resource("calendar_id")
    data = _listed(call.tx.children(KIND, calendar.id), call.query)
    return Reply({"success": True, "data": data})


@operation("getCalendarEventsBatch")
def batch_events(call: Call) -> Reply:
    docs: list[Doc] = []
    for calendar_id in dict.fromkeys(call.query["calendar_ids[]"]):
        calendar = call.tx.get(calendars.KIND, calendar_id)
        if calendar is None:
            raise call.fail(404, "CalendarNotFound")
        if calendar.environment_id != call.environment_id:
            raise call.fail(403)
        docs += call.tx.children(KIND, calendar.id)
    return Reply({"success": True, "data": _listed(docs, call.query)})


@operation("createCalendarEvent")
def create_event(call: Call) -> Reply:
    event = new_event(call.tx, call.resource("calendar_id"), call.body)
    return Reply({"success": True, "data": view(event)}, status=201)


@operation("getCalendarEvent")
def get_event(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.resource("event_id"))})


@operation("updateCalendarEvent")
def update_event(call: Call) -> Reply:
    event, fields = call.resource("event_id"), call.body
    body = {**event.body, **{k: fields[k] for k in FIELDS if k in fields}}
    body.update(_times(fields, event.body))
    if "attendees" in fields:
        body["attendees"] = _attendees(call.tx, fields["attendees"])
    body["updated_at"] = call.tx.now()
    return Reply({"success": True, "data": view(call.tx.update(event, body))})


@operation("deleteCalendarEvent")
def delete_event(call: Call) -> Reply:
    call.tx.delete(call.resource("event_id"))
    return Reply({"success": True, "message": "Event deleted"})


@operation("createEventMeeting")
def create_meeting(call: Call) -> Reply:
    calendar, event = call.resource("calendar_id"), call.resource("event_id")
    if event.body["meeting_url"] is None:
        if not calendars.active_connections(call.tx, calendar.id):
            raise call.fail(422)
        digest = hashlib.sha256(event.id.encode()).hexdigest()
        code = f"{digest[:3]}-{digest[3:6]}-{digest[6:9]}"
        body = {**event.body, "meeting_url": f"https://meet.example.com/{code}",
                "meeting_id": f"meeting-{digest[:12]}", "updated_at": call.tx.now()}  # fmt: skip
        event = call.tx.update(event, body)
    data = {k: event.body[k] for k in ("meeting_url", "meeting_id")}
    return Reply({"success": True, "data": {"event_id": event.id, **data}})


@operation("addEventAttendee")
def add_attendee(call: Call) -> Reply:
    event, fields = call.resource("event_id"), call.body
    email = str(fields["email"]).strip()
    if any(a["email"].lower() == email.lower() for a in event.body["attendees"]):
        raise call.fail(409)
    attendee = {"id": call.tx.new_id("attendee"), "name": fields["name"], "email": email}
    body = {**event.body, "attendees": [*event.body["attendees"], attendee],
            "updated_at": call.tx.now()}  # fmt: skip
    call.tx.update(event, body)
    return Reply({"success": True, "data": attendee}, status=201)


@operation("removeEventAttendee")
def remove_attendee(call: Call) -> Reply:
    event, attendee_id = call.resource("event_id"), call.path["attendee_id"]
    kept = [a for a in event.body["attendees"] if a["id"] != attendee_id]
    if len(kept) == len(event.body["attendees"]):
        raise call.fail(404, "AttendeeNotFound")
    call.tx.update(event, {**event.body, "attendees": kept, "updated_at": call.tx.now()})
    return Reply({"success": True, "message": "Attendee removed"})


def _seed(tx: Transaction, calendar: Doc, items: list[Mapping[str, Any]]) -> None:
    for item in items:
        new_event(tx, calendar, item, id_=item.get("id"))


def _dump(tx: Transaction, calendar_id: str) -> list[Any]:
    return [{"id": e.id, **e.body} for e in tx.children(KIND, calendar_id)]


child_part(
    calendars.KIND,
    ChildPart(
        "events", lambda: fixture_item("CalendarEventInput", add={"id": AN_ID}), _seed, _dump
    ),
)

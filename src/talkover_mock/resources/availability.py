"""Availability rules (kind ``availability_rule``, under the calendar) and the availability
query (D60).

Open time is what the recurring rules give, each in its own time zone: a wall-clock window on a
date covers every instant whose local time on that date falls in it, so DST changes move it
(and a repeated hour counts twice). Exceptions then change their dates: an available exception
replaces the recurring time of its whole local day by its window (the whole day without one), a
blocked exception takes its window (or the day) away. Touching pieces join, and are cut where
the calendar's local date changes; slots are laid back to back from the start of each piece; a
slot is offered when it is inside the piece and the asked range and no event that is not
cancelled overlaps it."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from ..documents import ChildPart, Doc, Transaction
from ..faults import fault
from ..registry import Call, Reply, child_part, operation
from . import calendar_events, calendars
from .schemas import AN_ID, fixture_item

IGNORE_EVENTS = fault(
    "availability_ignores_events",
    "Query Availability offers slots that events already take.",
    model=["calendars"],
)
FIXED_OFFSET = fault(
    "availability_fixed_offset",
    "Query Availability converts every wall time with the UTC offset of the range's start, "
    "as if there were no DST change.",
    model=["calendars"],
)

KIND = "availability_rule"
EARLIEST = datetime(1, 1, 8, tzinfo=UTC)
LATEST = datetime(9999, 12, 20, tzinfo=UTC)
"""Where the slot computation stops: it reaches days beyond its range, and Python's calendar
ends at the years 1 and 9999."""
RANGE_LIMIT = timedelta(days=31)
RECURRING = ("days_of_week", "start_time", "end_time")
EXCEPTION = ("date", "available")
OPTIONAL_WINDOW = ("start_time", "end_time")
Span = tuple[datetime, datetime]


def view(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, **doc.body}


# -- the rules --------------------------------------------------------------------------------


def _complete(call: Call, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The rule as stored: the fields its type takes, each required one present, a window's end
    after its start, a valid zone (422 naming the field otherwise)."""
    kind = fields["type"]
    needed = RECURRING if kind == "recurring" else EXCEPTION
    allowed = (*needed, "timezone") + (OPTIONAL_WINDOW if kind == "exception" else ())
    errors = {
        name: [f"The {name.replace('_', ' ')} field is required when type is {kind}."]
        for name in needed
        if fields.get(name) is None
    }
    window = [fields.get(n) for n in OPTIONAL_WINDOW]
    if kind == "exception" and (window[0] is None) != (window[1] is None):
        missing = "start_time" if window[0] is None else "end_time"
        errors[missing] = [f"The {missing.replace('_', ' ')} field is required with the other."]
    start, end = window
    if not errors and start is not None and end is not None and end <= start:
        errors["end_time"] = ["The end time must be a time after start time."]
    if not errors and kind == "exception":
        try:
            date.fromisoformat(fields["date"])
        except ValueError:
            errors["date"] = ["The date must be a valid date."]
    if errors:
        raise calendar_events.refused(errors)
    if (refused := calendars.zone_refused(fields["timezone"])) is not None:
        raise refused
    body = {"type": kind, **{k: fields[k] for k in allowed if fields.get(k) is not None}}
    if kind == "recurring":
        body["days_of_week"] = sorted(set(body["days_of_week"]))
    return body


@operation("listAvailabilityRules")
def list_rules(call: Call) -> Reply:
    rules = call.tx.children(KIND, call.resource("calendar_id").id)
    return Reply({"success": True, "data": [view(r) for r in rules]})


@operation("createAvailabilityRule")
def create_rule(call: Call) -> Reply:
    calendar = call.resource("calendar_id")
    fields = {"timezone": calendar.body["timezone"], **call.body}
    body = _complete(call, fields)
    rule = call.tx.insert(KIND, body, environment_id=calendar.environment_id, parent_id=calendar.id)
    return Reply({"success": True, "data": view(rule)}, status=201)


@operation("updateAvailabilityRule")
def update_rule(call: Call) -> Reply:
    rule = call.resource("rule_id")
    current = dict(rule.body)
    if call.body.get("type", current["type"]) != current["type"]:
        current = {"timezone": current["timezone"]}  # the old type's fields go
    body = _complete(call, {**current, **call.body})
    return Reply({"success": True, "data": view(call.tx.update(rule, body))})


@operation("deleteAvailabilityRule")
def delete_rule(call: Call) -> Reply:
    call.tx.delete(call.resource("rule_id"))
    return Reply({"success": True, "message": "Availability rule deleted"})


# -- wall time to instants --------------------------------------------------------------------


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


@lru_cache(maxsize=4096)
def _segments(zone_name: str, day: date) -> tuple[tuple[datetime, datetime, timedelta], ...]:
    """``(start, end, offset)``: the stretches of UTC around the local ``day`` (a day either
    side) in which ``zone_name``'s offset is constant. Offsets are sampled every three hours
    and each change is found to the minute by bisection (zones change at most twice a year)."""
    zone = ZoneInfo(zone_name)
    begin = datetime.combine(day, time(), UTC) - timedelta(days=2)
    finish = begin + timedelta(days=5)

    def offset(at: datetime) -> timedelta:
        found = at.astimezone(zone).utcoffset()
        assert found is not None
        return found

    cuts = [begin]
    step, at = timedelta(hours=3), begin
    while at < finish:
        nxt = at + step
        if offset(at) != offset(nxt):
            low, high = at, nxt  # offset(low) differs from offset(high): bisect to the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    middle = low + timedelta(minutes=1)
                if offset(middle) == offset(low):
                    low = middle
                else:
                    high = middle
            cuts.append(high)
        at = nxt
    cuts.append(finish)
    return tuple((a, b, offset(a)) for a, b in itertools.pairwise(cuts) if a < b)


def wall_spans(
    zone_name: str, day: date, start: int, end: int, *, fixed: timedelta | None = None
) -> list[Span]:
    """The instants whose local time in ``zone_name`` is on ``day`` and from minute ``start``
    up to (not including) minute ``end`` of it (``end`` may be 1440: the day's end)."""
    local_start = datetime.combine(day, time(), UTC) + timedelta(minutes=start)
    local_end = datetime.combine(day, time(), UTC) + timedelta(minutes=end)
    if fixed is not None:  # the planted fault: one offset for everything
        return [(local_start - fixed, local_end - fixed)]
    spans = []
    for seg_start, seg_end, offset in _segments(zone_name, day):
        low, high = max(local_start - offset, seg_start), min(local_end - offset, seg_end)
        if low < high:
            spans.append((low, high))
    return union(spans)


def union(spans: Iterable[Span]) -> list[Span]:
    """Disjoint, sorted, touching pieces joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def subtract(spans: list[Span], taken: list[Span]) -> list[Span]:
    """``spans`` less every instant of ``taken``."""
    result: list[Span] = []
    for start, end in spans:
        pieces = [(start, end)]
        for t_start, t_end in taken:
            kept: list[Span] = []
            for a, b in pieces:
                if t_start >= b or t_end <= a:
                    kept.append((a, b))
                    continue
                if a < t_start:
                    kept.append((a, t_start))
                if t_end < b:
                    kept.append((t_end, b))
            pieces = kept
        result += pieces
    return union(result)


def local_days(zone_name: str, start: datetime, end: datetime) -> list[Span]:
    """The local days of ``zone_name`` from the one before ``start`` to the one after
    ``end``, as instants."""
    zone = ZoneInfo(zone_name)
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    found = []
    while day <= last:
        found += wall_spans(zone_name, day, 0, 1440)
        day += timedelta(days=1)
    return found


def split_at_midnight(pieces: list[Span], days: list[Span]) -> list[Span]:
    """The pieces cut where the calendar's local date changes: a slot never spans midnight."""
    return [
        (max(a, d_start), min(b, d_end))
        for a, b in pieces
        for d_start, d_end in days
        if max(a, d_start) < min(b, d_end)
    ]


def open_time(
    rules: Iterable[Mapping[str, Any]], start: datetime, end: datetime, *, fixed: bool = False
) -> list[Span]:
    """The open pieces the rules give around ``start`` to ``end`` (two days either side)."""
    start, end = start - timedelta(days=1), end + timedelta(days=1)
    recurring: list[Span] = []
    days_replaced: list[Span] = []
    opened: list[Span] = []
    blocked: list[Span] = []
    for rule in rules:
        zone_name = rule["timezone"]
        zone = ZoneInfo(zone_name)
        shift = start.astimezone(zone).utcoffset() if fixed else None
        first = start.astimezone(zone).date() - timedelta(days=1)
        last = end.astimezone(zone).date() + timedelta(days=1)
        if rule["type"] == "recurring":
            window = (_minutes(rule["start_time"]), _minutes(rule["end_time"]))
            day = first
            while day <= last:
                if day.isoweekday() in rule["days_of_week"]:
                    recurring += wall_spans(zone_name, day, *window, fixed=shift)
                day += timedelta(days=1)
            continue
        day = date.fromisoformat(rule["date"])
        if not first <= day <= last:
            continue
        whole = wall_spans(zone_name, day, 0, 1440, fixed=shift)
        window_spans = (
            wall_spans(
                zone_name,
                day,
                _minutes(rule["start_time"]),
                _minutes(rule["end_time"]),
                fixed=shift,
            )
            if "start_time" in rule
            else whole
        )
        if rule["available"]:
            days_replaced += whole
            opened += window_spans
        else:
            blocked += window_spans
    kept = subtract(union(recurring), union(days_replaced))
    return subtract(union(kept + opened), union(blocked))


def slots(
    pieces: Iterable[Span], busy: Iterable[Span], start: datetime, end: datetime, length: timedelta
) -> list[Span]:
    taken = union(busy)
    found = []
    for piece_start, piece_end in pieces:
        if piece_end <= start or piece_start >= end:
            continue
        at = piece_start
        if at < start:  # skip whole slots before the range: the grid stays the piece's
            at += ((start - at) // length) * length
        while at + length <= piece_end and at + length <= end:
            slot_end = at + length
            if at >= start and not any(
                b_start < slot_end and b_end > at for b_start, b_end in taken
            ):
                found.append((at, slot_end))
            at = slot_end
    return found


@operation("queryAvailability")
def query_availability(call: Call) -> Reply:
    calendar = call.resource("calendar_id")
    start, end = call.query["from"], call.query["to"]
    if end <= start:
        raise calendar_events.refused({"to": ["The to must be a date after from."]})
    if end - start > RANGE_LIMIT:
        raise calendar_events.refused(
            {"to": ["The range from from to to must not exceed 31 days."]}
        )
    rules = [r.body for r in call.tx.children(KIND, calendar.id)]
    # The computation looks a few days either side: at the ends of the calendar Python knows
    # (years 1 and 9999) it looks only as far as there is.
    inner_start, inner_end = max(start, EARLIEST), min(end, LATEST)
    pieces = []
    if inner_start < inner_end:
        pieces = open_time(rules, inner_start, inner_end, fixed=call.planted(FIXED_OFFSET))
        days = local_days(calendar.body["timezone"], inner_start, inner_end)
        pieces = split_at_midnight(pieces, days)
    busy = [] if call.planted(IGNORE_EVENTS) else calendar_events.busy(call.tx, calendar.id)
    length = timedelta(minutes=call.query["duration_minutes"])
    found = slots(pieces, busy, start, end, length)
    data = [
        {"start_at": calendar_events.instant_text(a), "end_at": calendar_events.instant_text(b)}
        for a, b in found
    ]
    return Reply({"success": True, "data": data})


def _seed(tx: Transaction, calendar: Doc, items: list[Mapping[str, Any]]) -> None:
    for item in items:
        body = {"timezone": calendar.body["timezone"], **item}
        body.pop("id", None)
        tx.insert(
            KIND, body, environment_id=calendar.environment_id, parent_id=calendar.id,
            id_=item.get("id"),
        )  # fmt: skip


def _dump(tx: Transaction, calendar_id: str) -> list[Any]:
    return [view(r) for r in tx.children(KIND, calendar_id)]


child_part(
    calendars.KIND,
    ChildPart(
        "availability_rules",
        lambda: fixture_item("AvailabilityRuleInput", add={"id": AN_ID}),
        _seed,
        _dump,
    ),
)

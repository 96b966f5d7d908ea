"""Free slots computed by hand, the slow and obvious way, to check Query Availability against
(D60). Nothing here is shared with the mock: every minute around the range is asked, one by one,
whether a person reading the rules would call it open (its local time in each rule's zone, by
the standard library's own conversion from UTC, which is never ambiguous), and the open minutes
are then read as stretches, cut at the calendar's local midnight, with slots laid from each
stretch's start."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MINUTE = timedelta(minutes=1)
Slot = tuple[datetime, datetime]


def _hhmm(text: str) -> int:
    return int(text[:2]) * 60 + int(text[3:])


def _inside(rule: Mapping[str, Any], minute_of_day: int) -> bool:
    """Whether a minute of the day is in the rule's window (the whole day when it has none)."""
    if "start_time" not in rule:
        return True
    return _hhmm(rule["start_time"]) <= minute_of_day < _hhmm(rule["end_time"])


def is_open(rules: Sequence[Mapping[str, Any]], moment: datetime) -> bool:
    """What the rules say of the minute starting at ``moment``."""
    recurring = replaced = opened = blocked = False
    for rule in rules:
        local = moment.astimezone(ZoneInfo(rule["timezone"]))
        minute_of_day = local.hour * 60 + local.minute
        if rule["type"] == "recurring":
            if local.isoweekday() in rule["days_of_week"] and _inside(rule, minute_of_day):
                recurring = True
        elif local.date() == date.fromisoformat(rule["date"]):
            if rule["available"]:
                replaced = True  # the recurring rules do not speak for this day
                opened = opened or _inside(rule, minute_of_day)
            elif _inside(rule, minute_of_day):
                blocked = True
    return (opened if replaced else recurring) and not blocked


def free_slots(
    rules: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    calendar_zone: str,
    start: datetime,
    end: datetime,
    minutes: int,
) -> list[Slot]:
    """The slots a person would offer: ``events`` are ``{start_at, end_at, status}`` with
    aware datetimes; cancelled ones are not busy."""
    zone = ZoneInfo(calendar_zone)
    busy = [(e["start_at"], e["end_at"]) for e in events if e["status"] != "cancelled"]
    length = timedelta(minutes=minutes)
    scan = start.astimezone(UTC).replace(second=0, microsecond=0) - timedelta(days=2)
    stop = end + timedelta(days=2)
    found: list[Slot] = []
    run_start: datetime | None = None
    previous_day = None
    moment = scan
    while moment < stop:
        day = moment.astimezone(zone).date()
        if day != previous_day:
            run_start = None  # a stretch ends at the calendar's local midnight
        previous_day = day
        if not is_open(rules, moment):
            run_start = None
        else:
            if run_start is None:
                run_start = moment
            slot_start = moment + MINUTE - length
            # The minute just checked closes a slot when the stretch so far is a whole number
            # of slots long: the slot is offered if it is in the range and nothing is busy.
            if slot_start >= run_start and (slot_start - run_start) % length == timedelta(0):
                slot_end = moment + MINUTE
                in_range = slot_start >= start and slot_end <= end
                if in_range and not any(b0 < slot_end and b1 > slot_start for b0, b1 in busy):
                    found.append((slot_start, slot_end))
        moment += MINUTE
    return found

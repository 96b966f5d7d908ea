"""Query Availability against a hand computation (``contract_tests/model/availability_reference``,
which shares nothing with the mock): random rules in random zones, random events, ranges that
cross DST changes; and the cases a person checks first, written out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.model.availability_reference import free_slots
from talkover_mock.app import create_app
from talkover_mock.config import MockConfig
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.inprocess import SyncASGITransport

ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC"]
AROUND = [
    datetime(2024, 3, 9, 12, tzinfo=UTC),  # New York springs forward on the 10th
    datetime(2024, 3, 30, 6, tzinfo=UTC),  # London on the 31st
    datetime(2024, 4, 6, 0, tzinfo=UTC),  # Sydney falls back on the 7th
    datetime(2024, 11, 2, 18, tzinfo=UTC),  # New York falls back on the 3rd
    datetime(2024, 10, 5, 0, tzinfo=UTC),  # Sydney springs forward on the 6th
]
TIMES = [f"{h:02d}:{m:02d}" for h in range(24) for m in (0, 15, 30, 45)] + ["23:59"]


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
    transport = SyncASGITransport(create_app(MockConfig(demo=True)))
    with httpx.Client(
        transport=transport, base_url="http://mock/api/v1", headers=headers
    ) as client:
        yield client


@st.composite
def windows(draw: st.DrawFn) -> tuple[str, str]:
    start = draw(st.sampled_from(TIMES[:-1]))
    end = draw(st.sampled_from([t for t in TIMES if t > start]))
    return start, end


@st.composite
def rules(draw: st.DrawFn, zone: str) -> dict[str, Any]:
    own = draw(st.sampled_from([zone, *ZONES]))
    if draw(st.integers(0, 3)):
        start, end = draw(windows())
        days = sorted(draw(st.sets(st.integers(1, 7), min_size=1)))
        return {"type": "recurring", "days_of_week": days, "start_time": start,
                "end_time": end, "timezone": own}  # fmt: skip
    rule: dict[str, Any] = {
        "type": "exception", "timezone": own, "available": draw(st.booleans()),
        "date": (draw(st.sampled_from(AROUND)) + timedelta(days=draw(st.integers(-1, 2)))).date().isoformat(),
    }  # fmt: skip
    if draw(st.booleans()):
        rule["start_time"], rule["end_time"] = draw(windows())
    return rule


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    zone = draw(st.sampled_from(ZONES))
    start = draw(st.sampled_from(AROUND)) + timedelta(minutes=draw(st.sampled_from([0, 10, 45])))
    span = timedelta(hours=draw(st.integers(6, 72)))
    events = []
    for _ in range(draw(st.integers(0, 4))):
        begins = start + timedelta(minutes=15 * draw(st.integers(-8, 4 * 72)))
        events.append({
            "start_at": begins,
            "end_at": begins + timedelta(minutes=draw(st.sampled_from([15, 30, 50, 120]))),
            "status": draw(st.sampled_from(["confirmed", "tentative", "cancelled"])),
        })  # fmt: skip
    return {
        "zone": zone,
        "rules": draw(st.lists(rules(zone), min_size=1, max_size=4)),
        "events": events,
        "start": start,
        "end": start + span,
        "minutes": draw(st.sampled_from([15, 30, 45, 50, 60, 90])),
    }


def z(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def ask(api: httpx.Client, scenario: dict[str, Any]) -> list[tuple[datetime, datetime]]:
    made = api.post("/calendars", json={"name": "Property", "owner_id": "user-uuid-1",
                                        "timezone": scenario["zone"]})  # fmt: skip
    calendar_id = made.json()["data"]["id"]
    try:
        for rule in scenario["rules"]:
            sent = api.post(f"/calendars/{calendar_id}/availability-rules", json=rule)
            assert sent.status_code == 201, sent.text
        for event in scenario["events"]:
            body = {"title": "Busy", "start_at": z(event["start_at"]),
                    "end_at": z(event["end_at"]), "status": event["status"]}  # fmt: skip
            sent = api.post(f"/calendars/{calendar_id}/events", json=body)
            assert sent.status_code == 201, sent.text
        params = {"from": z(scenario["start"]), "to": z(scenario["end"]),
                  "duration_minutes": scenario["minutes"]}  # fmt: skip
        answer = api.get(f"/calendars/{calendar_id}/availability", params=params)
        assert answer.status_code == 200, answer.text
        return [
            (datetime.fromisoformat(s["start_at"]), datetime.fromisoformat(s["end_at"]))
            for s in answer.json()["data"]
        ]
    finally:
        api.delete(f"/calendars/{calendar_id}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios())
def test_the_slots_are_what_a_person_computes(api: httpx.Client, scenario: dict[str, Any]) -> None:
    expected = free_slots(
        scenario["rules"], scenario["events"], scenario["zone"], scenario["start"],
        scenario["end"], scenario["minutes"],
    )  # fmt: skip
    assert ask(api, scenario) == expected


def hours(slots: list[tuple[datetime, datetime]]) -> list[str]:
    return [f"{a:%H:%M}-{b:%H:%M}" for a, b in slots]


def recurring(start: str, end: str, zone: str = "America/New_York") -> dict[str, Any]:
    return {"type": "recurring", "days_of_week": [1, 2, 3, 4, 5, 6, 7],
            "start_time": start, "end_time": end, "timezone": zone}  # fmt: skip


def test_a_weekday_window_less_an_event(api: httpx.Client) -> None:
    """The page's example: 9 to 17 in New York is 14:00 to 22:00 UTC in January; an event at
    15:00 takes its slot."""
    scenario = {
        "zone": "America/New_York", "minutes": 60,
        "rules": [{**recurring("09:00", "12:00"), "days_of_week": [1, 2, 3, 4, 5]}],
        "events": [{"start_at": datetime(2024, 1, 15, 15, tzinfo=UTC),
                    "end_at": datetime(2024, 1, 15, 15, 30, tzinfo=UTC), "status": "confirmed"}],
        "start": datetime(2024, 1, 15, tzinfo=UTC), "end": datetime(2024, 1, 16, tzinfo=UTC),
    }  # fmt: skip
    assert hours(ask(api, scenario)) == ["14:00-15:00", "16:00-17:00"]


def test_the_skipped_hour_is_not_open_and_the_repeated_hour_is_open_twice(
    api: httpx.Client,
) -> None:
    spring = {
        "zone": "America/New_York", "minutes": 30, "rules": [recurring("01:30", "03:30")],
        "events": [], "start": datetime(2024, 3, 10, 5, tzinfo=UTC),
        "end": datetime(2024, 3, 10, 9, tzinfo=UTC),
    }  # fmt: skip
    # 01:30-02:00 EST then 03:00-03:30 EDT: an hour, not two.
    assert hours(ask(api, spring)) == ["06:30-07:00", "07:00-07:30"]
    autumn = {**spring, "rules": [recurring("01:00", "02:00")],
              "start": datetime(2024, 11, 3, 4, tzinfo=UTC),
              "end": datetime(2024, 11, 3, 8, tzinfo=UTC)}  # fmt: skip
    # 01:00-02:00 happens in EDT, then again in EST.
    assert hours(ask(api, autumn)) == ["05:00-05:30", "05:30-06:00", "06:00-06:30", "06:30-07:00"]


def test_exceptions_block_and_replace_a_day(api: httpx.Client) -> None:
    base = {
        "zone": "UTC", "minutes": 60, "events": [],
        "start": datetime(2024, 12, 24, tzinfo=UTC), "end": datetime(2024, 12, 27, tzinfo=UTC),
    }  # fmt: skip
    window = recurring("09:00", "11:00", "UTC")
    blocked = {**base, "rules": [window, {"type": "exception", "date": "2024-12-25",
                                          "available": False}]}  # fmt: skip
    assert hours(ask(api, blocked)) == ["09:00-10:00", "10:00-11:00"] * 2
    opened = {**base, "rules": [window, {"type": "exception", "date": "2024-12-25",
                                         "available": True, "start_time": "13:00",
                                         "end_time": "14:00"}]}  # fmt: skip
    assert hours(ask(api, opened)) == ["09:00-10:00", "10:00-11:00", "13:00-14:00",
                                       "09:00-10:00", "10:00-11:00"]  # fmt: skip


def test_a_range_that_is_backwards_or_too_long_is_refused(api: httpx.Client) -> None:
    made = api.post("/calendars", json={"name": "R", "owner_id": "u"}).json()["data"]
    path = f"/calendars/{made['id']}/availability"
    backwards = api.get(path, params={"from": "2024-01-02T00:00:00Z", "to": "2024-01-01T00:00:00Z"})
    too_long = api.get(path, params={"from": "2024-01-01T00:00:00Z", "to": "2024-03-01T00:00:00Z"})
    assert (backwards.status_code, too_long.status_code) == (422, 422)
    assert "to" in backwards.json()["errors"]
    assert "to" in too_long.json()["errors"]

"""Rules for calendars: one owner, whom no removal or demotion can take away, and ownership that
moves whole; members as the model keeps them; availability equal to a hand computation
(``availability_reference``) for rules in zones with DST changes, around those changes; a
deleted calendar takes what it held (D55, D60)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from talkover_api_client.api.calendar_availability import (
    create_availability_rule,
    query_availability,
)
from talkover_api_client.api.calendar_events import create_calendar_event, list_calendar_events
from talkover_api_client.api.calendar_members import (
    add_calendar_member,
    list_calendar_members,
    remove_calendar_member,
    update_calendar_member,
)
from talkover_api_client.api.calendars import create_calendar, delete_calendar, get_calendar
from talkover_api_client.models import (
    AvailabilityRuleInput,
    CalendarEventInput,
    CalendarInput,
    CalendarMemberInput,
    CalendarMemberUpdateInput,
    CalendarRole,
    EventStatus,
)

import talkover

from .availability_reference import free_slots
from .machine import Base
from .reference import ENV_TOKEN

USERS = ["user-a", "user-b", "user-c"]
ROLES: list[CalendarRole] = ["owner", "editor", "viewer"]
STATUSES: list[EventStatus] = ["confirmed", "tentative", "cancelled"]
ZONES = ["America/New_York", "Europe/London", "UTC"]
DST_DAYS = {
    "America/New_York": [datetime(2024, 3, 10, tzinfo=UTC), datetime(2024, 11, 3, tzinfo=UTC)],
    "Europe/London": [datetime(2024, 3, 31, tzinfo=UTC), datetime(2024, 10, 27, tzinfo=UTC)],
    "UTC": [datetime(2024, 3, 10, tzinfo=UTC)],
}
"""Days on which each zone's clocks change: the availability rules are tried around them."""


@dataclass
class ModelCalendar:
    zone: str
    owner: str
    members: dict[str, tuple[str, str]] = field(default_factory=dict)
    """member id -> (user id, role), in order."""
    rules: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


class CalendarRules(Base):
    def _calendar_calendars(self) -> dict[str, ModelCalendar]:
        found: dict[str, ModelCalendar] = self.__dict__.setdefault("_model_calendars", {})
        return found

    def _calendar_gone(self) -> set[str]:
        found: set[str] = self.__dict__.setdefault("_deleted_calendars", set())
        return found

    def _calendar_one(self, data: st.DataObject) -> tuple[str, ModelCalendar] | None:
        calendars = self._calendar_calendars()
        if not calendars:
            return None
        calendar_id = data.draw(st.sampled_from(sorted(calendars)))
        return calendar_id, calendars[calendar_id]

    @property
    def _calendar_mine(self) -> Any:
        return self.client(ENV_TOKEN["mine"])

    @rule(zone=st.sampled_from(ZONES), owner=st.sampled_from(USERS))
    def calendar_create(self, zone: str, owner: str) -> None:
        made = create_calendar.sync(
            client=self._calendar_mine,
            body=CalendarInput(name="Team", owner_id=owner, timezone=zone),
        ).data
        members = list_calendar_members.sync(made.id, client=self._calendar_mine).data
        assert [(m.user_id, m.role) for m in members] == [(owner, "owner")]
        self._calendar_calendars()[made.id] = ModelCalendar(
            zone, owner, {members[0].id: (owner, "owner")}
        )

    @rule(data=st.data(), user=st.sampled_from(USERS), role=st.sampled_from(ROLES))
    def calendar_add_member(self, data: st.DataObject, user: str, role: CalendarRole) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, calendar = chosen
        exists = any(u == user for u, _ in calendar.members.values())
        error = talkover.MemberExistsError if exists else None
        body = CalendarMemberInput(user_id=user, role=role)
        made = self.expect(
            error,
            lambda: add_calendar_member.sync(calendar_id, client=self._calendar_mine, body=body),
        )
        if made is not None:
            self._calendar_set_role(calendar, made.data.id, user, role)

    def _calendar_set_role(
        self, calendar: ModelCalendar, member_id: str, user: str, role: str
    ) -> None:
        if role == "owner":
            for other, (other_user, other_role) in list(calendar.members.items()):
                if other_role == "owner" and other != member_id:
                    calendar.members[other] = (other_user, "editor")
            calendar.owner = user
        calendar.members[member_id] = (user, role)

    @rule(data=st.data(), role=st.sampled_from(ROLES))
    def calendar_change_role(self, data: st.DataObject, role: CalendarRole) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, calendar = chosen
        member_id = data.draw(st.sampled_from(sorted(calendar.members)))
        user, current = calendar.members[member_id]
        error = talkover.OwnerRequiredError if current == "owner" and role != "owner" else None
        body = CalendarMemberUpdateInput(role=role)
        done = self.expect(
            error,
            lambda: update_calendar_member.sync(
                calendar_id, member_id, client=self._calendar_mine, body=body
            ),
        )
        if done is not None:
            self._calendar_set_role(calendar, member_id, user, role)

    @rule(data=st.data())
    def calendar_remove_member(self, data: st.DataObject) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, calendar = chosen
        member_id = data.draw(st.sampled_from(sorted(calendar.members)))
        owner = calendar.members[member_id][1] == "owner"
        error = talkover.OwnerRequiredError if owner else None
        self.expect(
            error,
            lambda: remove_calendar_member.sync(calendar_id, member_id, client=self._calendar_mine),
        )
        if error is None:
            del calendar.members[member_id]

    @rule()
    def calendar_the_owner_stays(self) -> None:
        """The page's rule, aimed at in one step: removing the owner is refused."""
        if not self._calendar_calendars():
            self.calendar_create("UTC", USERS[0])
        calendar_id, calendar = next(iter(self._calendar_calendars().items()))
        owner_id = next(m for m, (_, role) in calendar.members.items() if role == "owner")
        with pytest.raises(talkover.OwnerRequiredError):
            remove_calendar_member.sync(calendar_id, owner_id, client=self._calendar_mine)

    @rule(data=st.data())
    def calendar_delete(self, data: st.DataObject) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, _ = chosen
        delete_calendar.sync(calendar_id, client=self._calendar_mine)
        del self._calendar_calendars()[calendar_id]
        self._calendar_gone().add(calendar_id)
        with pytest.raises(talkover.CalendarNotFoundError):
            list_calendar_events.sync(calendar_id, client=self._calendar_mine)

    # -- availability ------------------------------------------------------------------------

    @rule(
        data=st.data(),
        days=st.sets(st.integers(1, 7), min_size=1, max_size=7),
        window=st.sampled_from([("00:30", "03:30"), ("01:00", "02:00"), ("09:00", "17:00"),
                                ("22:15", "23:59")]),
        own_zone=st.booleans(),
    )  # fmt: skip
    def calendar_add_recurring(
        self, data: st.DataObject, days: set[int], window: tuple[str, str], own_zone: bool
    ) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, calendar = chosen
        zone = calendar.zone if own_zone else data.draw(st.sampled_from(ZONES))
        body = AvailabilityRuleInput(
            type_="recurring", days_of_week=sorted(days),
            start_time=window[0], end_time=window[1], timezone=zone,
        )  # fmt: skip
        create_availability_rule.sync(calendar_id, client=self._calendar_mine, body=body)
        calendar.rules.append(
            {"type": "recurring", "days_of_week": sorted(days), "start_time": window[0],
             "end_time": window[1], "timezone": zone}
        )  # fmt: skip

    @rule(data=st.data(), available=st.booleans(), whole_day=st.booleans())
    def calendar_add_exception(self, data: st.DataObject, available: bool, whole_day: bool) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, calendar = chosen
        day = data.draw(st.sampled_from(DST_DAYS[calendar.zone])) + timedelta(
            days=data.draw(st.integers(-1, 1))
        )
        fields: dict[str, Any] = {"available": available}
        if not whole_day:
            fields.update(start_time="01:30", end_time="10:00")
        body = AvailabilityRuleInput(type_="exception", date=day.date(), **fields)
        create_availability_rule.sync(calendar_id, client=self._calendar_mine, body=body)
        calendar.rules.append(
            {"type": "exception", "timezone": calendar.zone, "date": day.date().isoformat(),
             **fields}
        )  # fmt: skip

    @rule(
        data=st.data(),
        hour=st.integers(0, 23),
        minutes=st.sampled_from([30, 45, 90, 600]),
        status=st.sampled_from(STATUSES),
    )
    def calendar_add_event(
        self, data: st.DataObject, hour: int, minutes: int, status: EventStatus
    ) -> None:
        chosen = self._calendar_one(data)
        if chosen is None:
            return
        calendar_id, calendar = chosen
        day = data.draw(st.sampled_from(DST_DAYS[calendar.zone]))
        start = day + timedelta(hours=hour)
        end = start + timedelta(minutes=minutes)
        body = CalendarEventInput(title="Busy", start_at=start, end_at=end, status=status)
        create_calendar_event.sync(calendar_id, client=self._calendar_mine, body=body)
        calendar.events.append({"start_at": start, "end_at": end, "status": status})

    @rule(data=st.data(), minutes=st.sampled_from([30, 45, 60]), span=st.integers(1, 2))
    def availability_is_what_a_person_computes(
        self, data: st.DataObject, minutes: int, span: int
    ) -> None:
        if not self._calendar_calendars():  # aimed: a calendar, a window, an event in it
            self.calendar_create("America/New_York", USERS[0])
        calendar_id, calendar = data.draw(
            st.sampled_from(sorted(self._calendar_calendars().items()))
        )
        day = data.draw(st.sampled_from(DST_DAYS[calendar.zone]))
        if not calendar.rules:
            window = {
                "type": "recurring",
                "days_of_week": [1, 2, 3, 4, 5, 6, 7],
                "start_time": "00:30",
                "end_time": "03:30",
                "timezone": calendar.zone,
            }
            body = AvailabilityRuleInput(
                type_="recurring", days_of_week=window["days_of_week"], start_time="00:30",
                end_time="03:30", timezone=calendar.zone,
            )  # fmt: skip
            create_availability_rule.sync(calendar_id, client=self._calendar_mine, body=body)
            calendar.rules.append(window)
        if not calendar.events:  # 01:00 local on the day: inside the window
            local = datetime(day.year, day.month, day.day, 1, tzinfo=ZoneInfo(calendar.zone))
            begins = local.astimezone(UTC)
            ends = begins + timedelta(minutes=60)
            body_event = CalendarEventInput(title="Busy", start_at=begins, end_at=ends)
            create_calendar_event.sync(calendar_id, client=self._calendar_mine, body=body_event)
            calendar.events.append({"start_at": begins, "end_at": ends, "status": "confirmed"})
        start = day - timedelta(days=1)
        end = start + timedelta(days=span + 1)
        got = query_availability.sync(
            calendar_id, client=self._calendar_mine, from_=start, to=end, duration_minutes=minutes
        ).data
        expected = free_slots(calendar.rules, calendar.events, calendar.zone, start, end, minutes)
        assert [(s.start_at, s.end_at) for s in got] == expected

    @invariant()
    def calendar_members_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        for calendar_id, calendar in self._calendar_calendars().items():
            listed = list_calendar_members.sync(calendar_id, client=self._calendar_mine).data
            assert {m.id: (m.user_id, m.role) for m in listed} == calendar.members
            owners = [m for m in listed if m.role == "owner"]
            assert len(owners) == 1, f"{len(owners)} owners"
            assert (
                get_calendar.sync(calendar_id, client=self._calendar_mine).data.owner_id
                == calendar.owner
            )

from typing import Literal, cast

from .._drift import unknown_value

CalendarRole = Literal["editor", "owner", "viewer"]

CALENDAR_ROLE_VALUES: set[CalendarRole] = {
    "editor",
    "owner",
    "viewer",
}


def check_calendar_role(value: str) -> CalendarRole:
    if value in CALENDAR_ROLE_VALUES:
        return value
    unknown_value("CalendarRole", value, CALENDAR_ROLE_VALUES)
    return cast(CalendarRole, value)

from typing import Literal, cast

from .._drift import unknown_value

EventStatus = Literal["cancelled", "confirmed", "tentative"]

EVENT_STATUS_VALUES: set[EventStatus] = {
    "cancelled",
    "confirmed",
    "tentative",
}


def check_event_status(value: str) -> EventStatus:
    if value in EVENT_STATUS_VALUES:
        return value
    unknown_value("EventStatus", value, EVENT_STATUS_VALUES)
    return cast(EventStatus, value)

from typing import Literal, cast

from .._drift import unknown_value

EventOwnerType = Literal["agent", "user"]

EVENT_OWNER_TYPE_VALUES: set[EventOwnerType] = {
    "agent",
    "user",
}


def check_event_owner_type(value: str) -> EventOwnerType:
    if value in EVENT_OWNER_TYPE_VALUES:
        return value
    unknown_value("EventOwnerType", value, EVENT_OWNER_TYPE_VALUES)
    return cast(EventOwnerType, value)

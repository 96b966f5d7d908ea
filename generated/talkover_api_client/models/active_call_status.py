from typing import Literal, cast

from .._drift import unknown_value

ActiveCallStatus = Literal["answered", "initiated", "ringing"]

ACTIVE_CALL_STATUS_VALUES: set[ActiveCallStatus] = {
    "answered",
    "initiated",
    "ringing",
}


def check_active_call_status(value: str) -> ActiveCallStatus:
    if value in ACTIVE_CALL_STATUS_VALUES:
        return value
    unknown_value("ActiveCallStatus", value, ACTIVE_CALL_STATUS_VALUES)
    return cast(ActiveCallStatus, value)

from typing import Literal, cast

from .._drift import unknown_value

CallStatus = Literal["answered", "busy", "completed", "failed", "initiated", "no-answer", "ringing"]

CALL_STATUS_VALUES: set[CallStatus] = {
    "answered",
    "busy",
    "completed",
    "failed",
    "initiated",
    "no-answer",
    "ringing",
}


def check_call_status(value: str) -> CallStatus:
    if value in CALL_STATUS_VALUES:
        return value
    unknown_value("CallStatus", value, CALL_STATUS_VALUES)
    return cast(CallStatus, value)

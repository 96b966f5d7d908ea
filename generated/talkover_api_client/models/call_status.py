from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_VALUES!r}")

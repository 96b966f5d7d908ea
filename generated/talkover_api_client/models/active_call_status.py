from typing import Literal

ActiveCallStatus = Literal["answered", "initiated", "ringing"]

ACTIVE_CALL_STATUS_VALUES: set[ActiveCallStatus] = {
    "answered",
    "initiated",
    "ringing",
}


def check_active_call_status(value: str) -> ActiveCallStatus:
    if value in ACTIVE_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVE_CALL_STATUS_VALUES!r}")

from typing import Literal

TopupStatus = Literal["failed", "pending", "succeeded"]

TOPUP_STATUS_VALUES: set[TopupStatus] = {
    "failed",
    "pending",
    "succeeded",
}


def check_topup_status(value: str) -> TopupStatus:
    if value in TOPUP_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPUP_STATUS_VALUES!r}")

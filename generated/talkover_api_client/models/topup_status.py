from typing import Literal, cast

from .._drift import unknown_value

TopupStatus = Literal["failed", "pending", "succeeded"]

TOPUP_STATUS_VALUES: set[TopupStatus] = {
    "failed",
    "pending",
    "succeeded",
}


def check_topup_status(value: str) -> TopupStatus:
    if value in TOPUP_STATUS_VALUES:
        return value
    unknown_value("TopupStatus", value, TOPUP_STATUS_VALUES)
    return cast(TopupStatus, value)

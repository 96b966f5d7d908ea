from typing import Literal, cast

from .._drift import unknown_value

ReleaseRequestStatus = Literal["approved", "cancelled", "pending", "rejected"]

RELEASE_REQUEST_STATUS_VALUES: set[ReleaseRequestStatus] = {
    "approved",
    "cancelled",
    "pending",
    "rejected",
}


def check_release_request_status(value: str) -> ReleaseRequestStatus:
    if value in RELEASE_REQUEST_STATUS_VALUES:
        return value
    unknown_value("ReleaseRequestStatus", value, RELEASE_REQUEST_STATUS_VALUES)
    return cast(ReleaseRequestStatus, value)

from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RELEASE_REQUEST_STATUS_VALUES!r}")

from typing import Literal

PhoneNumberDetailsCurrentStatus = Literal["active", "inactive", "pending", "suspended"]

PHONE_NUMBER_DETAILS_CURRENT_STATUS_VALUES: set[PhoneNumberDetailsCurrentStatus] = {
    "active",
    "inactive",
    "pending",
    "suspended",
}


def check_phone_number_details_current_status(value: str) -> PhoneNumberDetailsCurrentStatus:
    if value in PHONE_NUMBER_DETAILS_CURRENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_DETAILS_CURRENT_STATUS_VALUES!r}")

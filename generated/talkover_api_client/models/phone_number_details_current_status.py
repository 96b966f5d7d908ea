from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("PhoneNumberDetailsCurrentStatus", value, PHONE_NUMBER_DETAILS_CURRENT_STATUS_VALUES)
    return cast(PhoneNumberDetailsCurrentStatus, value)

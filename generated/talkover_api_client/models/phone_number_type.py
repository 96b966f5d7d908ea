from typing import Literal, cast

from .._drift import unknown_value

PhoneNumberType = Literal["fax", "mms", "sms", "voice", "whatsapp"]

PHONE_NUMBER_TYPE_VALUES: set[PhoneNumberType] = {
    "fax",
    "mms",
    "sms",
    "voice",
    "whatsapp",
}


def check_phone_number_type(value: str) -> PhoneNumberType:
    if value in PHONE_NUMBER_TYPE_VALUES:
        return value
    unknown_value("PhoneNumberType", value, PHONE_NUMBER_TYPE_VALUES)
    return cast(PhoneNumberType, value)

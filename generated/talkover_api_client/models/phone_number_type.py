from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_TYPE_VALUES!r}")

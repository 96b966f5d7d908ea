from typing import Literal, cast

from .._drift import unknown_value

WhoSpeaksFirst = Literal["agent", "user"]

WHO_SPEAKS_FIRST_VALUES: set[WhoSpeaksFirst] = {
    "agent",
    "user",
}


def check_who_speaks_first(value: str) -> WhoSpeaksFirst:
    if value in WHO_SPEAKS_FIRST_VALUES:
        return value
    unknown_value("WhoSpeaksFirst", value, WHO_SPEAKS_FIRST_VALUES)
    return cast(WhoSpeaksFirst, value)

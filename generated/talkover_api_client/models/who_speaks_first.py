from typing import Literal

WhoSpeaksFirst = Literal["agent", "user"]

WHO_SPEAKS_FIRST_VALUES: set[WhoSpeaksFirst] = {
    "agent",
    "user",
}


def check_who_speaks_first(value: str) -> WhoSpeaksFirst:
    if value in WHO_SPEAKS_FIRST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHO_SPEAKS_FIRST_VALUES!r}")

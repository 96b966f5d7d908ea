from typing import Literal

DoNotCallListSource = Literal["custom", "environment", "global"]

DO_NOT_CALL_LIST_SOURCE_VALUES: set[DoNotCallListSource] = {
    "custom",
    "environment",
    "global",
}


def check_do_not_call_list_source(value: str) -> DoNotCallListSource:
    if value in DO_NOT_CALL_LIST_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DO_NOT_CALL_LIST_SOURCE_VALUES!r}")

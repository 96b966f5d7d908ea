from typing import Literal, cast

from .._drift import unknown_value

DoNotCallListSource = Literal["custom", "environment", "global"]

DO_NOT_CALL_LIST_SOURCE_VALUES: set[DoNotCallListSource] = {
    "custom",
    "environment",
    "global",
}


def check_do_not_call_list_source(value: str) -> DoNotCallListSource:
    if value in DO_NOT_CALL_LIST_SOURCE_VALUES:
        return value
    unknown_value("DoNotCallListSource", value, DO_NOT_CALL_LIST_SOURCE_VALUES)
    return cast(DoNotCallListSource, value)

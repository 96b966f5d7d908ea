from typing import Literal, cast

from .._drift import unknown_value

TopupTrigger = Literal["scheduled", "test", "threshold"]

TOPUP_TRIGGER_VALUES: set[TopupTrigger] = {
    "scheduled",
    "test",
    "threshold",
}


def check_topup_trigger(value: str) -> TopupTrigger:
    if value in TOPUP_TRIGGER_VALUES:
        return value
    unknown_value("TopupTrigger", value, TOPUP_TRIGGER_VALUES)
    return cast(TopupTrigger, value)

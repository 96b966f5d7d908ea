from typing import Literal

TopupTrigger = Literal["scheduled", "test", "threshold"]

TOPUP_TRIGGER_VALUES: set[TopupTrigger] = {
    "scheduled",
    "test",
    "threshold",
}


def check_topup_trigger(value: str) -> TopupTrigger:
    if value in TOPUP_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPUP_TRIGGER_VALUES!r}")

from typing import Literal, cast

from .._drift import unknown_value

InterruptSensitivity = Literal["high", "low", "medium"]

INTERRUPT_SENSITIVITY_VALUES: set[InterruptSensitivity] = {
    "high",
    "low",
    "medium",
}


def check_interrupt_sensitivity(value: str) -> InterruptSensitivity:
    if value in INTERRUPT_SENSITIVITY_VALUES:
        return value
    unknown_value("InterruptSensitivity", value, INTERRUPT_SENSITIVITY_VALUES)
    return cast(InterruptSensitivity, value)

from typing import Literal

InterruptSensitivity = Literal["high", "low", "medium"]

INTERRUPT_SENSITIVITY_VALUES: set[InterruptSensitivity] = {
    "high",
    "low",
    "medium",
}


def check_interrupt_sensitivity(value: str) -> InterruptSensitivity:
    if value in INTERRUPT_SENSITIVITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERRUPT_SENSITIVITY_VALUES!r}")

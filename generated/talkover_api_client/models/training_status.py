from typing import Literal

TrainingStatus = Literal["active", "inactive"]

TRAINING_STATUS_VALUES: set[TrainingStatus] = {
    "active",
    "inactive",
}


def check_training_status(value: str) -> TrainingStatus:
    if value in TRAINING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRAINING_STATUS_VALUES!r}")

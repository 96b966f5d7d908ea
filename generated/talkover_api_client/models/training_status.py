from typing import Literal, cast

from .._drift import unknown_value

TrainingStatus = Literal["active", "inactive"]

TRAINING_STATUS_VALUES: set[TrainingStatus] = {
    "active",
    "inactive",
}


def check_training_status(value: str) -> TrainingStatus:
    if value in TRAINING_STATUS_VALUES:
        return value
    unknown_value("TrainingStatus", value, TRAINING_STATUS_VALUES)
    return cast(TrainingStatus, value)

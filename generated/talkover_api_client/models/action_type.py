from typing import Literal

ActionType = Literal["external", "hold", "transfer", "webhook"]

ACTION_TYPE_VALUES: set[ActionType] = {
    "external",
    "hold",
    "transfer",
    "webhook",
}


def check_action_type(value: str) -> ActionType:
    if value in ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_TYPE_VALUES!r}")

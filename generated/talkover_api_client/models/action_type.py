from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("ActionType", value, ACTION_TYPE_VALUES)
    return cast(ActionType, value)

from typing import Literal, cast

from .._drift import unknown_value

ActionCurrentStatus = Literal["active", "inactive"]

ACTION_CURRENT_STATUS_VALUES: set[ActionCurrentStatus] = {
    "active",
    "inactive",
}


def check_action_current_status(value: str) -> ActionCurrentStatus:
    if value in ACTION_CURRENT_STATUS_VALUES:
        return value
    unknown_value("ActionCurrentStatus", value, ACTION_CURRENT_STATUS_VALUES)
    return cast(ActionCurrentStatus, value)

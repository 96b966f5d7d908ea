from typing import Literal

ActionCurrentStatus = Literal["active", "inactive"]

ACTION_CURRENT_STATUS_VALUES: set[ActionCurrentStatus] = {
    "active",
    "inactive",
}


def check_action_current_status(value: str) -> ActionCurrentStatus:
    if value in ACTION_CURRENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CURRENT_STATUS_VALUES!r}")

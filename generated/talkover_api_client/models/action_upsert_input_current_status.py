from typing import Literal, cast

from .._drift import unknown_value

ActionUpsertInputCurrentStatus = Literal["active", "inactive"]

ACTION_UPSERT_INPUT_CURRENT_STATUS_VALUES: set[ActionUpsertInputCurrentStatus] = {
    "active",
    "inactive",
}


def check_action_upsert_input_current_status(value: str) -> ActionUpsertInputCurrentStatus:
    if value in ACTION_UPSERT_INPUT_CURRENT_STATUS_VALUES:
        return value
    unknown_value("ActionUpsertInputCurrentStatus", value, ACTION_UPSERT_INPUT_CURRENT_STATUS_VALUES)
    return cast(ActionUpsertInputCurrentStatus, value)

from typing import Literal

ActionUpsertInputCurrentStatus = Literal["active", "inactive"]

ACTION_UPSERT_INPUT_CURRENT_STATUS_VALUES: set[ActionUpsertInputCurrentStatus] = {
    "active",
    "inactive",
}


def check_action_upsert_input_current_status(value: str) -> ActionUpsertInputCurrentStatus:
    if value in ACTION_UPSERT_INPUT_CURRENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_UPSERT_INPUT_CURRENT_STATUS_VALUES!r}")

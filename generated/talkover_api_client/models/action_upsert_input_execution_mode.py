from typing import Literal, cast

from .._drift import unknown_value

ActionUpsertInputExecutionMode = Literal["during_call", "post_call"]

ACTION_UPSERT_INPUT_EXECUTION_MODE_VALUES: set[ActionUpsertInputExecutionMode] = {
    "during_call",
    "post_call",
}


def check_action_upsert_input_execution_mode(value: str) -> ActionUpsertInputExecutionMode:
    if value in ACTION_UPSERT_INPUT_EXECUTION_MODE_VALUES:
        return value
    unknown_value("ActionUpsertInputExecutionMode", value, ACTION_UPSERT_INPUT_EXECUTION_MODE_VALUES)
    return cast(ActionUpsertInputExecutionMode, value)

from typing import Literal, cast

from .._drift import unknown_value

ActionUpsertInputType = Literal["external", "hold", "transfer", "webhook"]

ACTION_UPSERT_INPUT_TYPE_VALUES: set[ActionUpsertInputType] = {
    "external",
    "hold",
    "transfer",
    "webhook",
}


def check_action_upsert_input_type(value: str) -> ActionUpsertInputType:
    if value in ACTION_UPSERT_INPUT_TYPE_VALUES:
        return value
    unknown_value("ActionUpsertInputType", value, ACTION_UPSERT_INPUT_TYPE_VALUES)
    return cast(ActionUpsertInputType, value)

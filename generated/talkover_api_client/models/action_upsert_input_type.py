from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_UPSERT_INPUT_TYPE_VALUES!r}")

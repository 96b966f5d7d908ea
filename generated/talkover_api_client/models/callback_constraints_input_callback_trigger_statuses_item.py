from typing import Literal

CallbackConstraintsInputCallbackTriggerStatusesItem = Literal["busy", "failed", "no_answer", "voicemail"]

CALLBACK_CONSTRAINTS_INPUT_CALLBACK_TRIGGER_STATUSES_ITEM_VALUES: set[
    CallbackConstraintsInputCallbackTriggerStatusesItem
] = {
    "busy",
    "failed",
    "no_answer",
    "voicemail",
}


def check_callback_constraints_input_callback_trigger_statuses_item(
    value: str,
) -> CallbackConstraintsInputCallbackTriggerStatusesItem:
    if value in CALLBACK_CONSTRAINTS_INPUT_CALLBACK_TRIGGER_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALLBACK_CONSTRAINTS_INPUT_CALLBACK_TRIGGER_STATUSES_ITEM_VALUES!r}"
    )

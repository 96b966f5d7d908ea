from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value(
        "CallbackConstraintsInputCallbackTriggerStatusesItem",
        value,
        CALLBACK_CONSTRAINTS_INPUT_CALLBACK_TRIGGER_STATUSES_ITEM_VALUES,
    )
    return cast(CallbackConstraintsInputCallbackTriggerStatusesItem, value)

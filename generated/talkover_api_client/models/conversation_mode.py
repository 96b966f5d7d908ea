from typing import Literal, cast

from .._drift import unknown_value

ConversationMode = Literal["flow_driven", "llm_driven"]

CONVERSATION_MODE_VALUES: set[ConversationMode] = {
    "flow_driven",
    "llm_driven",
}


def check_conversation_mode(value: str) -> ConversationMode:
    if value in CONVERSATION_MODE_VALUES:
        return value
    unknown_value("ConversationMode", value, CONVERSATION_MODE_VALUES)
    return cast(ConversationMode, value)

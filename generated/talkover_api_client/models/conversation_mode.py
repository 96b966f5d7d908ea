from typing import Literal

ConversationMode = Literal["flow_driven", "llm_driven"]

CONVERSATION_MODE_VALUES: set[ConversationMode] = {
    "flow_driven",
    "llm_driven",
}


def check_conversation_mode(value: str) -> ConversationMode:
    if value in CONVERSATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_MODE_VALUES!r}")

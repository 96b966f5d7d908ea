from typing import Literal, cast

from .._drift import unknown_value

AgentEvent = Literal[
    "event_action",
    "event_action_failed",
    "event_client_connected",
    "event_client_disconnected",
    "event_connection_closed",
    "event_connection_error",
    "event_connection_established",
    "event_conversation_ended",
    "event_conversation_started",
    "event_participant_joined",
    "event_participant_left",
    "event_phone_call_connected",
    "event_phone_call_did_not_connect",
    "event_phone_call_disconnected",
    "event_phone_call_ended",
    "event_phone_call_error",
    "event_phone_call_started",
    "event_recording",
    "event_user_connected",
    "event_user_disconnected",
    "event_voicemail_detected",
    "event_voicemail_message_left",
]

AGENT_EVENT_VALUES: set[AgentEvent] = {
    "event_action",
    "event_action_failed",
    "event_client_connected",
    "event_client_disconnected",
    "event_connection_closed",
    "event_connection_error",
    "event_connection_established",
    "event_conversation_ended",
    "event_conversation_started",
    "event_participant_joined",
    "event_participant_left",
    "event_phone_call_connected",
    "event_phone_call_did_not_connect",
    "event_phone_call_disconnected",
    "event_phone_call_ended",
    "event_phone_call_error",
    "event_phone_call_started",
    "event_recording",
    "event_user_connected",
    "event_user_disconnected",
    "event_voicemail_detected",
    "event_voicemail_message_left",
}


def check_agent_event(value: str) -> AgentEvent:
    if value in AGENT_EVENT_VALUES:
        return value
    unknown_value("AgentEvent", value, AGENT_EVENT_VALUES)
    return cast(AgentEvent, value)

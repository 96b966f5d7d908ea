from typing import Literal, cast

from .._drift import unknown_value

AgentWhoSpeaksFirstType0 = Literal["agent", "user"]

AGENT_WHO_SPEAKS_FIRST_TYPE_0_VALUES: set[AgentWhoSpeaksFirstType0] = {
    "agent",
    "user",
}


def check_agent_who_speaks_first_type_0(value: str) -> AgentWhoSpeaksFirstType0:
    if value in AGENT_WHO_SPEAKS_FIRST_TYPE_0_VALUES:
        return value
    unknown_value("AgentWhoSpeaksFirstType0", value, AGENT_WHO_SPEAKS_FIRST_TYPE_0_VALUES)
    return cast(AgentWhoSpeaksFirstType0, value)

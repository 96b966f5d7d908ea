from typing import Literal

AgentWhoSpeaksFirstType0 = Literal["agent", "user"]

AGENT_WHO_SPEAKS_FIRST_TYPE_0_VALUES: set[AgentWhoSpeaksFirstType0] = {
    "agent",
    "user",
}


def check_agent_who_speaks_first_type_0(value: str) -> AgentWhoSpeaksFirstType0:
    if value in AGENT_WHO_SPEAKS_FIRST_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_WHO_SPEAKS_FIRST_TYPE_0_VALUES!r}")

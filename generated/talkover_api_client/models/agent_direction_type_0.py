from typing import Literal

AgentDirectionType0 = Literal["inbound", "outbound"]

AGENT_DIRECTION_TYPE_0_VALUES: set[AgentDirectionType0] = {
    "inbound",
    "outbound",
}


def check_agent_direction_type_0(value: str) -> AgentDirectionType0:
    if value in AGENT_DIRECTION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_DIRECTION_TYPE_0_VALUES!r}")

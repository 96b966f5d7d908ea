from typing import Literal, cast

from .._drift import unknown_value

AgentDirectionType0 = Literal["inbound", "outbound"]

AGENT_DIRECTION_TYPE_0_VALUES: set[AgentDirectionType0] = {
    "inbound",
    "outbound",
}


def check_agent_direction_type_0(value: str) -> AgentDirectionType0:
    if value in AGENT_DIRECTION_TYPE_0_VALUES:
        return value
    unknown_value("AgentDirectionType0", value, AGENT_DIRECTION_TYPE_0_VALUES)
    return cast(AgentDirectionType0, value)

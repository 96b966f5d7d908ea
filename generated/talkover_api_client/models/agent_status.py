from typing import Literal, cast

from .._drift import unknown_value

AgentStatus = Literal["draft", "published"]

AGENT_STATUS_VALUES: set[AgentStatus] = {
    "draft",
    "published",
}


def check_agent_status(value: str) -> AgentStatus:
    if value in AGENT_STATUS_VALUES:
        return value
    unknown_value("AgentStatus", value, AGENT_STATUS_VALUES)
    return cast(AgentStatus, value)

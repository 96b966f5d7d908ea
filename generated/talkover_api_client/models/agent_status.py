from typing import Literal

AgentStatus = Literal["draft", "published"]

AGENT_STATUS_VALUES: set[AgentStatus] = {
    "draft",
    "published",
}


def check_agent_status(value: str) -> AgentStatus:
    if value in AGENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_STATUS_VALUES!r}")

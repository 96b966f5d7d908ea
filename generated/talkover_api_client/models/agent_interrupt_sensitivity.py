from typing import Literal, cast

from .._drift import unknown_value

AgentInterruptSensitivity = Literal["high", "low", "medium"]

AGENT_INTERRUPT_SENSITIVITY_VALUES: set[AgentInterruptSensitivity] = {
    "high",
    "low",
    "medium",
}


def check_agent_interrupt_sensitivity(value: str) -> AgentInterruptSensitivity:
    if value in AGENT_INTERRUPT_SENSITIVITY_VALUES:
        return value
    unknown_value("AgentInterruptSensitivity", value, AGENT_INTERRUPT_SENSITIVITY_VALUES)
    return cast(AgentInterruptSensitivity, value)

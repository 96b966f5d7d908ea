from typing import Literal

AgentInterruptSensitivity = Literal["high", "low", "medium"]

AGENT_INTERRUPT_SENSITIVITY_VALUES: set[AgentInterruptSensitivity] = {
    "high",
    "low",
    "medium",
}


def check_agent_interrupt_sensitivity(value: str) -> AgentInterruptSensitivity:
    if value in AGENT_INTERRUPT_SENSITIVITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_INTERRUPT_SENSITIVITY_VALUES!r}")

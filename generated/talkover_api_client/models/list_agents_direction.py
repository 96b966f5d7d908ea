from typing import Literal

ListAgentsDirection = Literal["inbound", "outbound"]

LIST_AGENTS_DIRECTION_VALUES: set[ListAgentsDirection] = {
    "inbound",
    "outbound",
}


def check_list_agents_direction(value: str) -> ListAgentsDirection:
    if value in LIST_AGENTS_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_AGENTS_DIRECTION_VALUES!r}")

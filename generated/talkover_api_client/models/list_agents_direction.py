from typing import Literal, cast

from .._drift import unknown_value

ListAgentsDirection = Literal["inbound", "outbound"]

LIST_AGENTS_DIRECTION_VALUES: set[ListAgentsDirection] = {
    "inbound",
    "outbound",
}


def check_list_agents_direction(value: str) -> ListAgentsDirection:
    if value in LIST_AGENTS_DIRECTION_VALUES:
        return value
    unknown_value("ListAgentsDirection", value, LIST_AGENTS_DIRECTION_VALUES)
    return cast(ListAgentsDirection, value)

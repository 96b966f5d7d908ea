from typing import Literal, cast

from .._drift import unknown_value

Direction = Literal["inbound", "outbound"]

DIRECTION_VALUES: set[Direction] = {
    "inbound",
    "outbound",
}


def check_direction(value: str) -> Direction:
    if value in DIRECTION_VALUES:
        return value
    unknown_value("Direction", value, DIRECTION_VALUES)
    return cast(Direction, value)

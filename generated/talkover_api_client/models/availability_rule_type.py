from typing import Literal, cast

from .._drift import unknown_value

AvailabilityRuleType = Literal["exception", "recurring"]

AVAILABILITY_RULE_TYPE_VALUES: set[AvailabilityRuleType] = {
    "exception",
    "recurring",
}


def check_availability_rule_type(value: str) -> AvailabilityRuleType:
    if value in AVAILABILITY_RULE_TYPE_VALUES:
        return value
    unknown_value("AvailabilityRuleType", value, AVAILABILITY_RULE_TYPE_VALUES)
    return cast(AvailabilityRuleType, value)

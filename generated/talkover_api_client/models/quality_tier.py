from typing import Literal, cast

from .._drift import unknown_value

QualityTier = Literal["basic", "beta", "pro", "ultra"]

QUALITY_TIER_VALUES: set[QualityTier] = {
    "basic",
    "beta",
    "pro",
    "ultra",
}


def check_quality_tier(value: str) -> QualityTier:
    if value in QUALITY_TIER_VALUES:
        return value
    unknown_value("QualityTier", value, QUALITY_TIER_VALUES)
    return cast(QualityTier, value)

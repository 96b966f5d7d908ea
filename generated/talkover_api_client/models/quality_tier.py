from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUALITY_TIER_VALUES!r}")

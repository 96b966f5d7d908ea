from typing import Literal, cast

from .._drift import unknown_value

PricingSummaryVoiceQualityTier = Literal["high_fidelity", "standard"]

PRICING_SUMMARY_VOICE_QUALITY_TIER_VALUES: set[PricingSummaryVoiceQualityTier] = {
    "high_fidelity",
    "standard",
}


def check_pricing_summary_voice_quality_tier(value: str) -> PricingSummaryVoiceQualityTier:
    if value in PRICING_SUMMARY_VOICE_QUALITY_TIER_VALUES:
        return value
    unknown_value("PricingSummaryVoiceQualityTier", value, PRICING_SUMMARY_VOICE_QUALITY_TIER_VALUES)
    return cast(PricingSummaryVoiceQualityTier, value)

from typing import Literal

PricingSummaryVoiceQualityTier = Literal["high_fidelity", "standard"]

PRICING_SUMMARY_VOICE_QUALITY_TIER_VALUES: set[PricingSummaryVoiceQualityTier] = {
    "high_fidelity",
    "standard",
}


def check_pricing_summary_voice_quality_tier(value: str) -> PricingSummaryVoiceQualityTier:
    if value in PRICING_SUMMARY_VOICE_QUALITY_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICING_SUMMARY_VOICE_QUALITY_TIER_VALUES!r}")

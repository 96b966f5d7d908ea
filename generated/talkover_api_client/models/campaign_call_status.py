from typing import Literal

CampaignCallStatus = Literal[
    "answered", "busy", "cancelled", "completed", "failed", "initiated", "no-answer", "queued", "ringing", "scheduled"
]

CAMPAIGN_CALL_STATUS_VALUES: set[CampaignCallStatus] = {
    "answered",
    "busy",
    "cancelled",
    "completed",
    "failed",
    "initiated",
    "no-answer",
    "queued",
    "ringing",
    "scheduled",
}


def check_campaign_call_status(value: str) -> CampaignCallStatus:
    if value in CAMPAIGN_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_CALL_STATUS_VALUES!r}")

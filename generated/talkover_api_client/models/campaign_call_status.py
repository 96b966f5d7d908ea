from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("CampaignCallStatus", value, CAMPAIGN_CALL_STATUS_VALUES)
    return cast(CampaignCallStatus, value)

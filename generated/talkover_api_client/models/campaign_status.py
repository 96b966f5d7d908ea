from typing import Literal, cast

from .._drift import unknown_value

CampaignStatus = Literal["active", "cancelled", "completed", "draft", "paused"]

CAMPAIGN_STATUS_VALUES: set[CampaignStatus] = {
    "active",
    "cancelled",
    "completed",
    "draft",
    "paused",
}


def check_campaign_status(value: str) -> CampaignStatus:
    if value in CAMPAIGN_STATUS_VALUES:
        return value
    unknown_value("CampaignStatus", value, CAMPAIGN_STATUS_VALUES)
    return cast(CampaignStatus, value)

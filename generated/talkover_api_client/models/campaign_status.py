from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_VALUES!r}")

from typing import Literal

CampaignType = Literal["custom", "follow_up", "reminder", "sales"]

CAMPAIGN_TYPE_VALUES: set[CampaignType] = {
    "custom",
    "follow_up",
    "reminder",
    "sales",
}


def check_campaign_type(value: str) -> CampaignType:
    if value in CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_TYPE_VALUES!r}")

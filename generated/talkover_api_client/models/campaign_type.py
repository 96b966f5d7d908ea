from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("CampaignType", value, CAMPAIGN_TYPE_VALUES)
    return cast(CampaignType, value)

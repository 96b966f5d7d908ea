from typing import Literal, cast

from .._drift import unknown_value

CampaignFileStatus = Literal["failed", "processed", "processing", "uploading"]

CAMPAIGN_FILE_STATUS_VALUES: set[CampaignFileStatus] = {
    "failed",
    "processed",
    "processing",
    "uploading",
}


def check_campaign_file_status(value: str) -> CampaignFileStatus:
    if value in CAMPAIGN_FILE_STATUS_VALUES:
        return value
    unknown_value("CampaignFileStatus", value, CAMPAIGN_FILE_STATUS_VALUES)
    return cast(CampaignFileStatus, value)

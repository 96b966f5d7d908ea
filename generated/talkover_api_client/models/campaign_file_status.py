from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_FILE_STATUS_VALUES!r}")

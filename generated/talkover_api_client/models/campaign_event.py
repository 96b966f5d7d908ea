from typing import Literal, cast

from .._drift import unknown_value

CampaignEvent = Literal[
    "campaign.completed",
    "campaign.created",
    "campaign.paused",
    "campaign.started",
    "campaign.updated",
    "campaign_call.completed",
    "campaign_call.failed",
    "campaign_call.queued",
    "campaign_call.retry_scheduled",
    "campaign_call.started",
    "event_call_report",
    "event_call_transcript",
    "event_recording",
]

CAMPAIGN_EVENT_VALUES: set[CampaignEvent] = {
    "campaign.completed",
    "campaign.created",
    "campaign.paused",
    "campaign.started",
    "campaign.updated",
    "campaign_call.completed",
    "campaign_call.failed",
    "campaign_call.queued",
    "campaign_call.retry_scheduled",
    "campaign_call.started",
    "event_call_report",
    "event_call_transcript",
    "event_recording",
}


def check_campaign_event(value: str) -> CampaignEvent:
    if value in CAMPAIGN_EVENT_VALUES:
        return value
    unknown_value("CampaignEvent", value, CAMPAIGN_EVENT_VALUES)
    return cast(CampaignEvent, value)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..models.campaign_type import CampaignType, check_campaign_type
from ..models.do_not_call_list_source import DoNotCallListSource, check_do_not_call_list_source

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign, the same object in every response (the examples of the pages show
    subsets, and the stale `earliest_call_time`/`latest_call_time`) (D40).

        Attributes:
            id (str):
            name (str):
            description (None | str):
            status (CampaignStatus):
            campaign_type (CampaignType):
            agent_id (str):
            start_date (str):
            end_date (None | str):
            days_of_week (list[int]):
            call_time_ranges (list[CallTimeRange]):
            timezone (str):
            initial_call_delay (int):
            max_retries (int):
            retry_cooldown_hours (int):
            auto_complete (bool):
            retry_on_no_conversion (bool):
            enable_post_completion_cooldown (bool):
            post_completion_cooldown_hours (int):
            success_cooldown_hours (int):
            voicemail_cooldown_hours (int):
            no_answer_cooldown_hours (int):
            busy_cooldown_hours (int):
            failed_cooldown_hours (int):
            do_not_call_enabled (bool):
            do_not_call_list_source (DoNotCallListSource): `environment` (shared by the environment's campaigns), `global`
                or `custom`
                (`do_not_call_custom_list`). Get Campaign's `campaign` value is stale (D40).
            do_not_call_custom_list (list[str]):
            auto_add_to_dnc_enabled (bool):
            auto_dnc_trigger_statuses (list[str]):
            auto_dnc_trigger_errors (list[str]):
            agent (AgentRef):
            stats (CampaignStats):
            created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
            updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    description: None | str
    status: CampaignStatus
    campaign_type: CampaignType
    agent_id: str
    start_date: str
    end_date: None | str
    days_of_week: list[int]
    call_time_ranges: list[CallTimeRange]
    timezone: str
    initial_call_delay: int
    max_retries: int
    retry_cooldown_hours: int
    auto_complete: bool
    retry_on_no_conversion: bool
    enable_post_completion_cooldown: bool
    post_completion_cooldown_hours: int
    success_cooldown_hours: int
    voicemail_cooldown_hours: int
    no_answer_cooldown_hours: int
    busy_cooldown_hours: int
    failed_cooldown_hours: int
    do_not_call_enabled: bool
    do_not_call_list_source: DoNotCallListSource
    do_not_call_custom_list: list[str]
    auto_add_to_dnc_enabled: bool
    auto_dnc_trigger_statuses: list[str]
    auto_dnc_trigger_errors: list[str]
    agent: AgentRef
    stats: CampaignStats
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        status: str = self.status

        campaign_type: str = self.campaign_type

        agent_id = self.agent_id

        start_date = self.start_date

        end_date: None | str
        end_date = self.end_date

        days_of_week = self.days_of_week

        call_time_ranges = []
        for call_time_ranges_item_data in self.call_time_ranges:
            call_time_ranges_item = call_time_ranges_item_data.to_dict()
            call_time_ranges.append(call_time_ranges_item)

        timezone = self.timezone

        initial_call_delay = self.initial_call_delay

        max_retries = self.max_retries

        retry_cooldown_hours = self.retry_cooldown_hours

        auto_complete = self.auto_complete

        retry_on_no_conversion = self.retry_on_no_conversion

        enable_post_completion_cooldown = self.enable_post_completion_cooldown

        post_completion_cooldown_hours = self.post_completion_cooldown_hours

        success_cooldown_hours = self.success_cooldown_hours

        voicemail_cooldown_hours = self.voicemail_cooldown_hours

        no_answer_cooldown_hours = self.no_answer_cooldown_hours

        busy_cooldown_hours = self.busy_cooldown_hours

        failed_cooldown_hours = self.failed_cooldown_hours

        do_not_call_enabled = self.do_not_call_enabled

        do_not_call_list_source: str = self.do_not_call_list_source

        do_not_call_custom_list = self.do_not_call_custom_list

        auto_add_to_dnc_enabled = self.auto_add_to_dnc_enabled

        auto_dnc_trigger_statuses = self.auto_dnc_trigger_statuses

        auto_dnc_trigger_errors = self.auto_dnc_trigger_errors

        agent = self.agent.to_dict()

        stats = self.stats.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "status": status,
                "campaign_type": campaign_type,
                "agent_id": agent_id,
                "start_date": start_date,
                "end_date": end_date,
                "days_of_week": days_of_week,
                "call_time_ranges": call_time_ranges,
                "timezone": timezone,
                "initial_call_delay": initial_call_delay,
                "max_retries": max_retries,
                "retry_cooldown_hours": retry_cooldown_hours,
                "auto_complete": auto_complete,
                "retry_on_no_conversion": retry_on_no_conversion,
                "enable_post_completion_cooldown": enable_post_completion_cooldown,
                "post_completion_cooldown_hours": post_completion_cooldown_hours,
                "success_cooldown_hours": success_cooldown_hours,
                "voicemail_cooldown_hours": voicemail_cooldown_hours,
                "no_answer_cooldown_hours": no_answer_cooldown_hours,
                "busy_cooldown_hours": busy_cooldown_hours,
                "failed_cooldown_hours": failed_cooldown_hours,
                "do_not_call_enabled": do_not_call_enabled,
                "do_not_call_list_source": do_not_call_list_source,
                "do_not_call_custom_list": do_not_call_custom_list,
                "auto_add_to_dnc_enabled": auto_add_to_dnc_enabled,
                "auto_dnc_trigger_statuses": auto_dnc_trigger_statuses,
                "auto_dnc_trigger_errors": auto_dnc_trigger_errors,
                "agent": agent,
                "stats": stats,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Campaign",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "Campaign",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "description" not in d:
            _drift.missing(
                "Campaign",
                "description",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            description = cast(Any, None)
        else:
            description = cast("None | str", d.pop("description"))

        if "status" not in d:
            _drift.missing(
                "Campaign",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_campaign_status(d.pop("status"))

        if "campaign_type" not in d:
            _drift.missing(
                "Campaign",
                "campaign_type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            campaign_type = cast(Any, None)
        else:
            campaign_type = check_campaign_type(d.pop("campaign_type"))

        if "agent_id" not in d:
            _drift.missing(
                "Campaign",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "start_date" not in d:
            _drift.missing(
                "Campaign",
                "start_date",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            start_date = cast(Any, None)
        else:
            start_date = d.pop("start_date")

        if "end_date" not in d:
            _drift.missing(
                "Campaign",
                "end_date",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            end_date = cast(Any, None)
        else:
            end_date = cast("None | str", d.pop("end_date"))

        if "days_of_week" not in d:
            _drift.missing(
                "Campaign",
                "days_of_week",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            days_of_week = cast(Any, None)
        else:
            days_of_week = cast(list[int], d.pop("days_of_week"))

        if "call_time_ranges" not in d:
            _drift.missing(
                "Campaign",
                "call_time_ranges",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            call_time_ranges = cast(Any, None)
        else:
            call_time_ranges = []
            _call_time_ranges = d.pop("call_time_ranges")
            for call_time_ranges_item_data in _call_time_ranges:
                call_time_ranges_item = CallTimeRange.from_dict(call_time_ranges_item_data)

                call_time_ranges.append(call_time_ranges_item)

        if "timezone" not in d:
            _drift.missing(
                "Campaign",
                "timezone",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            timezone = cast(Any, None)
        else:
            timezone = d.pop("timezone")

        if "initial_call_delay" not in d:
            _drift.missing(
                "Campaign",
                "initial_call_delay",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            initial_call_delay = cast(Any, None)
        else:
            initial_call_delay = d.pop("initial_call_delay")

        if "max_retries" not in d:
            _drift.missing(
                "Campaign",
                "max_retries",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            max_retries = cast(Any, None)
        else:
            max_retries = d.pop("max_retries")

        if "retry_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "retry_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            retry_cooldown_hours = cast(Any, None)
        else:
            retry_cooldown_hours = d.pop("retry_cooldown_hours")

        if "auto_complete" not in d:
            _drift.missing(
                "Campaign",
                "auto_complete",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            auto_complete = cast(Any, None)
        else:
            auto_complete = d.pop("auto_complete")

        if "retry_on_no_conversion" not in d:
            _drift.missing(
                "Campaign",
                "retry_on_no_conversion",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            retry_on_no_conversion = cast(Any, None)
        else:
            retry_on_no_conversion = d.pop("retry_on_no_conversion")

        if "enable_post_completion_cooldown" not in d:
            _drift.missing(
                "Campaign",
                "enable_post_completion_cooldown",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            enable_post_completion_cooldown = cast(Any, None)
        else:
            enable_post_completion_cooldown = d.pop("enable_post_completion_cooldown")

        if "post_completion_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "post_completion_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            post_completion_cooldown_hours = cast(Any, None)
        else:
            post_completion_cooldown_hours = d.pop("post_completion_cooldown_hours")

        if "success_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "success_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            success_cooldown_hours = cast(Any, None)
        else:
            success_cooldown_hours = d.pop("success_cooldown_hours")

        if "voicemail_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "voicemail_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            voicemail_cooldown_hours = cast(Any, None)
        else:
            voicemail_cooldown_hours = d.pop("voicemail_cooldown_hours")

        if "no_answer_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "no_answer_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            no_answer_cooldown_hours = cast(Any, None)
        else:
            no_answer_cooldown_hours = d.pop("no_answer_cooldown_hours")

        if "busy_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "busy_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            busy_cooldown_hours = cast(Any, None)
        else:
            busy_cooldown_hours = d.pop("busy_cooldown_hours")

        if "failed_cooldown_hours" not in d:
            _drift.missing(
                "Campaign",
                "failed_cooldown_hours",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            failed_cooldown_hours = cast(Any, None)
        else:
            failed_cooldown_hours = d.pop("failed_cooldown_hours")

        if "do_not_call_enabled" not in d:
            _drift.missing(
                "Campaign",
                "do_not_call_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            do_not_call_enabled = cast(Any, None)
        else:
            do_not_call_enabled = d.pop("do_not_call_enabled")

        if "do_not_call_list_source" not in d:
            _drift.missing(
                "Campaign",
                "do_not_call_list_source",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            do_not_call_list_source = cast(Any, None)
        else:
            do_not_call_list_source = check_do_not_call_list_source(d.pop("do_not_call_list_source"))

        if "do_not_call_custom_list" not in d:
            _drift.missing(
                "Campaign",
                "do_not_call_custom_list",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            do_not_call_custom_list = cast(Any, None)
        else:
            do_not_call_custom_list = cast(list[str], d.pop("do_not_call_custom_list"))

        if "auto_add_to_dnc_enabled" not in d:
            _drift.missing(
                "Campaign",
                "auto_add_to_dnc_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            auto_add_to_dnc_enabled = cast(Any, None)
        else:
            auto_add_to_dnc_enabled = d.pop("auto_add_to_dnc_enabled")

        if "auto_dnc_trigger_statuses" not in d:
            _drift.missing(
                "Campaign",
                "auto_dnc_trigger_statuses",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            auto_dnc_trigger_statuses = cast(Any, None)
        else:
            auto_dnc_trigger_statuses = cast(list[str], d.pop("auto_dnc_trigger_statuses"))

        if "auto_dnc_trigger_errors" not in d:
            _drift.missing(
                "Campaign",
                "auto_dnc_trigger_errors",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            auto_dnc_trigger_errors = cast(Any, None)
        else:
            auto_dnc_trigger_errors = cast(list[str], d.pop("auto_dnc_trigger_errors"))

        if "agent" not in d:
            _drift.missing(
                "Campaign",
                "agent",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            agent = cast(Any, None)
        else:
            agent = AgentRef.from_dict(d.pop("agent"))

        if "stats" not in d:
            _drift.missing(
                "Campaign",
                "stats",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            stats = cast(Any, None)
        else:
            stats = CampaignStats.from_dict(d.pop("stats"))

        if "created_at" not in d:
            _drift.missing(
                "Campaign",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "Campaign",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "description",
                        "status",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "end_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "initial_call_delay",
                        "max_retries",
                        "retry_cooldown_hours",
                        "auto_complete",
                        "retry_on_no_conversion",
                        "enable_post_completion_cooldown",
                        "post_completion_cooldown_hours",
                        "success_cooldown_hours",
                        "voicemail_cooldown_hours",
                        "no_answer_cooldown_hours",
                        "busy_cooldown_hours",
                        "failed_cooldown_hours",
                        "do_not_call_enabled",
                        "do_not_call_list_source",
                        "do_not_call_custom_list",
                        "auto_add_to_dnc_enabled",
                        "auto_dnc_trigger_statuses",
                        "auto_dnc_trigger_errors",
                        "agent",
                        "stats",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        campaign = cls(
            id=id,
            name=name,
            description=description,
            status=status,
            campaign_type=campaign_type,
            agent_id=agent_id,
            start_date=start_date,
            end_date=end_date,
            days_of_week=days_of_week,
            call_time_ranges=call_time_ranges,
            timezone=timezone,
            initial_call_delay=initial_call_delay,
            max_retries=max_retries,
            retry_cooldown_hours=retry_cooldown_hours,
            auto_complete=auto_complete,
            retry_on_no_conversion=retry_on_no_conversion,
            enable_post_completion_cooldown=enable_post_completion_cooldown,
            post_completion_cooldown_hours=post_completion_cooldown_hours,
            success_cooldown_hours=success_cooldown_hours,
            voicemail_cooldown_hours=voicemail_cooldown_hours,
            no_answer_cooldown_hours=no_answer_cooldown_hours,
            busy_cooldown_hours=busy_cooldown_hours,
            failed_cooldown_hours=failed_cooldown_hours,
            do_not_call_enabled=do_not_call_enabled,
            do_not_call_list_source=do_not_call_list_source,
            do_not_call_custom_list=do_not_call_custom_list,
            auto_add_to_dnc_enabled=auto_add_to_dnc_enabled,
            auto_dnc_trigger_statuses=auto_dnc_trigger_statuses,
            auto_dnc_trigger_errors=auto_dnc_trigger_errors,
            agent=agent,
            stats=stats,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign.additional_properties = d
        return campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.agent_ref import AgentRef  # noqa: E402
from ..models.call_time_range import CallTimeRange  # noqa: E402
from ..models.campaign_stats import CampaignStats  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_type import CampaignType, check_campaign_type
from ..models.do_not_call_list_source import DoNotCallListSource, check_do_not_call_list_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignInput")


@_attrs_define
class CampaignInput:
    """Create Campaign's body. Defaults as on the page (D40).

    Attributes:
        name (str):
        campaign_type (CampaignType):
        agent_id (str): An agent of the environment.
        start_date (datetime.date):
        days_of_week (list[int]): 1 = Monday … 7 = Sunday.
        call_time_ranges (list[CallTimeRange]):
        timezone (str): An IANA time zone (`America/New_York`).
        description (None | str | Unset):
        end_date (datetime.date | None | Unset): After `start_date`; null clears it.
        initial_call_delay (int | Unset): Seconds before a queued call is placed.
        max_retries (int | Unset):
        retry_cooldown_hours (int | Unset):
        auto_complete (bool | Unset):
        retry_on_no_conversion (bool | Unset):
        enable_post_completion_cooldown (bool | Unset):
        post_completion_cooldown_hours (int | Unset):
        success_cooldown_hours (int | Unset):
        voicemail_cooldown_hours (int | Unset):
        no_answer_cooldown_hours (int | Unset):
        busy_cooldown_hours (int | Unset):
        failed_cooldown_hours (int | Unset):
        do_not_call_enabled (bool | Unset):
        do_not_call_list_source (DoNotCallListSource | Unset): `environment` (shared by the environment's campaigns),
            `global` or `custom`
            (`do_not_call_custom_list`). Get Campaign's `campaign` value is stale (D40).
        do_not_call_custom_list (list[str] | Unset):
        auto_add_to_dnc_enabled (bool | Unset):
        auto_dnc_trigger_statuses (list[str] | Unset):
        auto_dnc_trigger_errors (list[str] | Unset):
    """

    name: str
    campaign_type: CampaignType
    agent_id: str
    start_date: datetime.date
    days_of_week: list[int]
    call_time_ranges: list[CallTimeRange]
    timezone: str
    description: None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    initial_call_delay: int | Unset = UNSET
    max_retries: int | Unset = UNSET
    retry_cooldown_hours: int | Unset = UNSET
    auto_complete: bool | Unset = UNSET
    retry_on_no_conversion: bool | Unset = UNSET
    enable_post_completion_cooldown: bool | Unset = UNSET
    post_completion_cooldown_hours: int | Unset = UNSET
    success_cooldown_hours: int | Unset = UNSET
    voicemail_cooldown_hours: int | Unset = UNSET
    no_answer_cooldown_hours: int | Unset = UNSET
    busy_cooldown_hours: int | Unset = UNSET
    failed_cooldown_hours: int | Unset = UNSET
    do_not_call_enabled: bool | Unset = UNSET
    do_not_call_list_source: DoNotCallListSource | Unset = UNSET
    do_not_call_custom_list: list[str] | Unset = UNSET
    auto_add_to_dnc_enabled: bool | Unset = UNSET
    auto_dnc_trigger_statuses: list[str] | Unset = UNSET
    auto_dnc_trigger_errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        campaign_type: str = self.campaign_type

        agent_id = self.agent_id

        start_date = self.start_date.isoformat()

        days_of_week = self.days_of_week

        call_time_ranges = []
        for call_time_ranges_item_data in self.call_time_ranges:
            call_time_ranges_item = call_time_ranges_item_data.to_dict()
            call_time_ranges.append(call_time_ranges_item)

        timezone = self.timezone

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

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

        do_not_call_list_source: str | Unset = UNSET
        if not isinstance(self.do_not_call_list_source, Unset):
            do_not_call_list_source = self.do_not_call_list_source

        do_not_call_custom_list: list[str] | Unset = UNSET
        if not isinstance(self.do_not_call_custom_list, Unset):
            do_not_call_custom_list = self.do_not_call_custom_list

        auto_add_to_dnc_enabled = self.auto_add_to_dnc_enabled

        auto_dnc_trigger_statuses: list[str] | Unset = UNSET
        if not isinstance(self.auto_dnc_trigger_statuses, Unset):
            auto_dnc_trigger_statuses = self.auto_dnc_trigger_statuses

        auto_dnc_trigger_errors: list[str] | Unset = UNSET
        if not isinstance(self.auto_dnc_trigger_errors, Unset):
            auto_dnc_trigger_errors = self.auto_dnc_trigger_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "campaign_type": campaign_type,
                "agent_id": agent_id,
                "start_date": start_date,
                "days_of_week": days_of_week,
                "call_time_ranges": call_time_ranges,
                "timezone": timezone,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if initial_call_delay is not UNSET:
            field_dict["initial_call_delay"] = initial_call_delay
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if retry_cooldown_hours is not UNSET:
            field_dict["retry_cooldown_hours"] = retry_cooldown_hours
        if auto_complete is not UNSET:
            field_dict["auto_complete"] = auto_complete
        if retry_on_no_conversion is not UNSET:
            field_dict["retry_on_no_conversion"] = retry_on_no_conversion
        if enable_post_completion_cooldown is not UNSET:
            field_dict["enable_post_completion_cooldown"] = enable_post_completion_cooldown
        if post_completion_cooldown_hours is not UNSET:
            field_dict["post_completion_cooldown_hours"] = post_completion_cooldown_hours
        if success_cooldown_hours is not UNSET:
            field_dict["success_cooldown_hours"] = success_cooldown_hours
        if voicemail_cooldown_hours is not UNSET:
            field_dict["voicemail_cooldown_hours"] = voicemail_cooldown_hours
        if no_answer_cooldown_hours is not UNSET:
            field_dict["no_answer_cooldown_hours"] = no_answer_cooldown_hours
        if busy_cooldown_hours is not UNSET:
            field_dict["busy_cooldown_hours"] = busy_cooldown_hours
        if failed_cooldown_hours is not UNSET:
            field_dict["failed_cooldown_hours"] = failed_cooldown_hours
        if do_not_call_enabled is not UNSET:
            field_dict["do_not_call_enabled"] = do_not_call_enabled
        if do_not_call_list_source is not UNSET:
            field_dict["do_not_call_list_source"] = do_not_call_list_source
        if do_not_call_custom_list is not UNSET:
            field_dict["do_not_call_custom_list"] = do_not_call_custom_list
        if auto_add_to_dnc_enabled is not UNSET:
            field_dict["auto_add_to_dnc_enabled"] = auto_add_to_dnc_enabled
        if auto_dnc_trigger_statuses is not UNSET:
            field_dict["auto_dnc_trigger_statuses"] = auto_dnc_trigger_statuses
        if auto_dnc_trigger_errors is not UNSET:
            field_dict["auto_dnc_trigger_errors"] = auto_dnc_trigger_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "CampaignInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "campaign_type" not in d:
            _drift.missing(
                "CampaignInput",
                "campaign_type",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                    )
                ),
            )
            campaign_type = cast(Any, None)
        else:
            campaign_type = check_campaign_type(d.pop("campaign_type"))

        if "agent_id" not in d:
            _drift.missing(
                "CampaignInput",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "start_date" not in d:
            _drift.missing(
                "CampaignInput",
                "start_date",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                    )
                ),
            )
            start_date = cast(Any, None)
        else:
            start_date = datetime.date.fromisoformat(d.pop("start_date"))

        if "days_of_week" not in d:
            _drift.missing(
                "CampaignInput",
                "days_of_week",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                    )
                ),
            )
            days_of_week = cast(Any, None)
        else:
            days_of_week = cast(list[int], d.pop("days_of_week"))

        if "call_time_ranges" not in d:
            _drift.missing(
                "CampaignInput",
                "call_time_ranges",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                "CampaignInput",
                "timezone",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "campaign_type",
                        "agent_id",
                        "start_date",
                        "days_of_week",
                        "call_time_ranges",
                        "timezone",
                        "description",
                        "end_date",
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
                    )
                ),
            )
            timezone = cast(Any, None)
        else:
            timezone = d.pop("timezone")

        description = cast("None | str | Unset", d.pop("description", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        initial_call_delay = d.pop("initial_call_delay", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        retry_cooldown_hours = d.pop("retry_cooldown_hours", UNSET)

        auto_complete = d.pop("auto_complete", UNSET)

        retry_on_no_conversion = d.pop("retry_on_no_conversion", UNSET)

        enable_post_completion_cooldown = d.pop("enable_post_completion_cooldown", UNSET)

        post_completion_cooldown_hours = d.pop("post_completion_cooldown_hours", UNSET)

        success_cooldown_hours = d.pop("success_cooldown_hours", UNSET)

        voicemail_cooldown_hours = d.pop("voicemail_cooldown_hours", UNSET)

        no_answer_cooldown_hours = d.pop("no_answer_cooldown_hours", UNSET)

        busy_cooldown_hours = d.pop("busy_cooldown_hours", UNSET)

        failed_cooldown_hours = d.pop("failed_cooldown_hours", UNSET)

        do_not_call_enabled = d.pop("do_not_call_enabled", UNSET)

        _do_not_call_list_source = d.pop("do_not_call_list_source", UNSET)
        do_not_call_list_source: DoNotCallListSource | Unset
        if isinstance(_do_not_call_list_source, Unset):
            do_not_call_list_source = UNSET
        else:
            do_not_call_list_source = check_do_not_call_list_source(_do_not_call_list_source)

        do_not_call_custom_list = cast(list[str], d.pop("do_not_call_custom_list", UNSET))

        auto_add_to_dnc_enabled = d.pop("auto_add_to_dnc_enabled", UNSET)

        auto_dnc_trigger_statuses = cast(list[str], d.pop("auto_dnc_trigger_statuses", UNSET))

        auto_dnc_trigger_errors = cast(list[str], d.pop("auto_dnc_trigger_errors", UNSET))

        campaign_input = cls(
            name=name,
            campaign_type=campaign_type,
            agent_id=agent_id,
            start_date=start_date,
            days_of_week=days_of_week,
            call_time_ranges=call_time_ranges,
            timezone=timezone,
            description=description,
            end_date=end_date,
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
        )

        campaign_input.additional_properties = d
        return campaign_input

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


from ..models.call_time_range import CallTimeRange  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CampaignWebhookRetryResponseData")


@_attrs_define
class CampaignWebhookRetryResponseData:
    """
    Attributes:
        log_id (str):
        original_log_id (str):
    """

    log_id: str
    original_log_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_id = self.log_id

        original_log_id = self.original_log_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_id": log_id,
                "original_log_id": original_log_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "log_id" not in d:
            _drift.missing(
                "CampaignWebhookRetryResponseData",
                "log_id",
                not src_dict.keys().isdisjoint(
                    (
                        "log_id",
                        "original_log_id",
                    )
                ),
            )
            log_id = cast(Any, None)
        else:
            log_id = d.pop("log_id")

        if "original_log_id" not in d:
            _drift.missing(
                "CampaignWebhookRetryResponseData",
                "original_log_id",
                not src_dict.keys().isdisjoint(
                    (
                        "log_id",
                        "original_log_id",
                    )
                ),
            )
            original_log_id = cast(Any, None)
        else:
            original_log_id = d.pop("original_log_id")

        campaign_webhook_retry_response_data = cls(
            log_id=log_id,
            original_log_id=original_log_id,
        )

        campaign_webhook_retry_response_data.additional_properties = d
        return campaign_webhook_retry_response_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CampaignCallResponse")


@_attrs_define
class CampaignCallResponse:
    """The bare body of Make Campaign Call (no `success`/`data` envelope, as on the page).

    Attributes:
        campaign_call (CampaignCall):
        campaign (CampaignSummary):
    """

    campaign_call: CampaignCall
    campaign: CampaignSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_call = self.campaign_call.to_dict()

        campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_call": campaign_call,
                "campaign": campaign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "campaign_call" not in d:
            _drift.missing(
                "CampaignCallResponse",
                "campaign_call",
                not src_dict.keys().isdisjoint(
                    (
                        "campaign_call",
                        "campaign",
                    )
                ),
            )
            campaign_call = cast(Any, None)
        else:
            campaign_call = CampaignCall.from_dict(d.pop("campaign_call"))

        if "campaign" not in d:
            _drift.missing(
                "CampaignCallResponse",
                "campaign",
                not src_dict.keys().isdisjoint(
                    (
                        "campaign_call",
                        "campaign",
                    )
                ),
            )
            campaign = cast(Any, None)
        else:
            campaign = CampaignSummary.from_dict(d.pop("campaign"))

        campaign_call_response = cls(
            campaign_call=campaign_call,
            campaign=campaign,
        )

        campaign_call_response.additional_properties = d
        return campaign_call_response

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


from ..models.campaign_call import CampaignCall  # noqa: E402
from ..models.campaign_summary import CampaignSummary  # noqa: E402

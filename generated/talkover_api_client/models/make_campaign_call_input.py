from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="MakeCampaignCallInput")


@_attrs_define
class MakeCampaignCallInput:
    """
    Attributes:
        to (str): A phone number in international (E.164) form, `+` and 7 to 15 digits.
        payload (MakeCampaignCallInputPayload | Unset):
        context (MakeCampaignCallInputContext | Unset):
        is_testing (bool | Unset): A test call is not billed; false when not sent (D56).
        allow_duplicates (bool | Unset): Queue the call even when the number already has one queued or active here;
            false
            when not sent (D56).
    """

    to: str
    payload: MakeCampaignCallInputPayload | Unset = UNSET
    context: MakeCampaignCallInputContext | Unset = UNSET
    is_testing: bool | Unset = UNSET
    allow_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        is_testing = self.is_testing

        allow_duplicates = self.allow_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if context is not UNSET:
            field_dict["context"] = context
        if is_testing is not UNSET:
            field_dict["is_testing"] = is_testing
        if allow_duplicates is not UNSET:
            field_dict["allow_duplicates"] = allow_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "to" not in d:
            _drift.missing(
                "MakeCampaignCallInput",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "to",
                        "payload",
                        "context",
                        "is_testing",
                        "allow_duplicates",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        _payload = d.pop("payload", UNSET)
        payload: MakeCampaignCallInputPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = MakeCampaignCallInputPayload.from_dict(_payload)

        _context = d.pop("context", UNSET)
        context: MakeCampaignCallInputContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = MakeCampaignCallInputContext.from_dict(_context)

        is_testing = d.pop("is_testing", UNSET)

        allow_duplicates = d.pop("allow_duplicates", UNSET)

        make_campaign_call_input = cls(
            to=to,
            payload=payload,
            context=context,
            is_testing=is_testing,
            allow_duplicates=allow_duplicates,
        )

        make_campaign_call_input.additional_properties = d
        return make_campaign_call_input

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


from ..models.make_campaign_call_input_context import MakeCampaignCallInputContext  # noqa: E402
from ..models.make_campaign_call_input_payload import MakeCampaignCallInputPayload  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateCallError")


@_attrs_define
class DuplicateCallError:
    """
    Attributes:
        success (bool):
        message (str):
        existing_call (CampaignCall):
        code (str | Unset):
    """

    success: bool
    message: str
    existing_call: CampaignCall
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        existing_call = self.existing_call.to_dict()

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "existing_call": existing_call,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "success" not in d:
            _drift.missing(
                "DuplicateCallError",
                "success",
                not src_dict.keys().isdisjoint(
                    (
                        "success",
                        "message",
                        "existing_call",
                        "code",
                    )
                ),
            )
            success = cast(Any, None)
        else:
            success = d.pop("success")

        if "message" not in d:
            _drift.missing(
                "DuplicateCallError",
                "message",
                not src_dict.keys().isdisjoint(
                    (
                        "success",
                        "message",
                        "existing_call",
                        "code",
                    )
                ),
            )
            message = cast(Any, None)
        else:
            message = d.pop("message")

        if "existing_call" not in d:
            _drift.missing(
                "DuplicateCallError",
                "existing_call",
                not src_dict.keys().isdisjoint(
                    (
                        "success",
                        "message",
                        "existing_call",
                        "code",
                    )
                ),
            )
            existing_call = cast(Any, None)
        else:
            existing_call = CampaignCall.from_dict(d.pop("existing_call"))

        code = d.pop("code", UNSET)

        duplicate_call_error = cls(
            success=success,
            message=message,
            existing_call=existing_call,
            code=code,
        )

        duplicate_call_error.additional_properties = d
        return duplicate_call_error

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

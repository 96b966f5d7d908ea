from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorList")


@_attrs_define
class ErrorList:
    """A 422 that lists problems of the whole request rather than of fields (an invalid flow,
    a callback configuration that breaks a rule): `errors` is a list of sentences.

        Attributes:
            message (str):
            errors (list[str]):
            success (bool | Unset):
    """

    message: str
    errors: list[str]
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors = self.errors

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "errors": errors,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "message" not in d:
            _drift.missing(
                "ErrorList",
                "message",
                not src_dict.keys().isdisjoint(
                    (
                        "message",
                        "errors",
                        "success",
                    )
                ),
            )
            message = cast(Any, None)
        else:
            message = d.pop("message")

        if "errors" not in d:
            _drift.missing(
                "ErrorList",
                "errors",
                not src_dict.keys().isdisjoint(
                    (
                        "message",
                        "errors",
                        "success",
                    )
                ),
            )
            errors = cast(Any, None)
        else:
            errors = cast(list[str], d.pop("errors"))

        success = d.pop("success", UNSET)

        error_list = cls(
            message=message,
            errors=errors,
            success=success,
        )

        error_list.additional_properties = d
        return error_list

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

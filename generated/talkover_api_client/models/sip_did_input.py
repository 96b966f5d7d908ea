from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="SipDidInput")


@_attrs_define
class SipDidInput:
    """
    Attributes:
        country_code (str): ISO 3166-1 alpha-2.
        number (str): E.164.
    """

    country_code: str
    number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "country_code" not in d:
            _drift.missing(
                "SipDidInput",
                "country_code",
                not src_dict.keys().isdisjoint(
                    (
                        "country_code",
                        "number",
                    )
                ),
            )
            country_code = cast(Any, None)
        else:
            country_code = d.pop("country_code")

        if "number" not in d:
            _drift.missing(
                "SipDidInput",
                "number",
                not src_dict.keys().isdisjoint(
                    (
                        "country_code",
                        "number",
                    )
                ),
            )
            number = cast(Any, None)
        else:
            number = d.pop("number")

        sip_did_input = cls(
            country_code=country_code,
            number=number,
        )

        sip_did_input.additional_properties = d
        return sip_did_input

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

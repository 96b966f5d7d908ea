from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="SipDid")


@_attrs_define
class SipDid:
    """A DID as the DID pages show it; List Phone Numbers shows it in full.

    Attributes:
        id (str):
        number (str):
        country_code (str):
        formatted_number (str):
        trunk_id (str):
    """

    id: str
    number: str
    country_code: str
    formatted_number: str
    trunk_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        country_code = self.country_code

        formatted_number = self.formatted_number

        trunk_id = self.trunk_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "country_code": country_code,
                "formatted_number": formatted_number,
                "trunk_id": trunk_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "SipDid",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "trunk_id",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "number" not in d:
            _drift.missing(
                "SipDid",
                "number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "trunk_id",
                    )
                ),
            )
            number = cast(Any, None)
        else:
            number = d.pop("number")

        if "country_code" not in d:
            _drift.missing(
                "SipDid",
                "country_code",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "trunk_id",
                    )
                ),
            )
            country_code = cast(Any, None)
        else:
            country_code = d.pop("country_code")

        if "formatted_number" not in d:
            _drift.missing(
                "SipDid",
                "formatted_number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "trunk_id",
                    )
                ),
            )
            formatted_number = cast(Any, None)
        else:
            formatted_number = d.pop("formatted_number")

        if "trunk_id" not in d:
            _drift.missing(
                "SipDid",
                "trunk_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "trunk_id",
                    )
                ),
            )
            trunk_id = cast(Any, None)
        else:
            trunk_id = d.pop("trunk_id")

        sip_did = cls(
            id=id,
            number=number,
            country_code=country_code,
            formatted_number=formatted_number,
            trunk_id=trunk_id,
        )

        sip_did.additional_properties = d
        return sip_did

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        id (str):
        number (str): E.164, e.g. `+1234567890`.
        country_code (str | Unset):
        formatted_number (str | Unset):
        international_number (str | Unset):
        current_status (str | Unset):
    """

    id: str
    number: str
    country_code: str | Unset = UNSET
    formatted_number: str | Unset = UNSET
    international_number: str | Unset = UNSET
    current_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        country_code = self.country_code

        formatted_number = self.formatted_number

        international_number = self.international_number

        current_status = self.current_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if formatted_number is not UNSET:
            field_dict["formatted_number"] = formatted_number
        if international_number is not UNSET:
            field_dict["international_number"] = international_number
        if current_status is not UNSET:
            field_dict["current_status"] = current_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "PhoneNumber",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "current_status",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "number" not in d:
            _drift.missing(
                "PhoneNumber",
                "number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "current_status",
                    )
                ),
            )
            number = cast(Any, None)
        else:
            number = d.pop("number")

        country_code = d.pop("country_code", UNSET)

        formatted_number = d.pop("formatted_number", UNSET)

        international_number = d.pop("international_number", UNSET)

        current_status = d.pop("current_status", UNSET)

        phone_number = cls(
            id=id,
            number=number,
            country_code=country_code,
            formatted_number=formatted_number,
            international_number=international_number,
            current_status=current_status,
        )

        phone_number.additional_properties = d
        return phone_number

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceLine")


@_attrs_define
class PriceLine:
    """
    Attributes:
        unit (str):
        price (float):
        tier (str | Unset):
        country_code (str | Unset):
    """

    unit: str
    price: float
    tier: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        price = self.price

        tier = self.tier

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "price": price,
            }
        )
        if tier is not UNSET:
            field_dict["tier"] = tier
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "unit" not in d:
            _drift.missing(
                "PriceLine",
                "unit",
                not src_dict.keys().isdisjoint(
                    (
                        "unit",
                        "price",
                        "tier",
                        "country_code",
                    )
                ),
            )
            unit = cast(Any, None)
        else:
            unit = d.pop("unit")

        if "price" not in d:
            _drift.missing(
                "PriceLine",
                "price",
                not src_dict.keys().isdisjoint(
                    (
                        "unit",
                        "price",
                        "tier",
                        "country_code",
                    )
                ),
            )
            price = cast(Any, None)
        else:
            price = d.pop("price")

        tier = d.pop("tier", UNSET)

        country_code = d.pop("country_code", UNSET)

        price_line = cls(
            unit=unit,
            price=price,
            tier=tier,
            country_code=country_code,
        )

        price_line.additional_properties = d
        return price_line

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

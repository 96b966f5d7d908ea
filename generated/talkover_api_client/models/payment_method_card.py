from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="PaymentMethodCard")


@_attrs_define
class PaymentMethodCard:
    """
    Attributes:
        brand (str):
        last4 (str):
        exp_month (int):
        exp_year (int):
    """

    brand: str
    last4: str
    exp_month: int
    exp_year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        last4 = self.last4

        exp_month = self.exp_month

        exp_year = self.exp_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand": brand,
                "last4": last4,
                "exp_month": exp_month,
                "exp_year": exp_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "brand" not in d:
            _drift.missing(
                "PaymentMethodCard",
                "brand",
                not src_dict.keys().isdisjoint(
                    (
                        "brand",
                        "last4",
                        "exp_month",
                        "exp_year",
                    )
                ),
            )
            brand = cast(Any, None)
        else:
            brand = d.pop("brand")

        if "last4" not in d:
            _drift.missing(
                "PaymentMethodCard",
                "last4",
                not src_dict.keys().isdisjoint(
                    (
                        "brand",
                        "last4",
                        "exp_month",
                        "exp_year",
                    )
                ),
            )
            last4 = cast(Any, None)
        else:
            last4 = d.pop("last4")

        if "exp_month" not in d:
            _drift.missing(
                "PaymentMethodCard",
                "exp_month",
                not src_dict.keys().isdisjoint(
                    (
                        "brand",
                        "last4",
                        "exp_month",
                        "exp_year",
                    )
                ),
            )
            exp_month = cast(Any, None)
        else:
            exp_month = d.pop("exp_month")

        if "exp_year" not in d:
            _drift.missing(
                "PaymentMethodCard",
                "exp_year",
                not src_dict.keys().isdisjoint(
                    (
                        "brand",
                        "last4",
                        "exp_month",
                        "exp_year",
                    )
                ),
            )
            exp_year = cast(Any, None)
        else:
            exp_year = d.pop("exp_year")

        payment_method_card = cls(
            brand=brand,
            last4=last4,
            exp_month=exp_month,
            exp_year=exp_year,
        )

        payment_method_card.additional_properties = d
        return payment_method_card

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

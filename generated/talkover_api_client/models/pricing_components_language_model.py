from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="PricingComponentsLanguageModel")


@_attrs_define
class PricingComponentsLanguageModel:
    """
    Attributes:
        unit (str):
        input_price (float):
        output_price (float):
    """

    unit: str
    input_price: float
    output_price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        input_price = self.input_price

        output_price = self.output_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "input_price": input_price,
                "output_price": output_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "unit" not in d:
            _drift.missing(
                "PricingComponentsLanguageModel",
                "unit",
                not src_dict.keys().isdisjoint(
                    (
                        "unit",
                        "input_price",
                        "output_price",
                    )
                ),
            )
            unit = cast(Any, None)
        else:
            unit = d.pop("unit")

        if "input_price" not in d:
            _drift.missing(
                "PricingComponentsLanguageModel",
                "input_price",
                not src_dict.keys().isdisjoint(
                    (
                        "unit",
                        "input_price",
                        "output_price",
                    )
                ),
            )
            input_price = cast(Any, None)
        else:
            input_price = d.pop("input_price")

        if "output_price" not in d:
            _drift.missing(
                "PricingComponentsLanguageModel",
                "output_price",
                not src_dict.keys().isdisjoint(
                    (
                        "unit",
                        "input_price",
                        "output_price",
                    )
                ),
            )
            output_price = cast(Any, None)
        else:
            output_price = d.pop("output_price")

        pricing_components_language_model = cls(
            unit=unit,
            input_price=input_price,
            output_price=output_price,
        )

        pricing_components_language_model.additional_properties = d
        return pricing_components_language_model

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

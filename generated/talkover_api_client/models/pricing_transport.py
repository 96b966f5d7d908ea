from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="PricingTransport")


@_attrs_define
class PricingTransport:
    """
    Attributes:
        outbound (PriceLine):
        inbound (PriceLine):
    """

    outbound: PriceLine
    inbound: PriceLine
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outbound = self.outbound.to_dict()

        inbound = self.inbound.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outbound": outbound,
                "inbound": inbound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "outbound" not in d:
            _drift.missing(
                "PricingTransport",
                "outbound",
                not src_dict.keys().isdisjoint(
                    (
                        "outbound",
                        "inbound",
                    )
                ),
            )
            outbound = cast(Any, None)
        else:
            outbound = PriceLine.from_dict(d.pop("outbound"))

        if "inbound" not in d:
            _drift.missing(
                "PricingTransport",
                "inbound",
                not src_dict.keys().isdisjoint(
                    (
                        "outbound",
                        "inbound",
                    )
                ),
            )
            inbound = cast(Any, None)
        else:
            inbound = PriceLine.from_dict(d.pop("inbound"))

        pricing_transport = cls(
            outbound=outbound,
            inbound=inbound,
        )

        pricing_transport.additional_properties = d
        return pricing_transport

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


from ..models.price_line import PriceLine  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="Pricing")


@_attrs_define
class Pricing:
    """
    Attributes:
        agent_id (str):
        currency (str):
        components (PricingComponents):
        transport (PricingTransport):
        estimated_cost_per_minute (float):
        calculated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    agent_id: str
    currency: str
    components: PricingComponents
    transport: PricingTransport
    estimated_cost_per_minute: float
    calculated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        currency = self.currency

        components = self.components.to_dict()

        transport = self.transport.to_dict()

        estimated_cost_per_minute = self.estimated_cost_per_minute

        calculated_at = self.calculated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "currency": currency,
                "components": components,
                "transport": transport,
                "estimated_cost_per_minute": estimated_cost_per_minute,
                "calculated_at": calculated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "agent_id" not in d:
            _drift.missing(
                "Pricing",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "components",
                        "transport",
                        "estimated_cost_per_minute",
                        "calculated_at",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "currency" not in d:
            _drift.missing(
                "Pricing",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "components",
                        "transport",
                        "estimated_cost_per_minute",
                        "calculated_at",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "components" not in d:
            _drift.missing(
                "Pricing",
                "components",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "components",
                        "transport",
                        "estimated_cost_per_minute",
                        "calculated_at",
                    )
                ),
            )
            components = cast(Any, None)
        else:
            components = PricingComponents.from_dict(d.pop("components"))

        if "transport" not in d:
            _drift.missing(
                "Pricing",
                "transport",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "components",
                        "transport",
                        "estimated_cost_per_minute",
                        "calculated_at",
                    )
                ),
            )
            transport = cast(Any, None)
        else:
            transport = PricingTransport.from_dict(d.pop("transport"))

        if "estimated_cost_per_minute" not in d:
            _drift.missing(
                "Pricing",
                "estimated_cost_per_minute",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "components",
                        "transport",
                        "estimated_cost_per_minute",
                        "calculated_at",
                    )
                ),
            )
            estimated_cost_per_minute = cast(Any, None)
        else:
            estimated_cost_per_minute = d.pop("estimated_cost_per_minute")

        if "calculated_at" not in d:
            _drift.missing(
                "Pricing",
                "calculated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "components",
                        "transport",
                        "estimated_cost_per_minute",
                        "calculated_at",
                    )
                ),
            )
            calculated_at = cast(Any, None)
        else:
            calculated_at = datetime.datetime.fromisoformat(d.pop("calculated_at"))

        pricing = cls(
            agent_id=agent_id,
            currency=currency,
            components=components,
            transport=transport,
            estimated_cost_per_minute=estimated_cost_per_minute,
            calculated_at=calculated_at,
        )

        pricing.additional_properties = d
        return pricing

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


from ..models.pricing_components import PricingComponents  # noqa: E402
from ..models.pricing_transport import PricingTransport  # noqa: E402

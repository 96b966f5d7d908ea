from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.pricing_summary_voice_quality_tier import (
    PricingSummaryVoiceQualityTier,
    check_pricing_summary_voice_quality_tier,
)

T = TypeVar("T", bound="PricingSummary")


@_attrs_define
class PricingSummary:
    """
    Attributes:
        agent_id (str):
        currency (str):
        estimated_cost_per_minute (float):
        voice_quality_tier (PricingSummaryVoiceQualityTier):
        optimized_costs_enabled (bool):
    """

    agent_id: str
    currency: str
    estimated_cost_per_minute: float
    voice_quality_tier: PricingSummaryVoiceQualityTier
    optimized_costs_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        currency = self.currency

        estimated_cost_per_minute = self.estimated_cost_per_minute

        voice_quality_tier: str = self.voice_quality_tier

        optimized_costs_enabled = self.optimized_costs_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "currency": currency,
                "estimated_cost_per_minute": estimated_cost_per_minute,
                "voice_quality_tier": voice_quality_tier,
                "optimized_costs_enabled": optimized_costs_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "agent_id" not in d:
            _drift.missing(
                "PricingSummary",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "estimated_cost_per_minute",
                        "voice_quality_tier",
                        "optimized_costs_enabled",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "currency" not in d:
            _drift.missing(
                "PricingSummary",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "estimated_cost_per_minute",
                        "voice_quality_tier",
                        "optimized_costs_enabled",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "estimated_cost_per_minute" not in d:
            _drift.missing(
                "PricingSummary",
                "estimated_cost_per_minute",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "estimated_cost_per_minute",
                        "voice_quality_tier",
                        "optimized_costs_enabled",
                    )
                ),
            )
            estimated_cost_per_minute = cast(Any, None)
        else:
            estimated_cost_per_minute = d.pop("estimated_cost_per_minute")

        if "voice_quality_tier" not in d:
            _drift.missing(
                "PricingSummary",
                "voice_quality_tier",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "estimated_cost_per_minute",
                        "voice_quality_tier",
                        "optimized_costs_enabled",
                    )
                ),
            )
            voice_quality_tier = cast(Any, None)
        else:
            voice_quality_tier = check_pricing_summary_voice_quality_tier(d.pop("voice_quality_tier"))

        if "optimized_costs_enabled" not in d:
            _drift.missing(
                "PricingSummary",
                "optimized_costs_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "agent_id",
                        "currency",
                        "estimated_cost_per_minute",
                        "voice_quality_tier",
                        "optimized_costs_enabled",
                    )
                ),
            )
            optimized_costs_enabled = cast(Any, None)
        else:
            optimized_costs_enabled = d.pop("optimized_costs_enabled")

        pricing_summary = cls(
            agent_id=agent_id,
            currency=currency,
            estimated_cost_per_minute=estimated_cost_per_minute,
            voice_quality_tier=voice_quality_tier,
            optimized_costs_enabled=optimized_costs_enabled,
        )

        pricing_summary.additional_properties = d
        return pricing_summary

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

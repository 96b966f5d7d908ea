from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="Eligibility")


@_attrs_define
class Eligibility:
    """
    Attributes:
        eligible (bool):
        current_calls (int):
        required_calls (int):
        threshold_days (int):
        calls_remaining (int | Unset): `required_calls - current_calls`; sent only when not eligible.
    """

    eligible: bool
    current_calls: int
    required_calls: int
    threshold_days: int
    calls_remaining: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligible = self.eligible

        current_calls = self.current_calls

        required_calls = self.required_calls

        threshold_days = self.threshold_days

        calls_remaining = self.calls_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligible": eligible,
                "current_calls": current_calls,
                "required_calls": required_calls,
                "threshold_days": threshold_days,
            }
        )
        if calls_remaining is not UNSET:
            field_dict["calls_remaining"] = calls_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "eligible" not in d:
            _drift.missing(
                "Eligibility",
                "eligible",
                not src_dict.keys().isdisjoint(
                    (
                        "eligible",
                        "current_calls",
                        "required_calls",
                        "threshold_days",
                        "calls_remaining",
                    )
                ),
            )
            eligible = cast(Any, None)
        else:
            eligible = d.pop("eligible")

        if "current_calls" not in d:
            _drift.missing(
                "Eligibility",
                "current_calls",
                not src_dict.keys().isdisjoint(
                    (
                        "eligible",
                        "current_calls",
                        "required_calls",
                        "threshold_days",
                        "calls_remaining",
                    )
                ),
            )
            current_calls = cast(Any, None)
        else:
            current_calls = d.pop("current_calls")

        if "required_calls" not in d:
            _drift.missing(
                "Eligibility",
                "required_calls",
                not src_dict.keys().isdisjoint(
                    (
                        "eligible",
                        "current_calls",
                        "required_calls",
                        "threshold_days",
                        "calls_remaining",
                    )
                ),
            )
            required_calls = cast(Any, None)
        else:
            required_calls = d.pop("required_calls")

        if "threshold_days" not in d:
            _drift.missing(
                "Eligibility",
                "threshold_days",
                not src_dict.keys().isdisjoint(
                    (
                        "eligible",
                        "current_calls",
                        "required_calls",
                        "threshold_days",
                        "calls_remaining",
                    )
                ),
            )
            threshold_days = cast(Any, None)
        else:
            threshold_days = d.pop("threshold_days")

        calls_remaining = d.pop("calls_remaining", UNSET)

        eligibility = cls(
            eligible=eligible,
            current_calls=current_calls,
            required_calls=required_calls,
            threshold_days=threshold_days,
            calls_remaining=calls_remaining,
        )

        eligibility.additional_properties = d
        return eligibility

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipHealth")


@_attrs_define
class SipHealth:
    """
    Attributes:
        is_healthy (bool):
        response_time_ms (int):
        checked_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        error (str | Unset):
    """

    is_healthy: bool
    response_time_ms: int
    checked_at: datetime.datetime
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_healthy = self.is_healthy

        response_time_ms = self.response_time_ms

        checked_at = self.checked_at.isoformat()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_healthy": is_healthy,
                "response_time_ms": response_time_ms,
                "checked_at": checked_at,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "is_healthy" not in d:
            _drift.missing(
                "SipHealth",
                "is_healthy",
                not src_dict.keys().isdisjoint(
                    (
                        "is_healthy",
                        "response_time_ms",
                        "checked_at",
                        "error",
                    )
                ),
            )
            is_healthy = cast(Any, None)
        else:
            is_healthy = d.pop("is_healthy")

        if "response_time_ms" not in d:
            _drift.missing(
                "SipHealth",
                "response_time_ms",
                not src_dict.keys().isdisjoint(
                    (
                        "is_healthy",
                        "response_time_ms",
                        "checked_at",
                        "error",
                    )
                ),
            )
            response_time_ms = cast(Any, None)
        else:
            response_time_ms = d.pop("response_time_ms")

        if "checked_at" not in d:
            _drift.missing(
                "SipHealth",
                "checked_at",
                not src_dict.keys().isdisjoint(
                    (
                        "is_healthy",
                        "response_time_ms",
                        "checked_at",
                        "error",
                    )
                ),
            )
            checked_at = cast(Any, None)
        else:
            checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        error = d.pop("error", UNSET)

        sip_health = cls(
            is_healthy=is_healthy,
            response_time_ms=response_time_ms,
            checked_at=checked_at,
            error=error,
        )

        sip_health.additional_properties = d
        return sip_health

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

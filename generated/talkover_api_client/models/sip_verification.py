from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.sip_health_status import SipHealthStatus, check_sip_health_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipVerification")


@_attrs_define
class SipVerification:
    """
    Attributes:
        is_verified (bool):
        health_status (SipHealthStatus): The latest check's outcome: `unknown` until the first verification (the pages
            show
            `healthy` and `unhealthy`; D49).
        last_health_check_at (datetime.datetime | Unset): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        error (str | Unset):
    """

    is_verified: bool
    health_status: SipHealthStatus
    last_health_check_at: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_verified = self.is_verified

        health_status: str = self.health_status

        last_health_check_at: str | Unset = UNSET
        if not isinstance(self.last_health_check_at, Unset):
            last_health_check_at = self.last_health_check_at.isoformat()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_verified": is_verified,
                "health_status": health_status,
            }
        )
        if last_health_check_at is not UNSET:
            field_dict["last_health_check_at"] = last_health_check_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "is_verified" not in d:
            _drift.missing(
                "SipVerification",
                "is_verified",
                not src_dict.keys().isdisjoint(
                    (
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "error",
                    )
                ),
            )
            is_verified = cast(Any, None)
        else:
            is_verified = d.pop("is_verified")

        if "health_status" not in d:
            _drift.missing(
                "SipVerification",
                "health_status",
                not src_dict.keys().isdisjoint(
                    (
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "error",
                    )
                ),
            )
            health_status = cast(Any, None)
        else:
            health_status = check_sip_health_status(d.pop("health_status"))

        _last_health_check_at = d.pop("last_health_check_at", UNSET)
        last_health_check_at: datetime.datetime | Unset
        if isinstance(_last_health_check_at, Unset):
            last_health_check_at = UNSET
        else:
            last_health_check_at = datetime.datetime.fromisoformat(_last_health_check_at)

        error = d.pop("error", UNSET)

        sip_verification = cls(
            is_verified=is_verified,
            health_status=health_status,
            last_health_check_at=last_health_check_at,
            error=error,
        )

        sip_verification.additional_properties = d
        return sip_verification

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

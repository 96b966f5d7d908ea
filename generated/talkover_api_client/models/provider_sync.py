from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="ProviderSync")


@_attrs_define
class ProviderSync:
    """
    Attributes:
        queued (bool):
        queued_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    queued: bool
    queued_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued = self.queued

        queued_at = self.queued_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queued": queued,
                "queued_at": queued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "queued" not in d:
            _drift.missing(
                "ProviderSync",
                "queued",
                not src_dict.keys().isdisjoint(
                    (
                        "queued",
                        "queued_at",
                    )
                ),
            )
            queued = cast(Any, None)
        else:
            queued = d.pop("queued")

        if "queued_at" not in d:
            _drift.missing(
                "ProviderSync",
                "queued_at",
                not src_dict.keys().isdisjoint(
                    (
                        "queued",
                        "queued_at",
                    )
                ),
            )
            queued_at = cast(Any, None)
        else:
            queued_at = datetime.datetime.fromisoformat(d.pop("queued_at"))

        provider_sync = cls(
            queued=queued,
            queued_at=queued_at,
        )

        provider_sync.additional_properties = d
        return provider_sync

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

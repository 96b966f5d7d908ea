from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="FlowVersion")


@_attrs_define
class FlowVersion:
    """
    Attributes:
        id (str):
        version (str):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        is_current (bool):
    """

    id: str
    version: str
    created_at: datetime.datetime
    is_current: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        created_at = self.created_at.isoformat()

        is_current = self.is_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "created_at": created_at,
                "is_current": is_current,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "FlowVersion",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "version",
                        "created_at",
                        "is_current",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "version" not in d:
            _drift.missing(
                "FlowVersion",
                "version",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "version",
                        "created_at",
                        "is_current",
                    )
                ),
            )
            version = cast(Any, None)
        else:
            version = d.pop("version")

        if "created_at" not in d:
            _drift.missing(
                "FlowVersion",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "version",
                        "created_at",
                        "is_current",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "is_current" not in d:
            _drift.missing(
                "FlowVersion",
                "is_current",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "version",
                        "created_at",
                        "is_current",
                    )
                ),
            )
            is_current = cast(Any, None)
        else:
            is_current = d.pop("is_current")

        flow_version = cls(
            id=id,
            version=version,
            created_at=created_at,
            is_current=is_current,
        )

        flow_version.additional_properties = d
        return flow_version

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="Calendar")


@_attrs_define
class Calendar:
    """
    Attributes:
        id (str):
        name (str):
        timezone (str):
        owner_id (str):
        metadata (CalendarMetadata):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    timezone: str
    owner_id: str
    metadata: CalendarMetadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        timezone = self.timezone

        owner_id = self.owner_id

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "timezone": timezone,
                "owner_id": owner_id,
                "metadata": metadata,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Calendar",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "Calendar",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "timezone" not in d:
            _drift.missing(
                "Calendar",
                "timezone",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            timezone = cast(Any, None)
        else:
            timezone = d.pop("timezone")

        if "owner_id" not in d:
            _drift.missing(
                "Calendar",
                "owner_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            owner_id = cast(Any, None)
        else:
            owner_id = d.pop("owner_id")

        if "metadata" not in d:
            _drift.missing(
                "Calendar",
                "metadata",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            metadata = cast(Any, None)
        else:
            metadata = CalendarMetadata.from_dict(d.pop("metadata"))

        if "created_at" not in d:
            _drift.missing(
                "Calendar",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "Calendar",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "timezone",
                        "owner_id",
                        "metadata",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        calendar = cls(
            id=id,
            name=name,
            timezone=timezone,
            owner_id=owner_id,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
        )

        calendar.additional_properties = d
        return calendar

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


from ..models.calendar_metadata import CalendarMetadata  # noqa: E402

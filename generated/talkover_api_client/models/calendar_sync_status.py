from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CalendarSyncStatus")


@_attrs_define
class CalendarSyncStatus:
    """
    Attributes:
        calendar_id (str):
        connection_id (str):
        provider (str):
        last_sync_at (datetime.datetime | None):
        is_syncing (bool):
        events_synced (int):
    """

    calendar_id: str
    connection_id: str
    provider: str
    last_sync_at: datetime.datetime | None
    is_syncing: bool
    events_synced: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar_id = self.calendar_id

        connection_id = self.connection_id

        provider = self.provider

        last_sync_at: None | str
        if isinstance(self.last_sync_at, datetime.datetime):
            last_sync_at = self.last_sync_at.isoformat()
        else:
            last_sync_at = self.last_sync_at

        is_syncing = self.is_syncing

        events_synced = self.events_synced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar_id": calendar_id,
                "connection_id": connection_id,
                "provider": provider,
                "last_sync_at": last_sync_at,
                "is_syncing": is_syncing,
                "events_synced": events_synced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "calendar_id" not in d:
            _drift.missing(
                "CalendarSyncStatus",
                "calendar_id",
                not src_dict.keys().isdisjoint(
                    (
                        "calendar_id",
                        "connection_id",
                        "provider",
                        "last_sync_at",
                        "is_syncing",
                        "events_synced",
                    )
                ),
            )
            calendar_id = cast(Any, None)
        else:
            calendar_id = d.pop("calendar_id")

        if "connection_id" not in d:
            _drift.missing(
                "CalendarSyncStatus",
                "connection_id",
                not src_dict.keys().isdisjoint(
                    (
                        "calendar_id",
                        "connection_id",
                        "provider",
                        "last_sync_at",
                        "is_syncing",
                        "events_synced",
                    )
                ),
            )
            connection_id = cast(Any, None)
        else:
            connection_id = d.pop("connection_id")

        if "provider" not in d:
            _drift.missing(
                "CalendarSyncStatus",
                "provider",
                not src_dict.keys().isdisjoint(
                    (
                        "calendar_id",
                        "connection_id",
                        "provider",
                        "last_sync_at",
                        "is_syncing",
                        "events_synced",
                    )
                ),
            )
            provider = cast(Any, None)
        else:
            provider = d.pop("provider")

        if "last_sync_at" not in d:
            _drift.missing(
                "CalendarSyncStatus",
                "last_sync_at",
                not src_dict.keys().isdisjoint(
                    (
                        "calendar_id",
                        "connection_id",
                        "provider",
                        "last_sync_at",
                        "is_syncing",
                        "events_synced",
                    )
                ),
            )
            last_sync_at = cast(Any, None)
        else:

            def _parse_last_sync_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_sync_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_sync_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_sync_at = _parse_last_sync_at(d.pop("last_sync_at"))

        if "is_syncing" not in d:
            _drift.missing(
                "CalendarSyncStatus",
                "is_syncing",
                not src_dict.keys().isdisjoint(
                    (
                        "calendar_id",
                        "connection_id",
                        "provider",
                        "last_sync_at",
                        "is_syncing",
                        "events_synced",
                    )
                ),
            )
            is_syncing = cast(Any, None)
        else:
            is_syncing = d.pop("is_syncing")

        if "events_synced" not in d:
            _drift.missing(
                "CalendarSyncStatus",
                "events_synced",
                not src_dict.keys().isdisjoint(
                    (
                        "calendar_id",
                        "connection_id",
                        "provider",
                        "last_sync_at",
                        "is_syncing",
                        "events_synced",
                    )
                ),
            )
            events_synced = cast(Any, None)
        else:
            events_synced = d.pop("events_synced")

        calendar_sync_status = cls(
            calendar_id=calendar_id,
            connection_id=connection_id,
            provider=provider,
            last_sync_at=last_sync_at,
            is_syncing=is_syncing,
            events_synced=events_synced,
        )

        calendar_sync_status.additional_properties = d
        return calendar_sync_status

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

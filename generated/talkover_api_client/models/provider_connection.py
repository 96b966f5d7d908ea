from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.provider_connection_status import ProviderConnectionStatus, check_provider_connection_status

T = TypeVar("T", bound="ProviderConnection")


@_attrs_define
class ProviderConnection:
    """
    Attributes:
        id (str):
        provider (str):
        external_calendar_id (None | str):
        status (ProviderConnectionStatus): `pending` until the user completes the provider's authorization, then
            `active`, or
            `failed` when they refuse it (D60).
        is_active (bool):
        authorization_url (None | str): Where the user authorizes access; null once the connection is active.
        is_syncing (bool):
        events_synced (int):
        last_sync_at (datetime.datetime | None):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    provider: str
    external_calendar_id: None | str
    status: ProviderConnectionStatus
    is_active: bool
    authorization_url: None | str
    is_syncing: bool
    events_synced: int
    last_sync_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider

        external_calendar_id: None | str
        external_calendar_id = self.external_calendar_id

        status: str = self.status

        is_active = self.is_active

        authorization_url: None | str
        authorization_url = self.authorization_url

        is_syncing = self.is_syncing

        events_synced = self.events_synced

        last_sync_at: None | str
        if isinstance(self.last_sync_at, datetime.datetime):
            last_sync_at = self.last_sync_at.isoformat()
        else:
            last_sync_at = self.last_sync_at

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "external_calendar_id": external_calendar_id,
                "status": status,
                "is_active": is_active,
                "authorization_url": authorization_url,
                "is_syncing": is_syncing,
                "events_synced": events_synced,
                "last_sync_at": last_sync_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "ProviderConnection",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "provider" not in d:
            _drift.missing(
                "ProviderConnection",
                "provider",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            provider = cast(Any, None)
        else:
            provider = d.pop("provider")

        if "external_calendar_id" not in d:
            _drift.missing(
                "ProviderConnection",
                "external_calendar_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            external_calendar_id = cast(Any, None)
        else:
            external_calendar_id = cast("None | str", d.pop("external_calendar_id"))

        if "status" not in d:
            _drift.missing(
                "ProviderConnection",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_provider_connection_status(d.pop("status"))

        if "is_active" not in d:
            _drift.missing(
                "ProviderConnection",
                "is_active",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            is_active = cast(Any, None)
        else:
            is_active = d.pop("is_active")

        if "authorization_url" not in d:
            _drift.missing(
                "ProviderConnection",
                "authorization_url",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            authorization_url = cast(Any, None)
        else:
            authorization_url = cast("None | str", d.pop("authorization_url"))

        if "is_syncing" not in d:
            _drift.missing(
                "ProviderConnection",
                "is_syncing",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            is_syncing = cast(Any, None)
        else:
            is_syncing = d.pop("is_syncing")

        if "events_synced" not in d:
            _drift.missing(
                "ProviderConnection",
                "events_synced",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            events_synced = cast(Any, None)
        else:
            events_synced = d.pop("events_synced")

        if "last_sync_at" not in d:
            _drift.missing(
                "ProviderConnection",
                "last_sync_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
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

        if "created_at" not in d:
            _drift.missing(
                "ProviderConnection",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "provider",
                        "external_calendar_id",
                        "status",
                        "is_active",
                        "authorization_url",
                        "is_syncing",
                        "events_synced",
                        "last_sync_at",
                        "created_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        provider_connection = cls(
            id=id,
            provider=provider,
            external_calendar_id=external_calendar_id,
            status=status,
            is_active=is_active,
            authorization_url=authorization_url,
            is_syncing=is_syncing,
            events_synced=events_synced,
            last_sync_at=last_sync_at,
            created_at=created_at,
        )

        provider_connection.additional_properties = d
        return provider_connection

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

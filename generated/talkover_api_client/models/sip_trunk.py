from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.sip_health_status import SipHealthStatus, check_sip_health_status
from ..models.sip_transport import SipTransport, check_sip_transport

T = TypeVar("T", bound="SipTrunk")


@_attrs_define
class SipTrunk:
    """A custom SIP trunk as Get SIP Trunk shows it; List SIP Trunks and every write answer
    the same object (their pages show parts of it, D49). `password` is never returned.

        Attributes:
            id (str):
            name (str):
            provider_name (str):
            domain (str):
            username (str):
            transport (SipTransport): How the platform reaches the trunk.
            port (int):
            outbound_proxy (None | str):
            auth_realm (None | str):
            is_active (bool):
            is_verified (bool):
            health_status (SipHealthStatus): The latest check's outcome: `unknown` until the first verification (the pages
                show
                `healthy` and `unhealthy`; D49).
            last_health_check_at (datetime.datetime | None):
            created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
            updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    provider_name: str
    domain: str
    username: str
    transport: SipTransport
    port: int
    outbound_proxy: None | str
    auth_realm: None | str
    is_active: bool
    is_verified: bool
    health_status: SipHealthStatus
    last_health_check_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider_name = self.provider_name

        domain = self.domain

        username = self.username

        transport: str = self.transport

        port = self.port

        outbound_proxy: None | str
        outbound_proxy = self.outbound_proxy

        auth_realm: None | str
        auth_realm = self.auth_realm

        is_active = self.is_active

        is_verified = self.is_verified

        health_status: str = self.health_status

        last_health_check_at: None | str
        if isinstance(self.last_health_check_at, datetime.datetime):
            last_health_check_at = self.last_health_check_at.isoformat()
        else:
            last_health_check_at = self.last_health_check_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provider_name": provider_name,
                "domain": domain,
                "username": username,
                "transport": transport,
                "port": port,
                "outbound_proxy": outbound_proxy,
                "auth_realm": auth_realm,
                "is_active": is_active,
                "is_verified": is_verified,
                "health_status": health_status,
                "last_health_check_at": last_health_check_at,
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
                "SipTrunk",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
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
                "SipTrunk",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "provider_name" not in d:
            _drift.missing(
                "SipTrunk",
                "provider_name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            provider_name = cast(Any, None)
        else:
            provider_name = d.pop("provider_name")

        if "domain" not in d:
            _drift.missing(
                "SipTrunk",
                "domain",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            domain = cast(Any, None)
        else:
            domain = d.pop("domain")

        if "username" not in d:
            _drift.missing(
                "SipTrunk",
                "username",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            username = cast(Any, None)
        else:
            username = d.pop("username")

        if "transport" not in d:
            _drift.missing(
                "SipTrunk",
                "transport",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            transport = cast(Any, None)
        else:
            transport = check_sip_transport(d.pop("transport"))

        if "port" not in d:
            _drift.missing(
                "SipTrunk",
                "port",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            port = cast(Any, None)
        else:
            port = d.pop("port")

        if "outbound_proxy" not in d:
            _drift.missing(
                "SipTrunk",
                "outbound_proxy",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            outbound_proxy = cast(Any, None)
        else:
            outbound_proxy = cast("None | str", d.pop("outbound_proxy"))

        if "auth_realm" not in d:
            _drift.missing(
                "SipTrunk",
                "auth_realm",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            auth_realm = cast(Any, None)
        else:
            auth_realm = cast("None | str", d.pop("auth_realm"))

        if "is_active" not in d:
            _drift.missing(
                "SipTrunk",
                "is_active",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            is_active = cast(Any, None)
        else:
            is_active = d.pop("is_active")

        if "is_verified" not in d:
            _drift.missing(
                "SipTrunk",
                "is_verified",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            is_verified = cast(Any, None)
        else:
            is_verified = d.pop("is_verified")

        if "health_status" not in d:
            _drift.missing(
                "SipTrunk",
                "health_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            health_status = cast(Any, None)
        else:
            health_status = check_sip_health_status(d.pop("health_status"))

        if "last_health_check_at" not in d:
            _drift.missing(
                "SipTrunk",
                "last_health_check_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            last_health_check_at = cast(Any, None)
        else:

            def _parse_last_health_check_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_health_check_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_health_check_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_health_check_at = _parse_last_health_check_at(d.pop("last_health_check_at"))

        if "created_at" not in d:
            _drift.missing(
                "SipTrunk",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
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
                "SipTrunk",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "transport",
                        "port",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                        "is_verified",
                        "health_status",
                        "last_health_check_at",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sip_trunk = cls(
            id=id,
            name=name,
            provider_name=provider_name,
            domain=domain,
            username=username,
            transport=transport,
            port=port,
            outbound_proxy=outbound_proxy,
            auth_realm=auth_realm,
            is_active=is_active,
            is_verified=is_verified,
            health_status=health_status,
            last_health_check_at=last_health_check_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        sip_trunk.additional_properties = d
        return sip_trunk

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

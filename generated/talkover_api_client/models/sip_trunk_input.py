from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.sip_transport import SipTransport, check_sip_transport
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipTrunkInput")


@_attrs_define
class SipTrunkInput:
    """Create SIP Trunk's body.

    Attributes:
        name (str):
        provider_name (str):
        domain (str):
        username (str):
        password (str):
        port (int | Unset): Defaults to 5061 for TLS, 5060 for UDP and TCP.
        transport (SipTransport | Unset): How the platform reaches the trunk.
        outbound_proxy (None | str | Unset):
        auth_realm (None | str | Unset):
        is_active (bool | Unset): Only a verified trunk can be active.
    """

    name: str
    provider_name: str
    domain: str
    username: str
    password: str
    port: int | Unset = UNSET
    transport: SipTransport | Unset = UNSET
    outbound_proxy: None | str | Unset = UNSET
    auth_realm: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider_name = self.provider_name

        domain = self.domain

        username = self.username

        password = self.password

        port = self.port

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        outbound_proxy: None | str | Unset
        if isinstance(self.outbound_proxy, Unset):
            outbound_proxy = UNSET
        else:
            outbound_proxy = self.outbound_proxy

        auth_realm: None | str | Unset
        if isinstance(self.auth_realm, Unset):
            auth_realm = UNSET
        else:
            auth_realm = self.auth_realm

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider_name": provider_name,
                "domain": domain,
                "username": username,
                "password": password,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if transport is not UNSET:
            field_dict["transport"] = transport
        if outbound_proxy is not UNSET:
            field_dict["outbound_proxy"] = outbound_proxy
        if auth_realm is not UNSET:
            field_dict["auth_realm"] = auth_realm
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "SipTrunkInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "password",
                        "port",
                        "transport",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "provider_name" not in d:
            _drift.missing(
                "SipTrunkInput",
                "provider_name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "password",
                        "port",
                        "transport",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                    )
                ),
            )
            provider_name = cast(Any, None)
        else:
            provider_name = d.pop("provider_name")

        if "domain" not in d:
            _drift.missing(
                "SipTrunkInput",
                "domain",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "password",
                        "port",
                        "transport",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                    )
                ),
            )
            domain = cast(Any, None)
        else:
            domain = d.pop("domain")

        if "username" not in d:
            _drift.missing(
                "SipTrunkInput",
                "username",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "password",
                        "port",
                        "transport",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                    )
                ),
            )
            username = cast(Any, None)
        else:
            username = d.pop("username")

        if "password" not in d:
            _drift.missing(
                "SipTrunkInput",
                "password",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "provider_name",
                        "domain",
                        "username",
                        "password",
                        "port",
                        "transport",
                        "outbound_proxy",
                        "auth_realm",
                        "is_active",
                    )
                ),
            )
            password = cast(Any, None)
        else:
            password = d.pop("password")

        port = d.pop("port", UNSET)

        _transport = d.pop("transport", UNSET)
        transport: SipTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_sip_transport(_transport)

        outbound_proxy = cast("None | str | Unset", d.pop("outbound_proxy", UNSET))

        auth_realm = cast("None | str | Unset", d.pop("auth_realm", UNSET))

        is_active = d.pop("is_active", UNSET)

        sip_trunk_input = cls(
            name=name,
            provider_name=provider_name,
            domain=domain,
            username=username,
            password=password,
            port=port,
            transport=transport,
            outbound_proxy=outbound_proxy,
            auth_realm=auth_realm,
            is_active=is_active,
        )

        sip_trunk_input.additional_properties = d
        return sip_trunk_input

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

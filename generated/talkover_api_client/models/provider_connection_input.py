from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="ProviderConnectionInput")


@_attrs_define
class ProviderConnectionInput:
    """Create Provider Connection's body.

    Attributes:
        provider (str): The provider's identifier, as the environment's configuration names it.
        redirect_uri (str): Where the provider sends the user after they authorize access.
    """

    provider: str
    redirect_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "redirect_uri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "provider" not in d:
            _drift.missing(
                "ProviderConnectionInput",
                "provider",
                not src_dict.keys().isdisjoint(
                    (
                        "provider",
                        "redirect_uri",
                    )
                ),
            )
            provider = cast(Any, None)
        else:
            provider = d.pop("provider")

        if "redirect_uri" not in d:
            _drift.missing(
                "ProviderConnectionInput",
                "redirect_uri",
                not src_dict.keys().isdisjoint(
                    (
                        "provider",
                        "redirect_uri",
                    )
                ),
            )
            redirect_uri = cast(Any, None)
        else:
            redirect_uri = d.pop("redirect_uri")

        provider_connection_input = cls(
            provider=provider,
            redirect_uri=redirect_uri,
        )

        provider_connection_input.additional_properties = d
        return provider_connection_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="WebhookSettingsCustomHeadersItem")


@_attrs_define
class WebhookSettingsCustomHeadersItem:
    """
    Attributes:
        key (str): A header name. The headers of the connection (`Host`, `Content-Length`,
            `Transfer-Encoding`, `Connection`, `Keep-Alive`, `Upgrade`, `TE`, `Trailer`,
            `Proxy-Connection`) and the delivery's own (`Talkover-Signature`,
            `Talkover-Event`, `Talkover-Delivery`) cannot be set, in any case (D52).
        value (str): Printable ASCII and tabs, as HTTP header values are sent (D52).
    """

    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "key" not in d:
            _drift.missing(
                "WebhookSettingsCustomHeadersItem",
                "key",
                not src_dict.keys().isdisjoint(
                    (
                        "key",
                        "value",
                    )
                ),
            )
            key = cast(Any, None)
        else:
            key = d.pop("key")

        if "value" not in d:
            _drift.missing(
                "WebhookSettingsCustomHeadersItem",
                "value",
                not src_dict.keys().isdisjoint(
                    (
                        "key",
                        "value",
                    )
                ),
            )
            value = cast(Any, None)
        else:
            value = d.pop("value")

        webhook_settings_custom_headers_item = cls(
            key=key,
            value=value,
        )

        webhook_settings_custom_headers_item.additional_properties = d
        return webhook_settings_custom_headers_item

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

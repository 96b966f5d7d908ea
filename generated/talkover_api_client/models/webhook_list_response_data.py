from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="WebhookListResponseData")


@_attrs_define
class WebhookListResponseData:
    """
    Attributes:
        webhooks (list[Webhook]):
        available_events (WebhookListResponseDataAvailableEvents): Event name to its description; the 22 agent events.
    """

    webhooks: list[Webhook]
    available_events: WebhookListResponseDataAvailableEvents
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        available_events = self.available_events.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooks": webhooks,
                "available_events": available_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "webhooks" not in d:
            _drift.missing(
                "WebhookListResponseData",
                "webhooks",
                not src_dict.keys().isdisjoint(
                    (
                        "webhooks",
                        "available_events",
                    )
                ),
            )
            webhooks = cast(Any, None)
        else:
            webhooks = []
            _webhooks = d.pop("webhooks")
            for webhooks_item_data in _webhooks:
                webhooks_item = Webhook.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        if "available_events" not in d:
            _drift.missing(
                "WebhookListResponseData",
                "available_events",
                not src_dict.keys().isdisjoint(
                    (
                        "webhooks",
                        "available_events",
                    )
                ),
            )
            available_events = cast(Any, None)
        else:
            available_events = WebhookListResponseDataAvailableEvents.from_dict(d.pop("available_events"))

        webhook_list_response_data = cls(
            webhooks=webhooks,
            available_events=available_events,
        )

        webhook_list_response_data.additional_properties = d
        return webhook_list_response_data

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


from ..models.webhook import Webhook  # noqa: E402
from ..models.webhook_list_response_data_available_events import WebhookListResponseDataAvailableEvents  # noqa: E402

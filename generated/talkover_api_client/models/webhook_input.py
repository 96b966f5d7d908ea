from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.agent_event import AgentEvent, check_agent_event
from ..models.webhook_settings_authorization_scheme import (
    WebhookSettingsAuthorizationScheme,
    check_webhook_settings_authorization_scheme,
)
from ..models.webhook_settings_http_method import WebhookSettingsHttpMethod, check_webhook_settings_http_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInput")


@_attrs_define
class WebhookInput:
    """Create Webhook's body. Defaults as on the page (D35).

    Attributes:
        name (str):
        webhook_url (str): An http(s) URL; a port, when given, from 1 to 65535 (D52).
        events (list[AgentEvent]):
        webhook_secret (None | str | Unset): The signing secret (write-only; null stops signing) (D36).
        timeout (int | Unset): Seconds a delivery may take (default 30).
        max_retries (int | Unset): Automatic retries after a failed delivery (default 3).
        enabled (bool | Unset):
        http_method (WebhookSettingsHttpMethod | Unset):
        authorization_scheme (WebhookSettingsAuthorizationScheme | Unset):
        custom_headers (list[WebhookSettingsCustomHeadersItem] | Unset):
        payload_templates (WebhookSettingsPayloadTemplates | Unset): Per-event payload overrides: event name to a JSON
            object whose strings may hold
            `{{path.in.payload}}` placeholders, replaced from the event's payload.
    """

    name: str
    webhook_url: str
    events: list[AgentEvent]
    webhook_secret: None | str | Unset = UNSET
    timeout: int | Unset = UNSET
    max_retries: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    http_method: WebhookSettingsHttpMethod | Unset = UNSET
    authorization_scheme: WebhookSettingsAuthorizationScheme | Unset = UNSET
    custom_headers: list[WebhookSettingsCustomHeadersItem] | Unset = UNSET
    payload_templates: WebhookSettingsPayloadTemplates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        webhook_url = self.webhook_url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        webhook_secret: None | str | Unset
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        timeout = self.timeout

        max_retries = self.max_retries

        enabled = self.enabled

        http_method: str | Unset = UNSET
        if not isinstance(self.http_method, Unset):
            http_method = self.http_method

        authorization_scheme: str | Unset = UNSET
        if not isinstance(self.authorization_scheme, Unset):
            authorization_scheme = self.authorization_scheme

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        payload_templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload_templates, Unset):
            payload_templates = self.payload_templates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "webhook_url": webhook_url,
                "events": events,
            }
        )
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if http_method is not UNSET:
            field_dict["http_method"] = http_method
        if authorization_scheme is not UNSET:
            field_dict["authorization_scheme"] = authorization_scheme
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if payload_templates is not UNSET:
            field_dict["payload_templates"] = payload_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "WebhookInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "webhook_url",
                        "events",
                        "webhook_secret",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "http_method",
                        "authorization_scheme",
                        "custom_headers",
                        "payload_templates",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "webhook_url" not in d:
            _drift.missing(
                "WebhookInput",
                "webhook_url",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "webhook_url",
                        "events",
                        "webhook_secret",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "http_method",
                        "authorization_scheme",
                        "custom_headers",
                        "payload_templates",
                    )
                ),
            )
            webhook_url = cast(Any, None)
        else:
            webhook_url = d.pop("webhook_url")

        if "events" not in d:
            _drift.missing(
                "WebhookInput",
                "events",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "webhook_url",
                        "events",
                        "webhook_secret",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "http_method",
                        "authorization_scheme",
                        "custom_headers",
                        "payload_templates",
                    )
                ),
            )
            events = cast(Any, None)
        else:
            events = []
            _events = d.pop("events")
            for events_item_data in _events:
                events_item = check_agent_event(events_item_data)

                events.append(events_item)

        webhook_secret = cast("None | str | Unset", d.pop("webhook_secret", UNSET))

        timeout = d.pop("timeout", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        enabled = d.pop("enabled", UNSET)

        _http_method = d.pop("http_method", UNSET)
        http_method: WebhookSettingsHttpMethod | Unset
        if isinstance(_http_method, Unset):
            http_method = UNSET
        else:
            http_method = check_webhook_settings_http_method(_http_method)

        _authorization_scheme = d.pop("authorization_scheme", UNSET)
        authorization_scheme: WebhookSettingsAuthorizationScheme | Unset
        if isinstance(_authorization_scheme, Unset):
            authorization_scheme = UNSET
        else:
            authorization_scheme = check_webhook_settings_authorization_scheme(_authorization_scheme)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[WebhookSettingsCustomHeadersItem] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = WebhookSettingsCustomHeadersItem.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        _payload_templates = d.pop("payload_templates", UNSET)
        payload_templates: WebhookSettingsPayloadTemplates | Unset
        if isinstance(_payload_templates, Unset):
            payload_templates = UNSET
        else:
            payload_templates = WebhookSettingsPayloadTemplates.from_dict(_payload_templates)

        webhook_input = cls(
            name=name,
            webhook_url=webhook_url,
            events=events,
            webhook_secret=webhook_secret,
            timeout=timeout,
            max_retries=max_retries,
            enabled=enabled,
            http_method=http_method,
            authorization_scheme=authorization_scheme,
            custom_headers=custom_headers,
            payload_templates=payload_templates,
        )

        webhook_input.additional_properties = d
        return webhook_input

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


from ..models.webhook_settings_custom_headers_item import WebhookSettingsCustomHeadersItem  # noqa: E402
from ..models.webhook_settings_payload_templates import WebhookSettingsPayloadTemplates  # noqa: E402

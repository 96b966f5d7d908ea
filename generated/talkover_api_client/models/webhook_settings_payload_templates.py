from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSettingsPayloadTemplates")


@_attrs_define
class WebhookSettingsPayloadTemplates:
    """Per-event payload overrides: event name to a JSON object whose strings may hold
    `{{path.in.payload}}` placeholders, replaced from the event's payload.

    """

    additional_properties: dict[str, WebhookSettingsPayloadTemplatesAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_settings_payload_templates = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WebhookSettingsPayloadTemplatesAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        webhook_settings_payload_templates.additional_properties = additional_properties
        return webhook_settings_payload_templates

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WebhookSettingsPayloadTemplatesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WebhookSettingsPayloadTemplatesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.webhook_settings_payload_templates_additional_property import (
    WebhookSettingsPayloadTemplatesAdditionalProperty,  # noqa: E402
)

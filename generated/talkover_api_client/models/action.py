from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.action_current_status import ActionCurrentStatus, check_action_current_status
from ..models.action_type import ActionType, check_action_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """
    Attributes:
        id (str):
        name (str):
        label (None | str):
        description (None | str):
        type_ (ActionType):
        input_schema (list[ActionInput]):
        current_status (ActionCurrentStatus):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        config (ActionConfigType0 | None | Unset): The type's own settings (D33): `transfer_to`, `hold_duration`, or for
            webhooks
            `authorization_scheme`, the names of `custom_headers`, `speak_on_send`,
            `speak_on_receive`, and `integration` when one is attached. Null when there are none.
        action_trigger (None | str | Unset): The `execution_mode`: `during_call` or `post_call` (D33); null in the docs'
            examples.
        url (None | str | Unset):
        authorization_url (None | str | Unset):
    """

    id: str
    name: str
    label: None | str
    description: None | str
    type_: ActionType
    input_schema: list[ActionInput]
    current_status: ActionCurrentStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    config: ActionConfigType0 | None | Unset = UNSET
    action_trigger: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    authorization_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        label: None | str
        label = self.label

        description: None | str
        description = self.description

        type_: str = self.type_

        input_schema = []
        for input_schema_item_data in self.input_schema:
            input_schema_item = input_schema_item_data.to_dict()
            input_schema.append(input_schema_item)

        current_status: str = self.current_status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ActionConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        action_trigger: None | str | Unset
        if isinstance(self.action_trigger, Unset):
            action_trigger = UNSET
        else:
            action_trigger = self.action_trigger

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        authorization_url: None | str | Unset
        if isinstance(self.authorization_url, Unset):
            authorization_url = UNSET
        else:
            authorization_url = self.authorization_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
                "description": description,
                "type": type_,
                "input_schema": input_schema,
                "current_status": current_status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if action_trigger is not UNSET:
            field_dict["action_trigger"] = action_trigger
        if url is not UNSET:
            field_dict["url"] = url
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Action",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "Action",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "label" not in d:
            _drift.missing(
                "Action",
                "label",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            label = cast(Any, None)
        else:
            label = cast("None | str", d.pop("label"))

        if "description" not in d:
            _drift.missing(
                "Action",
                "description",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            description = cast(Any, None)
        else:
            description = cast("None | str", d.pop("description"))

        if "type" not in d:
            _drift.missing(
                "Action",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_action_type(d.pop("type"))

        if "input_schema" not in d:
            _drift.missing(
                "Action",
                "input_schema",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            input_schema = cast(Any, None)
        else:
            input_schema = []
            _input_schema = d.pop("input_schema")
            for input_schema_item_data in _input_schema:
                input_schema_item = ActionInput.from_dict(input_schema_item_data)

                input_schema.append(input_schema_item)

        if "current_status" not in d:
            _drift.missing(
                "Action",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_action_current_status(d.pop("current_status"))

        if "created_at" not in d:
            _drift.missing(
                "Action",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "Action",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "type",
                        "input_schema",
                        "current_status",
                        "created_at",
                        "updated_at",
                        "config",
                        "action_trigger",
                        "url",
                        "authorization_url",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_config(data: object) -> ActionConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ActionConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        action_trigger = cast("None | str | Unset", d.pop("action_trigger", UNSET))

        url = cast("None | str | Unset", d.pop("url", UNSET))

        authorization_url = cast("None | str | Unset", d.pop("authorization_url", UNSET))

        action = cls(
            id=id,
            name=name,
            label=label,
            description=description,
            type_=type_,
            input_schema=input_schema,
            current_status=current_status,
            created_at=created_at,
            updated_at=updated_at,
            config=config,
            action_trigger=action_trigger,
            url=url,
            authorization_url=authorization_url,
        )

        action.additional_properties = d
        return action

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


from ..models.action_config_type_0 import ActionConfigType0  # noqa: E402
from ..models.action_input import ActionInput  # noqa: E402

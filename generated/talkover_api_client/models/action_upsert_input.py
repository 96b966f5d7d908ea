from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.action_upsert_input_authorization_scheme import (
    ActionUpsertInputAuthorizationScheme,
    check_action_upsert_input_authorization_scheme,
)
from ..models.action_upsert_input_current_status import (
    ActionUpsertInputCurrentStatus,
    check_action_upsert_input_current_status,
)
from ..models.action_upsert_input_execution_mode import (
    ActionUpsertInputExecutionMode,
    check_action_upsert_input_execution_mode,
)
from ..models.action_upsert_input_type import ActionUpsertInputType, check_action_upsert_input_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionUpsertInput")


@_attrs_define
class ActionUpsertInput:
    """Create Action's body. `node_id` is the upsert key (D33). Unknown fields are ignored
    (D13). `current_status` is `active`, `authorization_scheme` `none` and
    `execution_mode` `during_call` when a new action omits them; an update keeps them.

        Attributes:
            node_id (str):
            name (str):
            description (str):
            type_ (ActionUpsertInputType):
            inputs (list[ActionInput] | Unset):
            integration (ActionUpsertInputIntegration | Unset):
            url (str | Unset): An http(s) URL: a host name or IPv4 address, an optional port, then any path (the
                pattern is the check; `format uri` would promise more). IPv6 literals are not
                accepted (D35).
            authorization_url (str | Unset): An http(s) URL; a port, when given, from 1 to 65535 (D52).
            authorization_scheme (ActionUpsertInputAuthorizationScheme | Unset):
            custom_headers (list[ActionUpsertInputCustomHeadersItem] | Unset):
            speak_on_send (None | str | Unset):
            speak_on_receive (None | str | Unset):
            execution_mode (ActionUpsertInputExecutionMode | Unset): `post_call` only for `external` actions.
            hold_duration (int | Unset): Seconds on hold, for `hold` actions (D33).
            transfer_to (str | Unset): E.164, for `transfer` actions.
            current_status (ActionUpsertInputCurrentStatus | Unset):
    """

    node_id: str
    name: str
    description: str
    type_: ActionUpsertInputType
    inputs: list[ActionInput] | Unset = UNSET
    integration: ActionUpsertInputIntegration | Unset = UNSET
    url: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    authorization_scheme: ActionUpsertInputAuthorizationScheme | Unset = UNSET
    custom_headers: list[ActionUpsertInputCustomHeadersItem] | Unset = UNSET
    speak_on_send: None | str | Unset = UNSET
    speak_on_receive: None | str | Unset = UNSET
    execution_mode: ActionUpsertInputExecutionMode | Unset = UNSET
    hold_duration: int | Unset = UNSET
    transfer_to: str | Unset = UNSET
    current_status: ActionUpsertInputCurrentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        name = self.name

        description = self.description

        type_: str = self.type_

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.to_dict()

        url = self.url

        authorization_url = self.authorization_url

        authorization_scheme: str | Unset = UNSET
        if not isinstance(self.authorization_scheme, Unset):
            authorization_scheme = self.authorization_scheme

        custom_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = []
            for custom_headers_item_data in self.custom_headers:
                custom_headers_item = custom_headers_item_data.to_dict()
                custom_headers.append(custom_headers_item)

        speak_on_send: None | str | Unset
        if isinstance(self.speak_on_send, Unset):
            speak_on_send = UNSET
        else:
            speak_on_send = self.speak_on_send

        speak_on_receive: None | str | Unset
        if isinstance(self.speak_on_receive, Unset):
            speak_on_receive = UNSET
        else:
            speak_on_receive = self.speak_on_receive

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        hold_duration = self.hold_duration

        transfer_to = self.transfer_to

        current_status: str | Unset = UNSET
        if not isinstance(self.current_status, Unset):
            current_status = self.current_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
                "name": name,
                "description": description,
                "type": type_,
            }
        )
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if integration is not UNSET:
            field_dict["integration"] = integration
        if url is not UNSET:
            field_dict["url"] = url
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url
        if authorization_scheme is not UNSET:
            field_dict["authorization_scheme"] = authorization_scheme
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if speak_on_send is not UNSET:
            field_dict["speak_on_send"] = speak_on_send
        if speak_on_receive is not UNSET:
            field_dict["speak_on_receive"] = speak_on_receive
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if hold_duration is not UNSET:
            field_dict["hold_duration"] = hold_duration
        if transfer_to is not UNSET:
            field_dict["transfer_to"] = transfer_to
        if current_status is not UNSET:
            field_dict["current_status"] = current_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "node_id" not in d:
            _drift.missing(
                "ActionUpsertInput",
                "node_id",
                not src_dict.keys().isdisjoint(
                    (
                        "node_id",
                        "name",
                        "description",
                        "type",
                        "inputs",
                        "integration",
                        "url",
                        "authorization_url",
                        "authorization_scheme",
                        "custom_headers",
                        "speak_on_send",
                        "speak_on_receive",
                        "execution_mode",
                        "hold_duration",
                        "transfer_to",
                        "current_status",
                    )
                ),
            )
            node_id = cast(Any, None)
        else:
            node_id = d.pop("node_id")

        if "name" not in d:
            _drift.missing(
                "ActionUpsertInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "node_id",
                        "name",
                        "description",
                        "type",
                        "inputs",
                        "integration",
                        "url",
                        "authorization_url",
                        "authorization_scheme",
                        "custom_headers",
                        "speak_on_send",
                        "speak_on_receive",
                        "execution_mode",
                        "hold_duration",
                        "transfer_to",
                        "current_status",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "description" not in d:
            _drift.missing(
                "ActionUpsertInput",
                "description",
                not src_dict.keys().isdisjoint(
                    (
                        "node_id",
                        "name",
                        "description",
                        "type",
                        "inputs",
                        "integration",
                        "url",
                        "authorization_url",
                        "authorization_scheme",
                        "custom_headers",
                        "speak_on_send",
                        "speak_on_receive",
                        "execution_mode",
                        "hold_duration",
                        "transfer_to",
                        "current_status",
                    )
                ),
            )
            description = cast(Any, None)
        else:
            description = d.pop("description")

        if "type" not in d:
            _drift.missing(
                "ActionUpsertInput",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "node_id",
                        "name",
                        "description",
                        "type",
                        "inputs",
                        "integration",
                        "url",
                        "authorization_url",
                        "authorization_scheme",
                        "custom_headers",
                        "speak_on_send",
                        "speak_on_receive",
                        "execution_mode",
                        "hold_duration",
                        "transfer_to",
                        "current_status",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_action_upsert_input_type(d.pop("type"))

        _inputs = d.pop("inputs", UNSET)
        inputs: list[ActionInput] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = ActionInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _integration = d.pop("integration", UNSET)
        integration: ActionUpsertInputIntegration | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = ActionUpsertInputIntegration.from_dict(_integration)

        url = d.pop("url", UNSET)

        authorization_url = d.pop("authorization_url", UNSET)

        _authorization_scheme = d.pop("authorization_scheme", UNSET)
        authorization_scheme: ActionUpsertInputAuthorizationScheme | Unset
        if isinstance(_authorization_scheme, Unset):
            authorization_scheme = UNSET
        else:
            authorization_scheme = check_action_upsert_input_authorization_scheme(_authorization_scheme)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: list[ActionUpsertInputCustomHeadersItem] | Unset = UNSET
        if _custom_headers is not UNSET:
            custom_headers = []
            for custom_headers_item_data in _custom_headers:
                custom_headers_item = ActionUpsertInputCustomHeadersItem.from_dict(custom_headers_item_data)

                custom_headers.append(custom_headers_item)

        speak_on_send = cast("None | str | Unset", d.pop("speak_on_send", UNSET))

        speak_on_receive = cast("None | str | Unset", d.pop("speak_on_receive", UNSET))

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ActionUpsertInputExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_action_upsert_input_execution_mode(_execution_mode)

        hold_duration = d.pop("hold_duration", UNSET)

        transfer_to = d.pop("transfer_to", UNSET)

        _current_status = d.pop("current_status", UNSET)
        current_status: ActionUpsertInputCurrentStatus | Unset
        if isinstance(_current_status, Unset):
            current_status = UNSET
        else:
            current_status = check_action_upsert_input_current_status(_current_status)

        action_upsert_input = cls(
            node_id=node_id,
            name=name,
            description=description,
            type_=type_,
            inputs=inputs,
            integration=integration,
            url=url,
            authorization_url=authorization_url,
            authorization_scheme=authorization_scheme,
            custom_headers=custom_headers,
            speak_on_send=speak_on_send,
            speak_on_receive=speak_on_receive,
            execution_mode=execution_mode,
            hold_duration=hold_duration,
            transfer_to=transfer_to,
            current_status=current_status,
        )

        action_upsert_input.additional_properties = d
        return action_upsert_input

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


from ..models.action_input import ActionInput  # noqa: E402
from ..models.action_upsert_input_custom_headers_item import ActionUpsertInputCustomHeadersItem  # noqa: E402
from ..models.action_upsert_input_integration import ActionUpsertInputIntegration  # noqa: E402

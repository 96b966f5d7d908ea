from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.conversation_mode import ConversationMode, check_conversation_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowInput")


@_attrs_define
class FlowInput:
    """Update Agent Flow's body. `flow_config` is required when `conversation_mode` is
    `flow_driven` and must be null or absent when it is `llm_driven` (D34).

        Attributes:
            conversation_mode (ConversationMode):
            flow_config (FlowConfig | None | Unset):
    """

    conversation_mode: ConversationMode
    flow_config: FlowConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_mode: str = self.conversation_mode

        flow_config: dict[str, Any] | None | Unset
        if isinstance(self.flow_config, Unset):
            flow_config = UNSET
        elif isinstance(self.flow_config, FlowConfig):
            flow_config = self.flow_config.to_dict()
        else:
            flow_config = self.flow_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_mode": conversation_mode,
            }
        )
        if flow_config is not UNSET:
            field_dict["flow_config"] = flow_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "conversation_mode" not in d:
            _drift.missing(
                "FlowInput",
                "conversation_mode",
                not src_dict.keys().isdisjoint(
                    (
                        "conversation_mode",
                        "flow_config",
                    )
                ),
            )
            conversation_mode = cast(Any, None)
        else:
            conversation_mode = check_conversation_mode(d.pop("conversation_mode"))

        def _parse_flow_config(data: object) -> FlowConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_config_type_0 = FlowConfig.from_dict(data)

                return flow_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowConfig | None | Unset, data)

        flow_config = _parse_flow_config(d.pop("flow_config", UNSET))

        flow_input = cls(
            conversation_mode=conversation_mode,
            flow_config=flow_config,
        )

        flow_input.additional_properties = d
        return flow_input

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


from ..models.flow_config import FlowConfig  # noqa: E402

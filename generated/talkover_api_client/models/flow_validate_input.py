from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="FlowValidateInput")


@_attrs_define
class FlowValidateInput:
    """
    Attributes:
        flow_config (FlowConfig):
    """

    flow_config: FlowConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_config = self.flow_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow_config": flow_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "flow_config" not in d:
            _drift.missing("FlowValidateInput", "flow_config", not src_dict.keys().isdisjoint(("flow_config",)))
            flow_config = cast(Any, None)
        else:
            flow_config = FlowConfig.from_dict(d.pop("flow_config"))

        flow_validate_input = cls(
            flow_config=flow_config,
        )

        flow_validate_input.additional_properties = d
        return flow_validate_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowConfig")


@_attrs_define
class FlowConfig:
    """
    Attributes:
        initial_node_id (str):
        nodes (list[FlowNode]):
        meta (FlowConfigMeta | Unset):
        global_functions (list[FlowConfigGlobalFunctionsItem] | Unset):
    """

    initial_node_id: str
    nodes: list[FlowNode]
    meta: FlowConfigMeta | Unset = UNSET
    global_functions: list[FlowConfigGlobalFunctionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initial_node_id = self.initial_node_id

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        global_functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.global_functions, Unset):
            global_functions = []
            for global_functions_item_data in self.global_functions:
                global_functions_item = global_functions_item_data.to_dict()
                global_functions.append(global_functions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initial_node_id": initial_node_id,
                "nodes": nodes,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if global_functions is not UNSET:
            field_dict["global_functions"] = global_functions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "initial_node_id" not in d:
            _drift.missing(
                "FlowConfig",
                "initial_node_id",
                not src_dict.keys().isdisjoint(
                    (
                        "initial_node_id",
                        "nodes",
                        "meta",
                        "global_functions",
                    )
                ),
            )
            initial_node_id = cast(Any, None)
        else:
            initial_node_id = d.pop("initial_node_id")

        if "nodes" not in d:
            _drift.missing(
                "FlowConfig",
                "nodes",
                not src_dict.keys().isdisjoint(
                    (
                        "initial_node_id",
                        "nodes",
                        "meta",
                        "global_functions",
                    )
                ),
            )
            nodes = cast(Any, None)
        else:
            nodes = []
            _nodes = d.pop("nodes")
            for nodes_item_data in _nodes:
                nodes_item = FlowNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _meta = d.pop("meta", UNSET)
        meta: FlowConfigMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = FlowConfigMeta.from_dict(_meta)

        _global_functions = d.pop("global_functions", UNSET)
        global_functions: list[FlowConfigGlobalFunctionsItem] | Unset = UNSET
        if _global_functions is not UNSET:
            global_functions = []
            for global_functions_item_data in _global_functions:
                global_functions_item = FlowConfigGlobalFunctionsItem.from_dict(global_functions_item_data)

                global_functions.append(global_functions_item)

        flow_config = cls(
            initial_node_id=initial_node_id,
            nodes=nodes,
            meta=meta,
            global_functions=global_functions,
        )

        flow_config.additional_properties = d
        return flow_config

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


from ..models.flow_config_global_functions_item import FlowConfigGlobalFunctionsItem  # noqa: E402
from ..models.flow_config_meta import FlowConfigMeta  # noqa: E402
from ..models.flow_node import FlowNode  # noqa: E402

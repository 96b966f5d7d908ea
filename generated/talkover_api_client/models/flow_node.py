from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.flow_node_type import FlowNodeType, check_flow_node_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowNode")


@_attrs_define
class FlowNode:
    """One node of the flow graph. Each type has its own required field (checked by the
    flow checks, not by the schema, so that Validate Agent Flow can list them all):
    `content` for `say` and `ask`, `branches` for `decision`, `action_id` for
    `action`, `transfer_to` for `transfer` (D34). Other type-specific fields are kept
    as sent.

        Attributes:
            id (str):
            type_ (FlowNodeType):
            content (str | Unset):
            next_ (str | Unset):
            branches (list[FlowNodeBranchesItem] | Unset):
            action_id (str | Unset):
            transfer_to (str | Unset):
    """

    id: str
    type_: FlowNodeType
    content: str | Unset = UNSET
    next_: str | Unset = UNSET
    branches: list[FlowNodeBranchesItem] | Unset = UNSET
    action_id: str | Unset = UNSET
    transfer_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        content = self.content

        next_ = self.next_

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)

        action_id = self.action_id

        transfer_to = self.transfer_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if next_ is not UNSET:
            field_dict["next"] = next_
        if branches is not UNSET:
            field_dict["branches"] = branches
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if transfer_to is not UNSET:
            field_dict["transfer_to"] = transfer_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "FlowNode",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "content",
                        "next",
                        "branches",
                        "action_id",
                        "transfer_to",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "type" not in d:
            _drift.missing(
                "FlowNode",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "content",
                        "next",
                        "branches",
                        "action_id",
                        "transfer_to",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_flow_node_type(d.pop("type"))

        content = d.pop("content", UNSET)

        next_ = d.pop("next", UNSET)

        _branches = d.pop("branches", UNSET)
        branches: list[FlowNodeBranchesItem] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = FlowNodeBranchesItem.from_dict(branches_item_data)

                branches.append(branches_item)

        action_id = d.pop("action_id", UNSET)

        transfer_to = d.pop("transfer_to", UNSET)

        flow_node = cls(
            id=id,
            type_=type_,
            content=content,
            next_=next_,
            branches=branches,
            action_id=action_id,
            transfer_to=transfer_to,
        )

        flow_node.additional_properties = d
        return flow_node

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


from ..models.flow_node_branches_item import FlowNodeBranchesItem  # noqa: E402

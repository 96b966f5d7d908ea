from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="FlowNodeBranchesItem")


@_attrs_define
class FlowNodeBranchesItem:
    """
    Attributes:
        match (str):
        next_ (str):
    """

    match: str
    next_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match = self.match

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "match": match,
                "next": next_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "match" not in d:
            _drift.missing(
                "FlowNodeBranchesItem",
                "match",
                not src_dict.keys().isdisjoint(
                    (
                        "match",
                        "next",
                    )
                ),
            )
            match = cast(Any, None)
        else:
            match = d.pop("match")

        if "next" not in d:
            _drift.missing(
                "FlowNodeBranchesItem",
                "next",
                not src_dict.keys().isdisjoint(
                    (
                        "match",
                        "next",
                    )
                ),
            )
            next_ = cast(Any, None)
        else:
            next_ = d.pop("next")

        flow_node_branches_item = cls(
            match=match,
            next_=next_,
        )

        flow_node_branches_item.additional_properties = d
        return flow_node_branches_item

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

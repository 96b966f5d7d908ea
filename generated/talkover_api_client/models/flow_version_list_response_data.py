from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="FlowVersionListResponseData")


@_attrs_define
class FlowVersionListResponseData:
    """
    Attributes:
        versions (list[FlowVersion]):
    """

    versions: list[FlowVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "versions" not in d:
            _drift.missing("FlowVersionListResponseData", "versions", not src_dict.keys().isdisjoint(("versions",)))
            versions = cast(Any, None)
        else:
            versions = []
            _versions = d.pop("versions")
            for versions_item_data in _versions:
                versions_item = FlowVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        flow_version_list_response_data = cls(
            versions=versions,
        )

        flow_version_list_response_data.additional_properties = d
        return flow_version_list_response_data

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


from ..models.flow_version import FlowVersion  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="SftpExportInput")


@_attrs_define
class SftpExportInput:
    """
    Attributes:
        file_data_ids (list[str]): Ids of the campaign's `files` (Get Campaign).
    """

    file_data_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_data_ids = self.file_data_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_data_ids": file_data_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "file_data_ids" not in d:
            _drift.missing("SftpExportInput", "file_data_ids", not src_dict.keys().isdisjoint(("file_data_ids",)))
            file_data_ids = cast(Any, None)
        else:
            file_data_ids = cast(list[str], d.pop("file_data_ids"))

        sftp_export_input = cls(
            file_data_ids=file_data_ids,
        )

        sftp_export_input.additional_properties = d
        return sftp_export_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="SftpExportResponseData")


@_attrs_define
class SftpExportResponseData:
    """
    Attributes:
        job_id (str):
        files_count (int):
    """

    job_id: str
    files_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        files_count = self.files_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "files_count": files_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "job_id" not in d:
            _drift.missing(
                "SftpExportResponseData",
                "job_id",
                not src_dict.keys().isdisjoint(
                    (
                        "job_id",
                        "files_count",
                    )
                ),
            )
            job_id = cast(Any, None)
        else:
            job_id = d.pop("job_id")

        if "files_count" not in d:
            _drift.missing(
                "SftpExportResponseData",
                "files_count",
                not src_dict.keys().isdisjoint(
                    (
                        "job_id",
                        "files_count",
                    )
                ),
            )
            files_count = cast(Any, None)
        else:
            files_count = d.pop("files_count")

        sftp_export_response_data = cls(
            job_id=job_id,
            files_count=files_count,
        )

        sftp_export_response_data.additional_properties = d
        return sftp_export_response_data

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="SftpTestResponseData")


@_attrs_define
class SftpTestResponseData:
    """
    Attributes:
        tested_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        import_path_accessible (bool | Unset):
        export_path_accessible (bool | Unset):
        error (str | Unset):
    """

    tested_at: datetime.datetime
    import_path_accessible: bool | Unset = UNSET
    export_path_accessible: bool | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tested_at = self.tested_at.isoformat()

        import_path_accessible = self.import_path_accessible

        export_path_accessible = self.export_path_accessible

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tested_at": tested_at,
            }
        )
        if import_path_accessible is not UNSET:
            field_dict["import_path_accessible"] = import_path_accessible
        if export_path_accessible is not UNSET:
            field_dict["export_path_accessible"] = export_path_accessible
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "tested_at" not in d:
            _drift.missing(
                "SftpTestResponseData",
                "tested_at",
                not src_dict.keys().isdisjoint(
                    (
                        "tested_at",
                        "import_path_accessible",
                        "export_path_accessible",
                        "error",
                    )
                ),
            )
            tested_at = cast(Any, None)
        else:
            tested_at = datetime.datetime.fromisoformat(d.pop("tested_at"))

        import_path_accessible = d.pop("import_path_accessible", UNSET)

        export_path_accessible = d.pop("export_path_accessible", UNSET)

        error = d.pop("error", UNSET)

        sftp_test_response_data = cls(
            tested_at=tested_at,
            import_path_accessible=import_path_accessible,
            export_path_accessible=export_path_accessible,
            error=error,
        )

        sftp_test_response_data.additional_properties = d
        return sftp_test_response_data

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.sftp_log_status import SftpLogStatus, check_sftp_log_status
from ..models.sftp_log_type import SftpLogType, check_sftp_log_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SftpLog")


@_attrs_define
class SftpLog:
    """
    Attributes:
        id (str):
        type_ (SftpLogType):
        status (SftpLogStatus):
        files_processed (int):
        started_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        rows_processed (int | Unset):
        error (str | Unset):
        completed_at (datetime.datetime | Unset): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    type_: SftpLogType
    status: SftpLogStatus
    files_processed: int
    started_at: datetime.datetime
    rows_processed: int | Unset = UNSET
    error: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        status: str = self.status

        files_processed = self.files_processed

        started_at = self.started_at.isoformat()

        rows_processed = self.rows_processed

        error = self.error

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "files_processed": files_processed,
                "started_at": started_at,
            }
        )
        if rows_processed is not UNSET:
            field_dict["rows_processed"] = rows_processed
        if error is not UNSET:
            field_dict["error"] = error
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "SftpLog",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "status",
                        "files_processed",
                        "started_at",
                        "rows_processed",
                        "error",
                        "completed_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "type" not in d:
            _drift.missing(
                "SftpLog",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "status",
                        "files_processed",
                        "started_at",
                        "rows_processed",
                        "error",
                        "completed_at",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_sftp_log_type(d.pop("type"))

        if "status" not in d:
            _drift.missing(
                "SftpLog",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "status",
                        "files_processed",
                        "started_at",
                        "rows_processed",
                        "error",
                        "completed_at",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_sftp_log_status(d.pop("status"))

        if "files_processed" not in d:
            _drift.missing(
                "SftpLog",
                "files_processed",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "status",
                        "files_processed",
                        "started_at",
                        "rows_processed",
                        "error",
                        "completed_at",
                    )
                ),
            )
            files_processed = cast(Any, None)
        else:
            files_processed = d.pop("files_processed")

        if "started_at" not in d:
            _drift.missing(
                "SftpLog",
                "started_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "status",
                        "files_processed",
                        "started_at",
                        "rows_processed",
                        "error",
                        "completed_at",
                    )
                ),
            )
            started_at = cast(Any, None)
        else:
            started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        rows_processed = d.pop("rows_processed", UNSET)

        error = d.pop("error", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        sftp_log = cls(
            id=id,
            type_=type_,
            status=status,
            files_processed=files_processed,
            started_at=started_at,
            rows_processed=rows_processed,
            error=error,
            completed_at=completed_at,
        )

        sftp_log.additional_properties = d
        return sftp_log

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

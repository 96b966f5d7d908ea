from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_file_status import CampaignFileStatus, check_campaign_file_status

T = TypeVar("T", bound="CampaignFile")


@_attrs_define
class CampaignFile:
    """
    Attributes:
        id (str):
        original_filename (str):
        processed_filename (None | str):
        status (CampaignFileStatus):
        total_records (int):
        processed_records (int):
    """

    id: str
    original_filename: str
    processed_filename: None | str
    status: CampaignFileStatus
    total_records: int
    processed_records: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        original_filename = self.original_filename

        processed_filename: None | str
        processed_filename = self.processed_filename

        status: str = self.status

        total_records = self.total_records

        processed_records = self.processed_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "original_filename": original_filename,
                "processed_filename": processed_filename,
                "status": status,
                "total_records": total_records,
                "processed_records": processed_records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CampaignFile",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "original_filename",
                        "processed_filename",
                        "status",
                        "total_records",
                        "processed_records",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "original_filename" not in d:
            _drift.missing(
                "CampaignFile",
                "original_filename",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "original_filename",
                        "processed_filename",
                        "status",
                        "total_records",
                        "processed_records",
                    )
                ),
            )
            original_filename = cast(Any, None)
        else:
            original_filename = d.pop("original_filename")

        if "processed_filename" not in d:
            _drift.missing(
                "CampaignFile",
                "processed_filename",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "original_filename",
                        "processed_filename",
                        "status",
                        "total_records",
                        "processed_records",
                    )
                ),
            )
            processed_filename = cast(Any, None)
        else:
            processed_filename = cast("None | str", d.pop("processed_filename"))

        if "status" not in d:
            _drift.missing(
                "CampaignFile",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "original_filename",
                        "processed_filename",
                        "status",
                        "total_records",
                        "processed_records",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_campaign_file_status(d.pop("status"))

        if "total_records" not in d:
            _drift.missing(
                "CampaignFile",
                "total_records",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "original_filename",
                        "processed_filename",
                        "status",
                        "total_records",
                        "processed_records",
                    )
                ),
            )
            total_records = cast(Any, None)
        else:
            total_records = d.pop("total_records")

        if "processed_records" not in d:
            _drift.missing(
                "CampaignFile",
                "processed_records",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "original_filename",
                        "processed_filename",
                        "status",
                        "total_records",
                        "processed_records",
                    )
                ),
            )
            processed_records = cast(Any, None)
        else:
            processed_records = d.pop("processed_records")

        campaign_file = cls(
            id=id,
            original_filename=original_filename,
            processed_filename=processed_filename,
            status=status,
            total_records=total_records,
            processed_records=processed_records,
        )

        campaign_file.additional_properties = d
        return campaign_file

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

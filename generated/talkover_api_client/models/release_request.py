from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.release_request_status import ReleaseRequestStatus, check_release_request_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseRequest")


@_attrs_define
class ReleaseRequest:
    """
    Attributes:
        id (str):
        phone_number_id (str):
        phone_number (str):
        reason (str):
        status (ReleaseRequestStatus):
        requested_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        resolved_at (datetime.datetime | Unset): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        rejection_reason (str | Unset):
    """

    id: str
    phone_number_id: str
    phone_number: str
    reason: str
    status: ReleaseRequestStatus
    requested_at: datetime.datetime
    resolved_at: datetime.datetime | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number_id = self.phone_number_id

        phone_number = self.phone_number

        reason = self.reason

        status: str = self.status

        requested_at = self.requested_at.isoformat()

        resolved_at: str | Unset = UNSET
        if not isinstance(self.resolved_at, Unset):
            resolved_at = self.resolved_at.isoformat()

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number_id": phone_number_id,
                "phone_number": phone_number,
                "reason": reason,
                "status": status,
                "requested_at": requested_at,
            }
        )
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "ReleaseRequest",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "phone_number_id",
                        "phone_number",
                        "reason",
                        "status",
                        "requested_at",
                        "resolved_at",
                        "rejection_reason",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "phone_number_id" not in d:
            _drift.missing(
                "ReleaseRequest",
                "phone_number_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "phone_number_id",
                        "phone_number",
                        "reason",
                        "status",
                        "requested_at",
                        "resolved_at",
                        "rejection_reason",
                    )
                ),
            )
            phone_number_id = cast(Any, None)
        else:
            phone_number_id = d.pop("phone_number_id")

        if "phone_number" not in d:
            _drift.missing(
                "ReleaseRequest",
                "phone_number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "phone_number_id",
                        "phone_number",
                        "reason",
                        "status",
                        "requested_at",
                        "resolved_at",
                        "rejection_reason",
                    )
                ),
            )
            phone_number = cast(Any, None)
        else:
            phone_number = d.pop("phone_number")

        if "reason" not in d:
            _drift.missing(
                "ReleaseRequest",
                "reason",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "phone_number_id",
                        "phone_number",
                        "reason",
                        "status",
                        "requested_at",
                        "resolved_at",
                        "rejection_reason",
                    )
                ),
            )
            reason = cast(Any, None)
        else:
            reason = d.pop("reason")

        if "status" not in d:
            _drift.missing(
                "ReleaseRequest",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "phone_number_id",
                        "phone_number",
                        "reason",
                        "status",
                        "requested_at",
                        "resolved_at",
                        "rejection_reason",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_release_request_status(d.pop("status"))

        if "requested_at" not in d:
            _drift.missing(
                "ReleaseRequest",
                "requested_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "phone_number_id",
                        "phone_number",
                        "reason",
                        "status",
                        "requested_at",
                        "resolved_at",
                        "rejection_reason",
                    )
                ),
            )
            requested_at = cast(Any, None)
        else:
            requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        _resolved_at = d.pop("resolved_at", UNSET)
        resolved_at: datetime.datetime | Unset
        if isinstance(_resolved_at, Unset):
            resolved_at = UNSET
        else:
            resolved_at = datetime.datetime.fromisoformat(_resolved_at)

        rejection_reason = d.pop("rejection_reason", UNSET)

        release_request = cls(
            id=id,
            phone_number_id=phone_number_id,
            phone_number=phone_number,
            reason=reason,
            status=status,
            requested_at=requested_at,
            resolved_at=resolved_at,
            rejection_reason=rejection_reason,
        )

        release_request.additional_properties = d
        return release_request

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.call_status import CallStatus, check_call_status

T = TypeVar("T", bound="EndedCall")


@_attrs_define
class EndedCall:
    """
    Attributes:
        id (str):
        status (CallStatus): `initiated`, `ringing` and `answered` are active; `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        ended_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        ended_reason (str): `ended_by_api` for a call ended by End Call.
    """

    id: str
    status: CallStatus
    ended_at: datetime.datetime
    ended_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        ended_at = self.ended_at.isoformat()

        ended_reason = self.ended_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "ended_at": ended_at,
                "ended_reason": ended_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "EndedCall",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "ended_at",
                        "ended_reason",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "status" not in d:
            _drift.missing(
                "EndedCall",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "ended_at",
                        "ended_reason",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_call_status(d.pop("status"))

        if "ended_at" not in d:
            _drift.missing(
                "EndedCall",
                "ended_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "ended_at",
                        "ended_reason",
                    )
                ),
            )
            ended_at = cast(Any, None)
        else:
            ended_at = datetime.datetime.fromisoformat(d.pop("ended_at"))

        if "ended_reason" not in d:
            _drift.missing(
                "EndedCall",
                "ended_reason",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "ended_at",
                        "ended_reason",
                    )
                ),
            )
            ended_reason = cast(Any, None)
        else:
            ended_reason = d.pop("ended_reason")

        ended_call = cls(
            id=id,
            status=status,
            ended_at=ended_at,
            ended_reason=ended_reason,
        )

        ended_call.additional_properties = d
        return ended_call

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.active_call_status import ActiveCallStatus, check_active_call_status

T = TypeVar("T", bound="ActiveCall")


@_attrs_define
class ActiveCall:
    """
    Attributes:
        id (str):
        agent_id (str):
        to (str):
        status (ActiveCallStatus):
        started_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        duration_seconds (int): Seconds since the call was answered (0 before).
    """

    id: str
    agent_id: str
    to: str
    status: ActiveCallStatus
    started_at: datetime.datetime
    duration_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        to = self.to

        status: str = self.status

        started_at = self.started_at.isoformat()

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "to": to,
                "status": status,
                "started_at": started_at,
                "duration_seconds": duration_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "ActiveCall",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "to",
                        "status",
                        "started_at",
                        "duration_seconds",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "agent_id" not in d:
            _drift.missing(
                "ActiveCall",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "to",
                        "status",
                        "started_at",
                        "duration_seconds",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "to" not in d:
            _drift.missing(
                "ActiveCall",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "to",
                        "status",
                        "started_at",
                        "duration_seconds",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        if "status" not in d:
            _drift.missing(
                "ActiveCall",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "to",
                        "status",
                        "started_at",
                        "duration_seconds",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_active_call_status(d.pop("status"))

        if "started_at" not in d:
            _drift.missing(
                "ActiveCall",
                "started_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "to",
                        "status",
                        "started_at",
                        "duration_seconds",
                    )
                ),
            )
            started_at = cast(Any, None)
        else:
            started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        if "duration_seconds" not in d:
            _drift.missing(
                "ActiveCall",
                "duration_seconds",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "to",
                        "status",
                        "started_at",
                        "duration_seconds",
                    )
                ),
            )
            duration_seconds = cast(Any, None)
        else:
            duration_seconds = d.pop("duration_seconds")

        active_call = cls(
            id=id,
            agent_id=agent_id,
            to=to,
            status=status,
            started_at=started_at,
            duration_seconds=duration_seconds,
        )

        active_call.additional_properties = d
        return active_call

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

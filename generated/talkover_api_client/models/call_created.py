from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.call_status import CallStatus, check_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCreated")


@_attrs_define
class CallCreated:
    """
    Attributes:
        id (str): The call's id; End Call takes it as `call_sid`.
        to (str):
        status (CallStatus): `initiated`, `ringing` and `answered` are active; `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        agent_id (str | Unset):
    """

    id: str
    to: str
    status: CallStatus
    created_at: datetime.datetime
    agent_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to = self.to

        status: str = self.status

        created_at = self.created_at.isoformat()

        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "to": to,
                "status": status,
                "created_at": created_at,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CallCreated",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "to",
                        "status",
                        "created_at",
                        "agent_id",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "to" not in d:
            _drift.missing(
                "CallCreated",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "to",
                        "status",
                        "created_at",
                        "agent_id",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        if "status" not in d:
            _drift.missing(
                "CallCreated",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "to",
                        "status",
                        "created_at",
                        "agent_id",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_call_status(d.pop("status"))

        if "created_at" not in d:
            _drift.missing(
                "CallCreated",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "to",
                        "status",
                        "created_at",
                        "agent_id",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        agent_id = d.pop("agent_id", UNSET)

        call_created = cls(
            id=id,
            to=to,
            status=status,
            created_at=created_at,
            agent_id=agent_id,
        )

        call_created.additional_properties = d
        return call_created

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.agent_status import AgentStatus, check_agent_status

T = TypeVar("T", bound="AgentStatusSummary")


@_attrs_define
class AgentStatusSummary:
    """The partial agent that publish and unpublish return.

    Attributes:
        id (str):
        name (str):
        current_status (AgentStatus):
        is_ready_to_publish (bool):
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    current_status: AgentStatus
    is_ready_to_publish: bool
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        current_status: str = self.current_status

        is_ready_to_publish = self.is_ready_to_publish

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "current_status": current_status,
                "is_ready_to_publish": is_ready_to_publish,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "AgentStatusSummary",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "current_status",
                        "is_ready_to_publish",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "AgentStatusSummary",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "current_status",
                        "is_ready_to_publish",
                        "updated_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "current_status" not in d:
            _drift.missing(
                "AgentStatusSummary",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "current_status",
                        "is_ready_to_publish",
                        "updated_at",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_agent_status(d.pop("current_status"))

        if "is_ready_to_publish" not in d:
            _drift.missing(
                "AgentStatusSummary",
                "is_ready_to_publish",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "current_status",
                        "is_ready_to_publish",
                        "updated_at",
                    )
                ),
            )
            is_ready_to_publish = cast(Any, None)
        else:
            is_ready_to_publish = d.pop("is_ready_to_publish")

        if "updated_at" not in d:
            _drift.missing(
                "AgentStatusSummary",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "current_status",
                        "is_ready_to_publish",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agent_status_summary = cls(
            id=id,
            name=name,
            current_status=current_status,
            is_ready_to_publish=is_ready_to_publish,
            updated_at=updated_at,
        )

        agent_status_summary.additional_properties = d
        return agent_status_summary

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.agent_status import AgentStatus, check_agent_status
from ..models.direction import Direction, check_direction

T = TypeVar("T", bound="AgentCallingSummary")


@_attrs_define
class AgentCallingSummary:
    """
    Attributes:
        id (str):
        name (str):
        direction (Direction):
        current_status (AgentStatus):
        phone_numbers (list[PhoneNumber]):
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    direction: Direction
    current_status: AgentStatus
    phone_numbers: list[PhoneNumber]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        direction: str = self.direction

        current_status: str = self.current_status

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "direction": direction,
                "current_status": current_status,
                "phone_numbers": phone_numbers,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "AgentCallingSummary",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                        "phone_numbers",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "AgentCallingSummary",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                        "phone_numbers",
                        "updated_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "direction" not in d:
            _drift.missing(
                "AgentCallingSummary",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                        "phone_numbers",
                        "updated_at",
                    )
                ),
            )
            direction = cast(Any, None)
        else:
            direction = check_direction(d.pop("direction"))

        if "current_status" not in d:
            _drift.missing(
                "AgentCallingSummary",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                        "phone_numbers",
                        "updated_at",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_agent_status(d.pop("current_status"))

        if "phone_numbers" not in d:
            _drift.missing(
                "AgentCallingSummary",
                "phone_numbers",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                        "phone_numbers",
                        "updated_at",
                    )
                ),
            )
            phone_numbers = cast(Any, None)
        else:
            phone_numbers = []
            _phone_numbers = d.pop("phone_numbers")
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        if "updated_at" not in d:
            _drift.missing(
                "AgentCallingSummary",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                        "phone_numbers",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agent_calling_summary = cls(
            id=id,
            name=name,
            direction=direction,
            current_status=current_status,
            phone_numbers=phone_numbers,
            updated_at=updated_at,
        )

        agent_calling_summary.additional_properties = d
        return agent_calling_summary

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


from ..models.phone_number import PhoneNumber  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.event_owner_type import EventOwnerType, check_event_owner_type
from ..models.event_status import EventStatus, check_event_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarEventInput")


@_attrs_define
class CalendarEventInput:
    """Create Calendar Event's body.

    Attributes:
        title (str):
        start_at (datetime.datetime):
        end_at (datetime.datetime): After `start_at`.
        description (str | Unset):
        status (EventStatus | Unset):
        type_ (str | Unset): A free-form tag (`meeting`, `block`, `appointment`, …).
        created_by (str | Unset): The id of the user who created it.
        owner_id (str | Unset): The id of the user or agent that owns it.
        owner_type (EventOwnerType | Unset): Whether an event's owner is a user or an agent.
        attendees (list[EventAttendeeInput] | Unset):
    """

    title: str
    start_at: datetime.datetime
    end_at: datetime.datetime
    description: str | Unset = UNSET
    status: EventStatus | Unset = UNSET
    type_: str | Unset = UNSET
    created_by: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    owner_type: EventOwnerType | Unset = UNSET
    attendees: list[EventAttendeeInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        start_at = self.start_at.isoformat()

        end_at = self.end_at.isoformat()

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_ = self.type_

        created_by = self.created_by

        owner_id = self.owner_id

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "start_at": start_at,
                "end_at": end_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if attendees is not UNSET:
            field_dict["attendees"] = attendees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "title" not in d:
            _drift.missing(
                "CalendarEventInput",
                "title",
                not src_dict.keys().isdisjoint(
                    (
                        "title",
                        "start_at",
                        "end_at",
                        "description",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                    )
                ),
            )
            title = cast(Any, None)
        else:
            title = d.pop("title")

        if "start_at" not in d:
            _drift.missing(
                "CalendarEventInput",
                "start_at",
                not src_dict.keys().isdisjoint(
                    (
                        "title",
                        "start_at",
                        "end_at",
                        "description",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                    )
                ),
            )
            start_at = cast(Any, None)
        else:
            start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        if "end_at" not in d:
            _drift.missing(
                "CalendarEventInput",
                "end_at",
                not src_dict.keys().isdisjoint(
                    (
                        "title",
                        "start_at",
                        "end_at",
                        "description",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                    )
                ),
            )
            end_at = cast(Any, None)
        else:
            end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: EventStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_event_status(_status)

        type_ = d.pop("type", UNSET)

        created_by = d.pop("created_by", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: EventOwnerType | Unset
        if isinstance(_owner_type, Unset):
            owner_type = UNSET
        else:
            owner_type = check_event_owner_type(_owner_type)

        _attendees = d.pop("attendees", UNSET)
        attendees: list[EventAttendeeInput] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = EventAttendeeInput.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        calendar_event_input = cls(
            title=title,
            start_at=start_at,
            end_at=end_at,
            description=description,
            status=status,
            type_=type_,
            created_by=created_by,
            owner_id=owner_id,
            owner_type=owner_type,
            attendees=attendees,
        )

        calendar_event_input.additional_properties = d
        return calendar_event_input

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


from ..models.event_attendee_input import EventAttendeeInput  # noqa: E402

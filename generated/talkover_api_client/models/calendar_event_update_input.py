from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_owner_type import EventOwnerType, check_event_owner_type
from ..models.event_status import EventStatus, check_event_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarEventUpdateInput")


@_attrs_define
class CalendarEventUpdateInput:
    """Update Calendar Event's body: Create Calendar Event's fields, all optional; only those
    sent change.

        Attributes:
            title (str | Unset):
            description (str | Unset):
            start_at (datetime.datetime | Unset):
            end_at (datetime.datetime | Unset): After `start_at`.
            status (EventStatus | Unset):
            type_ (str | Unset): A free-form tag (`meeting`, `block`, `appointment`, …).
            created_by (str | Unset): The id of the user who created it.
            owner_id (str | Unset): The id of the user or agent that owns it.
            owner_type (EventOwnerType | Unset): Whether an event's owner is a user or an agent.
            attendees (list[EventAttendeeInput] | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | Unset = UNSET
    status: EventStatus | Unset = UNSET
    type_: str | Unset = UNSET
    created_by: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    owner_type: EventOwnerType | Unset = UNSET
    attendees: list[EventAttendeeInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            end_at = self.end_at.isoformat()

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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
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
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        _end_at = d.pop("end_at", UNSET)
        end_at: datetime.datetime | Unset
        if isinstance(_end_at, Unset):
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

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

        calendar_event_update_input = cls(
            title=title,
            description=description,
            start_at=start_at,
            end_at=end_at,
            status=status,
            type_=type_,
            created_by=created_by,
            owner_id=owner_id,
            owner_type=owner_type,
            attendees=attendees,
        )

        calendar_event_update_input.additional_properties = d
        return calendar_event_update_input

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

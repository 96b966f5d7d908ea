from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.event_owner_type import EventOwnerType, check_event_owner_type
from ..models.event_status import EventStatus, check_event_status

T = TypeVar("T", bound="CalendarEvent")


@_attrs_define
class CalendarEvent:
    """
    Attributes:
        id (str):
        calendar_id (str):
        title (str):
        description (None | str):
        start_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        end_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        status (EventStatus):
        type_ (None | str):
        created_by (None | str):
        owner_id (None | str):
        owner_type (EventOwnerType | None):
        attendees (list[EventAttendee]):
        meeting_url (None | str):
        meeting_id (None | str):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    calendar_id: str
    title: str
    description: None | str
    start_at: datetime.datetime
    end_at: datetime.datetime
    status: EventStatus
    type_: None | str
    created_by: None | str
    owner_id: None | str
    owner_type: EventOwnerType | None
    attendees: list[EventAttendee]
    meeting_url: None | str
    meeting_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        calendar_id = self.calendar_id

        title = self.title

        description: None | str
        description = self.description

        start_at = self.start_at.isoformat()

        end_at = self.end_at.isoformat()

        status: str = self.status

        type_: None | str
        type_ = self.type_

        created_by: None | str
        created_by = self.created_by

        owner_id: None | str
        owner_id = self.owner_id

        owner_type: None | str
        if isinstance(self.owner_type, str):
            owner_type = self.owner_type
        else:
            owner_type = self.owner_type

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        meeting_url: None | str
        meeting_url = self.meeting_url

        meeting_id: None | str
        meeting_id = self.meeting_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "calendar_id": calendar_id,
                "title": title,
                "description": description,
                "start_at": start_at,
                "end_at": end_at,
                "status": status,
                "type": type_,
                "created_by": created_by,
                "owner_id": owner_id,
                "owner_type": owner_type,
                "attendees": attendees,
                "meeting_url": meeting_url,
                "meeting_id": meeting_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CalendarEvent",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "calendar_id" not in d:
            _drift.missing(
                "CalendarEvent",
                "calendar_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            calendar_id = cast(Any, None)
        else:
            calendar_id = d.pop("calendar_id")

        if "title" not in d:
            _drift.missing(
                "CalendarEvent",
                "title",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            title = cast(Any, None)
        else:
            title = d.pop("title")

        if "description" not in d:
            _drift.missing(
                "CalendarEvent",
                "description",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            description = cast(Any, None)
        else:
            description = cast("None | str", d.pop("description"))

        if "start_at" not in d:
            _drift.missing(
                "CalendarEvent",
                "start_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            start_at = cast(Any, None)
        else:
            start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        if "end_at" not in d:
            _drift.missing(
                "CalendarEvent",
                "end_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            end_at = cast(Any, None)
        else:
            end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        if "status" not in d:
            _drift.missing(
                "CalendarEvent",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_event_status(d.pop("status"))

        if "type" not in d:
            _drift.missing(
                "CalendarEvent",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = cast("None | str", d.pop("type"))

        if "created_by" not in d:
            _drift.missing(
                "CalendarEvent",
                "created_by",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_by = cast(Any, None)
        else:
            created_by = cast("None | str", d.pop("created_by"))

        if "owner_id" not in d:
            _drift.missing(
                "CalendarEvent",
                "owner_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            owner_id = cast(Any, None)
        else:
            owner_id = cast("None | str", d.pop("owner_id"))

        if "owner_type" not in d:
            _drift.missing(
                "CalendarEvent",
                "owner_type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            owner_type = cast(Any, None)
        else:

            def _parse_owner_type(data: object) -> EventOwnerType | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    owner_type_type_0 = check_event_owner_type(data)

                    return owner_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EventOwnerType | None, data)

            owner_type = _parse_owner_type(d.pop("owner_type"))

        if "attendees" not in d:
            _drift.missing(
                "CalendarEvent",
                "attendees",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            attendees = cast(Any, None)
        else:
            attendees = []
            _attendees = d.pop("attendees")
            for attendees_item_data in _attendees:
                attendees_item = EventAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        if "meeting_url" not in d:
            _drift.missing(
                "CalendarEvent",
                "meeting_url",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            meeting_url = cast(Any, None)
        else:
            meeting_url = cast("None | str", d.pop("meeting_url"))

        if "meeting_id" not in d:
            _drift.missing(
                "CalendarEvent",
                "meeting_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            meeting_id = cast(Any, None)
        else:
            meeting_id = cast("None | str", d.pop("meeting_id"))

        if "created_at" not in d:
            _drift.missing(
                "CalendarEvent",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "CalendarEvent",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "calendar_id",
                        "title",
                        "description",
                        "start_at",
                        "end_at",
                        "status",
                        "type",
                        "created_by",
                        "owner_id",
                        "owner_type",
                        "attendees",
                        "meeting_url",
                        "meeting_id",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        calendar_event = cls(
            id=id,
            calendar_id=calendar_id,
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
            meeting_url=meeting_url,
            meeting_id=meeting_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        calendar_event.additional_properties = d
        return calendar_event

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


from ..models.event_attendee import EventAttendee  # noqa: E402

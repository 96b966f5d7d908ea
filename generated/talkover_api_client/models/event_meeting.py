from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="EventMeeting")


@_attrs_define
class EventMeeting:
    """
    Attributes:
        event_id (str):
        meeting_url (str):
        meeting_id (str):
    """

    event_id: str
    meeting_url: str
    meeting_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        meeting_url = self.meeting_url

        meeting_id = self.meeting_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "meeting_url": meeting_url,
                "meeting_id": meeting_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "event_id" not in d:
            _drift.missing(
                "EventMeeting",
                "event_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event_id",
                        "meeting_url",
                        "meeting_id",
                    )
                ),
            )
            event_id = cast(Any, None)
        else:
            event_id = d.pop("event_id")

        if "meeting_url" not in d:
            _drift.missing(
                "EventMeeting",
                "meeting_url",
                not src_dict.keys().isdisjoint(
                    (
                        "event_id",
                        "meeting_url",
                        "meeting_id",
                    )
                ),
            )
            meeting_url = cast(Any, None)
        else:
            meeting_url = d.pop("meeting_url")

        if "meeting_id" not in d:
            _drift.missing(
                "EventMeeting",
                "meeting_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event_id",
                        "meeting_url",
                        "meeting_id",
                    )
                ),
            )
            meeting_id = cast(Any, None)
        else:
            meeting_id = d.pop("meeting_id")

        event_meeting = cls(
            event_id=event_id,
            meeting_url=meeting_url,
            meeting_id=meeting_id,
        )

        event_meeting.additional_properties = d
        return event_meeting

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarInput")


@_attrs_define
class CalendarInput:
    """Create Calendar's body.

    Attributes:
        name (str):
        owner_id (str): The id of the user who owns the calendar.
        timezone (str | Unset): An IANA time zone, e.g. `America/New_York`; one that does not exist is refused.
        metadata (CalendarUpdateInputMetadata | Unset): Free-form metadata, replaced as a whole when sent.
    """

    name: str
    owner_id: str
    timezone: str | Unset = UNSET
    metadata: CalendarUpdateInputMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_id = self.owner_id

        timezone = self.timezone

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner_id": owner_id,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "CalendarInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "owner_id",
                        "timezone",
                        "metadata",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "owner_id" not in d:
            _drift.missing(
                "CalendarInput",
                "owner_id",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "owner_id",
                        "timezone",
                        "metadata",
                    )
                ),
            )
            owner_id = cast(Any, None)
        else:
            owner_id = d.pop("owner_id")

        timezone = d.pop("timezone", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CalendarUpdateInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CalendarUpdateInputMetadata.from_dict(_metadata)

        calendar_input = cls(
            name=name,
            owner_id=owner_id,
            timezone=timezone,
            metadata=metadata,
        )

        calendar_input.additional_properties = d
        return calendar_input

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


from ..models.calendar_update_input_metadata import CalendarUpdateInputMetadata  # noqa: E402

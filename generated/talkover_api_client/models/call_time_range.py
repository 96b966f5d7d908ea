from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallTimeRange")


@_attrs_define
class CallTimeRange:
    """
    Attributes:
        start (str):
        end (str): After `start`.
    """

    start: str
    end: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "start" not in d:
            _drift.missing(
                "CallTimeRange",
                "start",
                not src_dict.keys().isdisjoint(
                    (
                        "start",
                        "end",
                    )
                ),
            )
            start = cast(Any, None)
        else:
            start = d.pop("start")

        if "end" not in d:
            _drift.missing(
                "CallTimeRange",
                "end",
                not src_dict.keys().isdisjoint(
                    (
                        "start",
                        "end",
                    )
                ),
            )
            end = cast(Any, None)
        else:
            end = d.pop("end")

        call_time_range = cls(
            start=start,
            end=end,
        )

        call_time_range.additional_properties = d
        return call_time_range

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

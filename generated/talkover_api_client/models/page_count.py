from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="PageCount")


@_attrs_define
class PageCount:
    """The `pagination` object of List Campaign Webhook Logs and List Campaign SFTP Logs:
    no `last_page` (as on those pages).

        Attributes:
            current_page (int):
            per_page (int):
            total (int):
    """

    current_page: int
    per_page: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "per_page": per_page,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "current_page" not in d:
            _drift.missing(
                "PageCount",
                "current_page",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "per_page",
                        "total",
                    )
                ),
            )
            current_page = cast(Any, None)
        else:
            current_page = d.pop("current_page")

        if "per_page" not in d:
            _drift.missing(
                "PageCount",
                "per_page",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "per_page",
                        "total",
                    )
                ),
            )
            per_page = cast(Any, None)
        else:
            per_page = d.pop("per_page")

        if "total" not in d:
            _drift.missing(
                "PageCount",
                "total",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "per_page",
                        "total",
                    )
                ),
            )
            total = cast(Any, None)
        else:
            total = d.pop("total")

        page_count = cls(
            current_page=current_page,
            per_page=per_page,
            total=total,
        )

        page_count.additional_properties = d
        return page_count

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="PageWindow")


@_attrs_define
class PageWindow:
    """The `pagination` object of List Calls, Get Agent Calls and List Campaigns: `from` and
    `to` number the first and last item of the page (null on an empty page).

        Attributes:
            current_page (int):
            last_page (int):
            per_page (int):
            total (int):
            from_ (int | None):
            to (int | None):
    """

    current_page: int
    last_page: int
    per_page: int
    total: int
    from_: int | None
    to: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        last_page = self.last_page

        per_page = self.per_page

        total = self.total

        from_: int | None
        from_ = self.from_

        to: int | None
        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "last_page": last_page,
                "per_page": per_page,
                "total": total,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "current_page" not in d:
            _drift.missing(
                "PageWindow",
                "current_page",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "last_page",
                        "per_page",
                        "total",
                        "from",
                        "to",
                    )
                ),
            )
            current_page = cast(Any, None)
        else:
            current_page = d.pop("current_page")

        if "last_page" not in d:
            _drift.missing(
                "PageWindow",
                "last_page",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "last_page",
                        "per_page",
                        "total",
                        "from",
                        "to",
                    )
                ),
            )
            last_page = cast(Any, None)
        else:
            last_page = d.pop("last_page")

        if "per_page" not in d:
            _drift.missing(
                "PageWindow",
                "per_page",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "last_page",
                        "per_page",
                        "total",
                        "from",
                        "to",
                    )
                ),
            )
            per_page = cast(Any, None)
        else:
            per_page = d.pop("per_page")

        if "total" not in d:
            _drift.missing(
                "PageWindow",
                "total",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "last_page",
                        "per_page",
                        "total",
                        "from",
                        "to",
                    )
                ),
            )
            total = cast(Any, None)
        else:
            total = d.pop("total")

        if "from" not in d:
            _drift.missing(
                "PageWindow",
                "from",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "last_page",
                        "per_page",
                        "total",
                        "from",
                        "to",
                    )
                ),
            )
            from_ = cast(Any, None)
        else:
            from_ = cast("int | None", d.pop("from"))

        if "to" not in d:
            _drift.missing(
                "PageWindow",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "current_page",
                        "last_page",
                        "per_page",
                        "total",
                        "from",
                        "to",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = cast("int | None", d.pop("to"))

        page_window = cls(
            current_page=current_page,
            last_page=last_page,
            per_page=per_page,
            total=total,
            from_=from_,
            to=to,
        )

        page_window.additional_properties = d
        return page_window

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

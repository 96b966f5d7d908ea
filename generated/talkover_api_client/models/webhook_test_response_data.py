from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="WebhookTestResponseData")


@_attrs_define
class WebhookTestResponseData:
    """
    Attributes:
        status_code (int): The receiver's HTTP status.
        response_time (int): Milliseconds until the receiver answered.
    """

    status_code: int
    response_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        response_time = self.response_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "response_time": response_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "status_code" not in d:
            _drift.missing(
                "WebhookTestResponseData",
                "status_code",
                not src_dict.keys().isdisjoint(
                    (
                        "status_code",
                        "response_time",
                    )
                ),
            )
            status_code = cast(Any, None)
        else:
            status_code = d.pop("status_code")

        if "response_time" not in d:
            _drift.missing(
                "WebhookTestResponseData",
                "response_time",
                not src_dict.keys().isdisjoint(
                    (
                        "status_code",
                        "response_time",
                    )
                ),
            )
            response_time = cast(Any, None)
        else:
            response_time = d.pop("response_time")

        webhook_test_response_data = cls(
            status_code=status_code,
            response_time=response_time,
        )

        webhook_test_response_data.additional_properties = d
        return webhook_test_response_data

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

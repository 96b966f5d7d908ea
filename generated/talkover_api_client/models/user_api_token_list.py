from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="UserApiTokenList")


@_attrs_define
class UserApiTokenList:
    """
    Attributes:
        data (list[UserApiToken]):
    """

    data: list[UserApiToken]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "data" not in d:
            _drift.missing("UserApiTokenList", "data", not src_dict.keys().isdisjoint(("data",)))
            data = cast(Any, None)
        else:
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = UserApiToken.from_dict(data_item_data)

                data.append(data_item)

        user_api_token_list = cls(
            data=data,
        )

        user_api_token_list.additional_properties = d
        return user_api_token_list

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


from ..models.user_api_token import UserApiToken  # noqa: E402

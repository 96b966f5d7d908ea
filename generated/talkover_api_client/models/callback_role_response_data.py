from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackRoleResponseData")


@_attrs_define
class CallbackRoleResponseData:
    """
    Attributes:
        id (str):
        callback_config (CallbackConfig):
        name (str | Unset):
        direction (Literal['inbound'] | Unset):
    """

    id: str
    callback_config: CallbackConfig
    name: str | Unset = UNSET
    direction: Literal["inbound"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        callback_config = self.callback_config.to_dict()

        name = self.name

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "callback_config": callback_config,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CallbackRoleResponseData",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "callback_config",
                        "name",
                        "direction",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "callback_config" not in d:
            _drift.missing(
                "CallbackRoleResponseData",
                "callback_config",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "callback_config",
                        "name",
                        "direction",
                    )
                ),
            )
            callback_config = cast(Any, None)
        else:
            callback_config = CallbackConfig.from_dict(d.pop("callback_config"))

        name = d.pop("name", UNSET)

        direction = cast(Literal["inbound"] | Unset, d.pop("direction", UNSET))
        if direction != "inbound" and not isinstance(direction, Unset):
            raise ValueError(f"direction must match const 'inbound', got '{direction}'")

        callback_role_response_data = cls(
            id=id,
            callback_config=callback_config,
            name=name,
            direction=direction,
        )

        callback_role_response_data.additional_properties = d
        return callback_role_response_data

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


from ..models.callback_config import CallbackConfig  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.agent_status import AgentStatus, check_agent_status

T = TypeVar("T", bound="CallbackAgentDetailResponseDataAgent")


@_attrs_define
class CallbackAgentDetailResponseDataAgent:
    """
    Attributes:
        id (str):
        name (str):
        direction (Literal['inbound']):
        current_status (AgentStatus):
    """

    id: str
    name: str
    direction: Literal["inbound"]
    current_status: AgentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        direction = self.direction

        current_status: str = self.current_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "direction": direction,
                "current_status": current_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataAgent",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataAgent",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "direction" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataAgent",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                    )
                ),
            )
            direction = cast(Any, None)
        else:
            direction = cast(Literal["inbound"], d.pop("direction"))
            if direction != "inbound":
                raise ValueError(f"direction must match const 'inbound', got '{direction}'")

        if "current_status" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataAgent",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "direction",
                        "current_status",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_agent_status(d.pop("current_status"))

        callback_agent_detail_response_data_agent = cls(
            id=id,
            name=name,
            direction=direction,
            current_status=current_status,
        )

        callback_agent_detail_response_data_agent.additional_properties = d
        return callback_agent_detail_response_data_agent

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

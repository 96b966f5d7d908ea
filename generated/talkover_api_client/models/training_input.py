from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.training_status import TrainingStatus, check_training_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingInput")


@_attrs_define
class TrainingInput:
    """Unknown fields are ignored, as the live API does (D13). Empty and blank strings
    (spaces, tabs, line breaks only) count as missing (Laravel's `required`). Text fields may hold tabs and line breaks
    but no other
    control characters (NUL, BEL, ESC, DEL, …); a body that repeats a key is refused (D18).

        Attributes:
            subject (str): Not blank (at least one character other than spaces and line breaks).
            instructions (str): The training text. The docs state no maximum; the 1 MiB body limit applies.
            node_id (str | Unset): The training node id used in flows. The upsert key (D3): a training of this
                agent with the same `node_id` is updated instead of a new one created.
                Not echoed in responses.
            current_status (TrainingStatus | Unset): An inactive training is kept but not used by the agent.
    """

    subject: str
    instructions: str
    node_id: str | Unset = UNSET
    current_status: TrainingStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        instructions = self.instructions

        node_id = self.node_id

        current_status: str | Unset = UNSET
        if not isinstance(self.current_status, Unset):
            current_status = self.current_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "instructions": instructions,
            }
        )
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if current_status is not UNSET:
            field_dict["current_status"] = current_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "subject" not in d:
            _drift.missing(
                "TrainingInput",
                "subject",
                not src_dict.keys().isdisjoint(
                    (
                        "subject",
                        "instructions",
                        "node_id",
                        "current_status",
                    )
                ),
            )
            subject = cast(Any, None)
        else:
            subject = d.pop("subject")

        if "instructions" not in d:
            _drift.missing(
                "TrainingInput",
                "instructions",
                not src_dict.keys().isdisjoint(
                    (
                        "subject",
                        "instructions",
                        "node_id",
                        "current_status",
                    )
                ),
            )
            instructions = cast(Any, None)
        else:
            instructions = d.pop("instructions")

        node_id = d.pop("node_id", UNSET)

        _current_status = d.pop("current_status", UNSET)
        current_status: TrainingStatus | Unset
        if isinstance(_current_status, Unset):
            current_status = UNSET
        else:
            current_status = check_training_status(_current_status)

        training_input = cls(
            subject=subject,
            instructions=instructions,
            node_id=node_id,
            current_status=current_status,
        )

        training_input.additional_properties = d
        return training_input

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

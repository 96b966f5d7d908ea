from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.training_status import TrainingStatus, check_training_status

T = TypeVar("T", bound="Training")


@_attrs_define
class Training:
    """
    Attributes:
        id (str): Opaque id (D2).
        subject (str):
        instructions (str):
        current_status (TrainingStatus): An inactive training is kept but not used by the agent.
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    subject: str
    instructions: str
    current_status: TrainingStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        instructions = self.instructions

        current_status: str = self.current_status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject": subject,
                "instructions": instructions,
                "current_status": current_status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Training",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "subject",
                        "instructions",
                        "current_status",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "subject" not in d:
            _drift.missing(
                "Training",
                "subject",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "subject",
                        "instructions",
                        "current_status",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            subject = cast(Any, None)
        else:
            subject = d.pop("subject")

        if "instructions" not in d:
            _drift.missing(
                "Training",
                "instructions",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "subject",
                        "instructions",
                        "current_status",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            instructions = cast(Any, None)
        else:
            instructions = d.pop("instructions")

        if "current_status" not in d:
            _drift.missing(
                "Training",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "subject",
                        "instructions",
                        "current_status",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_training_status(d.pop("current_status"))

        if "created_at" not in d:
            _drift.missing(
                "Training",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "subject",
                        "instructions",
                        "current_status",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "Training",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "subject",
                        "instructions",
                        "current_status",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        training = cls(
            id=id,
            subject=subject,
            instructions=instructions,
            current_status=current_status,
            created_at=created_at,
            updated_at=updated_at,
        )

        training.additional_properties = d
        return training

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

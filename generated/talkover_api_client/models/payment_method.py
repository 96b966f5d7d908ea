from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.payment_method_type import PaymentMethodType, check_payment_method_type

T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """
    Attributes:
        id (str):
        type_ (PaymentMethodType):
        card (PaymentMethodCard):
        is_default (bool):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    type_: PaymentMethodType
    card: PaymentMethodCard
    is_default: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        card = self.card.to_dict()

        is_default = self.is_default

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "card": card,
                "is_default": is_default,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "PaymentMethod",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "card",
                        "is_default",
                        "created_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "type" not in d:
            _drift.missing(
                "PaymentMethod",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "card",
                        "is_default",
                        "created_at",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_payment_method_type(d.pop("type"))

        if "card" not in d:
            _drift.missing(
                "PaymentMethod",
                "card",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "card",
                        "is_default",
                        "created_at",
                    )
                ),
            )
            card = cast(Any, None)
        else:
            card = PaymentMethodCard.from_dict(d.pop("card"))

        if "is_default" not in d:
            _drift.missing(
                "PaymentMethod",
                "is_default",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "card",
                        "is_default",
                        "created_at",
                    )
                ),
            )
            is_default = cast(Any, None)
        else:
            is_default = d.pop("is_default")

        if "created_at" not in d:
            _drift.missing(
                "PaymentMethod",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "card",
                        "is_default",
                        "created_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        payment_method = cls(
            id=id,
            type_=type_,
            card=card,
            is_default=is_default,
            created_at=created_at,
        )

        payment_method.additional_properties = d
        return payment_method

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


from ..models.payment_method_card import PaymentMethodCard  # noqa: E402

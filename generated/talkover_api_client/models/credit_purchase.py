from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CreditPurchase")


@_attrs_define
class CreditPurchase:
    """
    Attributes:
        amount_charged (float):
        currency (str):
        new_balance (float):
        transaction_id (str):
    """

    amount_charged: float
    currency: str
    new_balance: float
    transaction_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_charged = self.amount_charged

        currency = self.currency

        new_balance = self.new_balance

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_charged": amount_charged,
                "currency": currency,
                "new_balance": new_balance,
                "transaction_id": transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "amount_charged" not in d:
            _drift.missing(
                "CreditPurchase",
                "amount_charged",
                not src_dict.keys().isdisjoint(
                    (
                        "amount_charged",
                        "currency",
                        "new_balance",
                        "transaction_id",
                    )
                ),
            )
            amount_charged = cast(Any, None)
        else:
            amount_charged = d.pop("amount_charged")

        if "currency" not in d:
            _drift.missing(
                "CreditPurchase",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "amount_charged",
                        "currency",
                        "new_balance",
                        "transaction_id",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "new_balance" not in d:
            _drift.missing(
                "CreditPurchase",
                "new_balance",
                not src_dict.keys().isdisjoint(
                    (
                        "amount_charged",
                        "currency",
                        "new_balance",
                        "transaction_id",
                    )
                ),
            )
            new_balance = cast(Any, None)
        else:
            new_balance = d.pop("new_balance")

        if "transaction_id" not in d:
            _drift.missing(
                "CreditPurchase",
                "transaction_id",
                not src_dict.keys().isdisjoint(
                    (
                        "amount_charged",
                        "currency",
                        "new_balance",
                        "transaction_id",
                    )
                ),
            )
            transaction_id = cast(Any, None)
        else:
            transaction_id = d.pop("transaction_id")

        credit_purchase = cls(
            amount_charged=amount_charged,
            currency=currency,
            new_balance=new_balance,
            transaction_id=transaction_id,
        )

        credit_purchase.additional_properties = d
        return credit_purchase

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

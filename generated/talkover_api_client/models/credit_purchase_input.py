from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditPurchaseInput")


@_attrs_define
class CreditPurchaseInput:
    """Purchase Credits' body.

    Attributes:
        amount (float): The credits to buy, in the account's currency.
        payment_method_id (str | Unset): A saved card (List Payment Methods); the default card when not sent.
    """

    amount: float
    payment_method_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        payment_method_id = self.payment_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "amount" not in d:
            _drift.missing(
                "CreditPurchaseInput",
                "amount",
                not src_dict.keys().isdisjoint(
                    (
                        "amount",
                        "payment_method_id",
                    )
                ),
            )
            amount = cast(Any, None)
        else:
            amount = d.pop("amount")

        payment_method_id = d.pop("payment_method_id", UNSET)

        credit_purchase_input = cls(
            amount=amount,
            payment_method_id=payment_method_id,
        )

        credit_purchase_input.additional_properties = d
        return credit_purchase_input

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

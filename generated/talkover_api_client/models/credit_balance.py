from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CreditBalance")


@_attrs_define
class CreditBalance:
    """
    Attributes:
        balance (float):
        currency (str):
        auto_topup_enabled (bool):
        as_of (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    balance: float
    currency: str
    auto_topup_enabled: bool
    as_of: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        currency = self.currency

        auto_topup_enabled = self.auto_topup_enabled

        as_of = self.as_of.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "currency": currency,
                "auto_topup_enabled": auto_topup_enabled,
                "as_of": as_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "balance" not in d:
            _drift.missing(
                "CreditBalance",
                "balance",
                not src_dict.keys().isdisjoint(
                    (
                        "balance",
                        "currency",
                        "auto_topup_enabled",
                        "as_of",
                    )
                ),
            )
            balance = cast(Any, None)
        else:
            balance = d.pop("balance")

        if "currency" not in d:
            _drift.missing(
                "CreditBalance",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "balance",
                        "currency",
                        "auto_topup_enabled",
                        "as_of",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "auto_topup_enabled" not in d:
            _drift.missing(
                "CreditBalance",
                "auto_topup_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "balance",
                        "currency",
                        "auto_topup_enabled",
                        "as_of",
                    )
                ),
            )
            auto_topup_enabled = cast(Any, None)
        else:
            auto_topup_enabled = d.pop("auto_topup_enabled")

        if "as_of" not in d:
            _drift.missing(
                "CreditBalance",
                "as_of",
                not src_dict.keys().isdisjoint(
                    (
                        "balance",
                        "currency",
                        "auto_topup_enabled",
                        "as_of",
                    )
                ),
            )
            as_of = cast(Any, None)
        else:
            as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        credit_balance = cls(
            balance=balance,
            currency=currency,
            auto_topup_enabled=auto_topup_enabled,
            as_of=as_of,
        )

        credit_balance.additional_properties = d
        return credit_balance

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.topup_status import TopupStatus, check_topup_status
from ..models.topup_trigger import TopupTrigger, check_topup_trigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="Topup")


@_attrs_define
class Topup:
    """One recharge. `balance_before`, `balance_after` and `transaction_id` only when it succeeded; `failure_reason` only
    when it failed.

        Attributes:
            id (str):
            amount (float):
            currency (str):
            trigger (TopupTrigger):
            status (TopupStatus):
            payment_method_id (str):
            created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
            balance_before (float | Unset):
            balance_after (float | Unset):
            failure_reason (str | Unset):
            transaction_id (str | Unset):
    """

    id: str
    amount: float
    currency: str
    trigger: TopupTrigger
    status: TopupStatus
    payment_method_id: str
    created_at: datetime.datetime
    balance_before: float | Unset = UNSET
    balance_after: float | Unset = UNSET
    failure_reason: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        trigger: str = self.trigger

        status: str = self.status

        payment_method_id = self.payment_method_id

        created_at = self.created_at.isoformat()

        balance_before = self.balance_before

        balance_after = self.balance_after

        failure_reason = self.failure_reason

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "currency": currency,
                "trigger": trigger,
                "status": status,
                "payment_method_id": payment_method_id,
                "created_at": created_at,
            }
        )
        if balance_before is not UNSET:
            field_dict["balance_before"] = balance_before
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Topup",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "amount" not in d:
            _drift.missing(
                "Topup",
                "amount",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            amount = cast(Any, None)
        else:
            amount = d.pop("amount")

        if "currency" not in d:
            _drift.missing(
                "Topup",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "trigger" not in d:
            _drift.missing(
                "Topup",
                "trigger",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            trigger = cast(Any, None)
        else:
            trigger = check_topup_trigger(d.pop("trigger"))

        if "status" not in d:
            _drift.missing(
                "Topup",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_topup_status(d.pop("status"))

        if "payment_method_id" not in d:
            _drift.missing(
                "Topup",
                "payment_method_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            payment_method_id = cast(Any, None)
        else:
            payment_method_id = d.pop("payment_method_id")

        if "created_at" not in d:
            _drift.missing(
                "Topup",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "amount",
                        "currency",
                        "trigger",
                        "status",
                        "payment_method_id",
                        "created_at",
                        "balance_before",
                        "balance_after",
                        "failure_reason",
                        "transaction_id",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        balance_before = d.pop("balance_before", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        failure_reason = d.pop("failure_reason", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        topup = cls(
            id=id,
            amount=amount,
            currency=currency,
            trigger=trigger,
            status=status,
            payment_method_id=payment_method_id,
            created_at=created_at,
            balance_before=balance_before,
            balance_after=balance_after,
            failure_reason=failure_reason,
            transaction_id=transaction_id,
        )

        topup.additional_properties = d
        return topup

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

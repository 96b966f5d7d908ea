from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoTopupSettingsInput")


@_attrs_define
class AutoTopupSettingsInput:
    """Update Auto Topup Settings' body; every field optional, only those sent change.

    Attributes:
        is_enabled (bool | Unset):
        threshold_amount (float | Unset): An amount in the account's currency, 1 to 1000.
        recharge_amount (float | Unset): An amount in the account's currency, 1 to 1000.
        scheduled_payment_enabled (bool | Unset):
        scheduled_amount (float | Unset): An amount in the account's currency, 1 to 1000.
        day_of_month (int | Unset):
        payment_method_id (str | Unset):
    """

    is_enabled: bool | Unset = UNSET
    threshold_amount: float | Unset = UNSET
    recharge_amount: float | Unset = UNSET
    scheduled_payment_enabled: bool | Unset = UNSET
    scheduled_amount: float | Unset = UNSET
    day_of_month: int | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        threshold_amount = self.threshold_amount

        recharge_amount = self.recharge_amount

        scheduled_payment_enabled = self.scheduled_payment_enabled

        scheduled_amount = self.scheduled_amount

        day_of_month = self.day_of_month

        payment_method_id = self.payment_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if threshold_amount is not UNSET:
            field_dict["threshold_amount"] = threshold_amount
        if recharge_amount is not UNSET:
            field_dict["recharge_amount"] = recharge_amount
        if scheduled_payment_enabled is not UNSET:
            field_dict["scheduled_payment_enabled"] = scheduled_payment_enabled
        if scheduled_amount is not UNSET:
            field_dict["scheduled_amount"] = scheduled_amount
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        threshold_amount = d.pop("threshold_amount", UNSET)

        recharge_amount = d.pop("recharge_amount", UNSET)

        scheduled_payment_enabled = d.pop("scheduled_payment_enabled", UNSET)

        scheduled_amount = d.pop("scheduled_amount", UNSET)

        day_of_month = d.pop("day_of_month", UNSET)

        payment_method_id = d.pop("payment_method_id", UNSET)

        auto_topup_settings_input = cls(
            is_enabled=is_enabled,
            threshold_amount=threshold_amount,
            recharge_amount=recharge_amount,
            scheduled_payment_enabled=scheduled_payment_enabled,
            scheduled_amount=scheduled_amount,
            day_of_month=day_of_month,
            payment_method_id=payment_method_id,
        )

        auto_topup_settings_input.additional_properties = d
        return auto_topup_settings_input

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

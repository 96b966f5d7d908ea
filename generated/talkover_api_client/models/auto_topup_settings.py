from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="AutoTopupSettings")


@_attrs_define
class AutoTopupSettings:
    """The auto top-up configuration (every field Get Auto Topup Settings tables, and
    `updated_at` as the writes show it).

        Attributes:
            is_enabled (bool):
            threshold_amount (float | None):
            recharge_amount (float | None):
            scheduled_payment_enabled (bool):
            scheduled_amount (float | None):
            day_of_month (int | None):
            payment_method_id (None | str):
            daily_limit (float): The most all recharges of one day (UTC) may charge; set by the plan.
            recharge_count_today (int):
            last_recharge_at (datetime.datetime | None):
            currency (str):
            updated_at (datetime.datetime | None):
    """

    is_enabled: bool
    threshold_amount: float | None
    recharge_amount: float | None
    scheduled_payment_enabled: bool
    scheduled_amount: float | None
    day_of_month: int | None
    payment_method_id: None | str
    daily_limit: float
    recharge_count_today: int
    last_recharge_at: datetime.datetime | None
    currency: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        threshold_amount: float | None
        threshold_amount = self.threshold_amount

        recharge_amount: float | None
        recharge_amount = self.recharge_amount

        scheduled_payment_enabled = self.scheduled_payment_enabled

        scheduled_amount: float | None
        scheduled_amount = self.scheduled_amount

        day_of_month: int | None
        day_of_month = self.day_of_month

        payment_method_id: None | str
        payment_method_id = self.payment_method_id

        daily_limit = self.daily_limit

        recharge_count_today = self.recharge_count_today

        last_recharge_at: None | str
        if isinstance(self.last_recharge_at, datetime.datetime):
            last_recharge_at = self.last_recharge_at.isoformat()
        else:
            last_recharge_at = self.last_recharge_at

        currency = self.currency

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_enabled": is_enabled,
                "threshold_amount": threshold_amount,
                "recharge_amount": recharge_amount,
                "scheduled_payment_enabled": scheduled_payment_enabled,
                "scheduled_amount": scheduled_amount,
                "day_of_month": day_of_month,
                "payment_method_id": payment_method_id,
                "daily_limit": daily_limit,
                "recharge_count_today": recharge_count_today,
                "last_recharge_at": last_recharge_at,
                "currency": currency,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "is_enabled" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "is_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            is_enabled = cast(Any, None)
        else:
            is_enabled = d.pop("is_enabled")

        if "threshold_amount" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "threshold_amount",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            threshold_amount = cast(Any, None)
        else:
            threshold_amount = cast("float | None", d.pop("threshold_amount"))

        if "recharge_amount" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "recharge_amount",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            recharge_amount = cast(Any, None)
        else:
            recharge_amount = cast("float | None", d.pop("recharge_amount"))

        if "scheduled_payment_enabled" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "scheduled_payment_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            scheduled_payment_enabled = cast(Any, None)
        else:
            scheduled_payment_enabled = d.pop("scheduled_payment_enabled")

        if "scheduled_amount" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "scheduled_amount",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            scheduled_amount = cast(Any, None)
        else:
            scheduled_amount = cast("float | None", d.pop("scheduled_amount"))

        if "day_of_month" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "day_of_month",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            day_of_month = cast(Any, None)
        else:
            day_of_month = cast("int | None", d.pop("day_of_month"))

        if "payment_method_id" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "payment_method_id",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            payment_method_id = cast(Any, None)
        else:
            payment_method_id = cast("None | str", d.pop("payment_method_id"))

        if "daily_limit" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "daily_limit",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            daily_limit = cast(Any, None)
        else:
            daily_limit = d.pop("daily_limit")

        if "recharge_count_today" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "recharge_count_today",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            recharge_count_today = cast(Any, None)
        else:
            recharge_count_today = d.pop("recharge_count_today")

        if "last_recharge_at" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "last_recharge_at",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            last_recharge_at = cast(Any, None)
        else:

            def _parse_last_recharge_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_recharge_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_recharge_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_recharge_at = _parse_last_recharge_at(d.pop("last_recharge_at"))

        if "currency" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "updated_at" not in d:
            _drift.missing(
                "AutoTopupSettings",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "is_enabled",
                        "threshold_amount",
                        "recharge_amount",
                        "scheduled_payment_enabled",
                        "scheduled_amount",
                        "day_of_month",
                        "payment_method_id",
                        "daily_limit",
                        "recharge_count_today",
                        "last_recharge_at",
                        "currency",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:

            def _parse_updated_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            updated_at = _parse_updated_at(d.pop("updated_at"))

        auto_topup_settings = cls(
            is_enabled=is_enabled,
            threshold_amount=threshold_amount,
            recharge_amount=recharge_amount,
            scheduled_payment_enabled=scheduled_payment_enabled,
            scheduled_amount=scheduled_amount,
            day_of_month=day_of_month,
            payment_method_id=payment_method_id,
            daily_limit=daily_limit,
            recharge_count_today=recharge_count_today,
            last_recharge_at=last_recharge_at,
            currency=currency,
            updated_at=updated_at,
        )

        auto_topup_settings.additional_properties = d
        return auto_topup_settings

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.phone_number_details_current_status import (
    PhoneNumberDetailsCurrentStatus,
    check_phone_number_details_current_status,
)
from ..models.phone_number_type import PhoneNumberType, check_phone_number_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberDetails")


@_attrs_define
class PhoneNumberDetails:
    """A phone number as List Phone Numbers shows it (every field the page tables).

    Attributes:
        id (str):
        number (str): E.164.
        country_code (str):
        formatted_number (str):
        international_number (str):
        type_ (PhoneNumberType):
        has_voice (bool):
        has_sms (bool):
        has_mms (bool):
        has_fax (bool):
        has_whatsapp (bool):
        current_status (PhoneNumberDetailsCurrentStatus):
        is_sandbox (bool):
        current_price (float):
        currency (str):
        renewal_date (datetime.date):
        auto_renewal (bool):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        monthly_renewal_cost (float):
        days_until_monthly_renewal (int):
        is_due_for_monthly_renewal (bool):
        trunk_id (str | Unset): The SIP trunk that carries the number: only on DIDs registered through Create SIP
            Trunk DID (D49).
    """

    id: str
    number: str
    country_code: str
    formatted_number: str
    international_number: str
    type_: PhoneNumberType
    has_voice: bool
    has_sms: bool
    has_mms: bool
    has_fax: bool
    has_whatsapp: bool
    current_status: PhoneNumberDetailsCurrentStatus
    is_sandbox: bool
    current_price: float
    currency: str
    renewal_date: datetime.date
    auto_renewal: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    monthly_renewal_cost: float
    days_until_monthly_renewal: int
    is_due_for_monthly_renewal: bool
    trunk_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        country_code = self.country_code

        formatted_number = self.formatted_number

        international_number = self.international_number

        type_: str = self.type_

        has_voice = self.has_voice

        has_sms = self.has_sms

        has_mms = self.has_mms

        has_fax = self.has_fax

        has_whatsapp = self.has_whatsapp

        current_status: str = self.current_status

        is_sandbox = self.is_sandbox

        current_price = self.current_price

        currency = self.currency

        renewal_date = self.renewal_date.isoformat()

        auto_renewal = self.auto_renewal

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        monthly_renewal_cost = self.monthly_renewal_cost

        days_until_monthly_renewal = self.days_until_monthly_renewal

        is_due_for_monthly_renewal = self.is_due_for_monthly_renewal

        trunk_id = self.trunk_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "country_code": country_code,
                "formatted_number": formatted_number,
                "international_number": international_number,
                "type": type_,
                "has_voice": has_voice,
                "has_sms": has_sms,
                "has_mms": has_mms,
                "has_fax": has_fax,
                "has_whatsapp": has_whatsapp,
                "current_status": current_status,
                "is_sandbox": is_sandbox,
                "current_price": current_price,
                "currency": currency,
                "renewal_date": renewal_date,
                "auto_renewal": auto_renewal,
                "created_at": created_at,
                "updated_at": updated_at,
                "monthly_renewal_cost": monthly_renewal_cost,
                "days_until_monthly_renewal": days_until_monthly_renewal,
                "is_due_for_monthly_renewal": is_due_for_monthly_renewal,
            }
        )
        if trunk_id is not UNSET:
            field_dict["trunk_id"] = trunk_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "number" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            number = cast(Any, None)
        else:
            number = d.pop("number")

        if "country_code" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "country_code",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            country_code = cast(Any, None)
        else:
            country_code = d.pop("country_code")

        if "formatted_number" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "formatted_number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            formatted_number = cast(Any, None)
        else:
            formatted_number = d.pop("formatted_number")

        if "international_number" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "international_number",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            international_number = cast(Any, None)
        else:
            international_number = d.pop("international_number")

        if "type" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_phone_number_type(d.pop("type"))

        if "has_voice" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "has_voice",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            has_voice = cast(Any, None)
        else:
            has_voice = d.pop("has_voice")

        if "has_sms" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "has_sms",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            has_sms = cast(Any, None)
        else:
            has_sms = d.pop("has_sms")

        if "has_mms" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "has_mms",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            has_mms = cast(Any, None)
        else:
            has_mms = d.pop("has_mms")

        if "has_fax" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "has_fax",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            has_fax = cast(Any, None)
        else:
            has_fax = d.pop("has_fax")

        if "has_whatsapp" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "has_whatsapp",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            has_whatsapp = cast(Any, None)
        else:
            has_whatsapp = d.pop("has_whatsapp")

        if "current_status" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_phone_number_details_current_status(d.pop("current_status"))

        if "is_sandbox" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "is_sandbox",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            is_sandbox = cast(Any, None)
        else:
            is_sandbox = d.pop("is_sandbox")

        if "current_price" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "current_price",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            current_price = cast(Any, None)
        else:
            current_price = d.pop("current_price")

        if "currency" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "currency",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            currency = cast(Any, None)
        else:
            currency = d.pop("currency")

        if "renewal_date" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "renewal_date",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            renewal_date = cast(Any, None)
        else:
            renewal_date = datetime.date.fromisoformat(d.pop("renewal_date"))

        if "auto_renewal" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "auto_renewal",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            auto_renewal = cast(Any, None)
        else:
            auto_renewal = d.pop("auto_renewal")

        if "created_at" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if "monthly_renewal_cost" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "monthly_renewal_cost",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            monthly_renewal_cost = cast(Any, None)
        else:
            monthly_renewal_cost = d.pop("monthly_renewal_cost")

        if "days_until_monthly_renewal" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "days_until_monthly_renewal",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            days_until_monthly_renewal = cast(Any, None)
        else:
            days_until_monthly_renewal = d.pop("days_until_monthly_renewal")

        if "is_due_for_monthly_renewal" not in d:
            _drift.missing(
                "PhoneNumberDetails",
                "is_due_for_monthly_renewal",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "number",
                        "country_code",
                        "formatted_number",
                        "international_number",
                        "type",
                        "has_voice",
                        "has_sms",
                        "has_mms",
                        "has_fax",
                        "has_whatsapp",
                        "current_status",
                        "is_sandbox",
                        "current_price",
                        "currency",
                        "renewal_date",
                        "auto_renewal",
                        "created_at",
                        "updated_at",
                        "monthly_renewal_cost",
                        "days_until_monthly_renewal",
                        "is_due_for_monthly_renewal",
                        "trunk_id",
                    )
                ),
            )
            is_due_for_monthly_renewal = cast(Any, None)
        else:
            is_due_for_monthly_renewal = d.pop("is_due_for_monthly_renewal")

        trunk_id = d.pop("trunk_id", UNSET)

        phone_number_details = cls(
            id=id,
            number=number,
            country_code=country_code,
            formatted_number=formatted_number,
            international_number=international_number,
            type_=type_,
            has_voice=has_voice,
            has_sms=has_sms,
            has_mms=has_mms,
            has_fax=has_fax,
            has_whatsapp=has_whatsapp,
            current_status=current_status,
            is_sandbox=is_sandbox,
            current_price=current_price,
            currency=currency,
            renewal_date=renewal_date,
            auto_renewal=auto_renewal,
            created_at=created_at,
            updated_at=updated_at,
            monthly_renewal_cost=monthly_renewal_cost,
            days_until_monthly_renewal=days_until_monthly_renewal,
            is_due_for_monthly_renewal=is_due_for_monthly_renewal,
            trunk_id=trunk_id,
        )

        phone_number_details.additional_properties = d
        return phone_number_details

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

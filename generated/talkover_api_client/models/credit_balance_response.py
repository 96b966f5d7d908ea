from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CreditBalanceResponse")


@_attrs_define
class CreditBalanceResponse:
    """
    Attributes:
        success (bool):
        data (CreditBalance):
    """

    success: bool
    data: CreditBalance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "success" not in d:
            _drift.missing(
                "CreditBalanceResponse",
                "success",
                not src_dict.keys().isdisjoint(
                    (
                        "success",
                        "data",
                    )
                ),
            )
            success = cast(Any, None)
        else:
            success = d.pop("success")

        if "data" not in d:
            _drift.missing(
                "CreditBalanceResponse",
                "data",
                not src_dict.keys().isdisjoint(
                    (
                        "success",
                        "data",
                    )
                ),
            )
            data = cast(Any, None)
        else:
            data = CreditBalance.from_dict(d.pop("data"))

        credit_balance_response = cls(
            success=success,
            data=data,
        )

        credit_balance_response.additional_properties = d
        return credit_balance_response

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


from ..models.credit_balance import CreditBalance  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error envelope of every endpoint page: `success: false` and a human message.
    The live API sends some bodies without `success` (D17), so it is not required.
    The upper-case codes in the reference tables (`TRAINING_NOT_FOUND`, …) are
    documentation labels, not response content.

        Attributes:
            message (str):
            success (bool | Unset):
            code (str | Unset): A machine-readable code, sent by the newer pages' errors
                (`AGENT_IS_PUBLISHED`, `PHONE_NUMBER_IN_USE`, …); the client's typed errors match on it.
            details (ErrorDetails | Unset): More about the error (e.g. the counts behind `OPTIMIZED_COSTS_NOT_ELIGIBLE`).
            errors (ErrorErrors | Unset): On a 422 that refuses fields, `field -> [messages]`.
    """

    message: str
    success: bool | Unset = UNSET
    code: str | Unset = UNSET
    details: ErrorDetails | Unset = UNSET
    errors: ErrorErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        success = self.success

        code = self.code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if code is not UNSET:
            field_dict["code"] = code
        if details is not UNSET:
            field_dict["details"] = details
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "message" not in d:
            _drift.missing(
                "Error",
                "message",
                not src_dict.keys().isdisjoint(
                    (
                        "message",
                        "success",
                        "code",
                        "details",
                        "errors",
                    )
                ),
            )
            message = cast(Any, None)
        else:
            message = d.pop("message")

        success = d.pop("success", UNSET)

        code = d.pop("code", UNSET)

        _details = d.pop("details", UNSET)
        details: ErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorDetails.from_dict(_details)

        _errors = d.pop("errors", UNSET)
        errors: ErrorErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ErrorErrors.from_dict(_errors)

        error = cls(
            message=message,
            success=success,
            code=code,
            details=details,
            errors=errors,
        )

        error.additional_properties = d
        return error

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


from ..models.error_details import ErrorDetails  # noqa: E402
from ..models.error_errors import ErrorErrors  # noqa: E402

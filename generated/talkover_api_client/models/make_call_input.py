from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="MakeCallInput")


@_attrs_define
class MakeCallInput:
    """
    Attributes:
        to (str): The number to call, in international form (`+1234567890`). A number that is not
            is refused with 400 `INVALID_PHONE_NUMBER`, as the page says (D39).
        payload (MakeCallInputPayload | Unset): Values for the placeholders of the agent's prompt.
        context (MakeCallInputContext | Unset): Your own data, echoed in every webhook event of the call.
        delay_seconds (int | Unset): Seconds to wait before the call is placed; 0 when not sent (D56).
        is_testing (bool | Unset): A test call is not billed (no credits needed); false when not sent (D56).
    """

    to: str
    payload: MakeCallInputPayload | Unset = UNSET
    context: MakeCallInputContext | Unset = UNSET
    delay_seconds: int | Unset = UNSET
    is_testing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        delay_seconds = self.delay_seconds

        is_testing = self.is_testing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if context is not UNSET:
            field_dict["context"] = context
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds
        if is_testing is not UNSET:
            field_dict["is_testing"] = is_testing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "to" not in d:
            _drift.missing(
                "MakeCallInput",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "to",
                        "payload",
                        "context",
                        "delay_seconds",
                        "is_testing",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        _payload = d.pop("payload", UNSET)
        payload: MakeCallInputPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = MakeCallInputPayload.from_dict(_payload)

        _context = d.pop("context", UNSET)
        context: MakeCallInputContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = MakeCallInputContext.from_dict(_context)

        delay_seconds = d.pop("delay_seconds", UNSET)

        is_testing = d.pop("is_testing", UNSET)

        make_call_input = cls(
            to=to,
            payload=payload,
            context=context,
            delay_seconds=delay_seconds,
            is_testing=is_testing,
        )

        make_call_input.additional_properties = d
        return make_call_input

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


from ..models.make_call_input_context import MakeCallInputContext  # noqa: E402
from ..models.make_call_input_payload import MakeCallInputPayload  # noqa: E402

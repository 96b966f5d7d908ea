from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_event import AgentEvent, check_agent_event
from ..models.call_status import CallStatus, check_call_status
from ..models.direction import Direction, check_direction

T = TypeVar("T", bound="CallEventPayload")


@_attrs_define
class CallEventPayload:
    """The body of an agent event of a call (D57).

    Attributes:
        event (AgentEvent): An agent event a webhook can subscribe to (the keys of `available_events`).
        call_id (str):
        agent_id (str):
        campaign_id (None | str): The campaign the call was placed for, if any.
        to (str):
        from_ (str):
        direction (Direction):
        status (CallStatus): `initiated`, `ringing` and `answered` are active; `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        duration (int):
        ended_reason (None | str):
        is_testing (bool):
        context (CallEventPayloadContext): The `context` given to Make a Call, as it was given.
        timestamp (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    event: AgentEvent
    call_id: str
    agent_id: str
    campaign_id: None | str
    to: str
    from_: str
    direction: Direction
    status: CallStatus
    duration: int
    ended_reason: None | str
    is_testing: bool
    context: CallEventPayloadContext
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        call_id = self.call_id

        agent_id = self.agent_id

        campaign_id: None | str
        campaign_id = self.campaign_id

        to = self.to

        from_ = self.from_

        direction: str = self.direction

        status: str = self.status

        duration = self.duration

        ended_reason: None | str
        ended_reason = self.ended_reason

        is_testing = self.is_testing

        context = self.context.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "call_id": call_id,
                "agent_id": agent_id,
                "campaign_id": campaign_id,
                "to": to,
                "from": from_,
                "direction": direction,
                "status": status,
                "duration": duration,
                "ended_reason": ended_reason,
                "is_testing": is_testing,
                "context": context,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = check_agent_event(d.pop("event"))

        call_id = d.pop("call_id")

        agent_id = d.pop("agent_id")

        campaign_id = cast("None | str", d.pop("campaign_id"))

        to = d.pop("to")

        from_ = d.pop("from")

        direction = check_direction(d.pop("direction"))

        status = check_call_status(d.pop("status"))

        duration = d.pop("duration")

        ended_reason = cast("None | str", d.pop("ended_reason"))

        is_testing = d.pop("is_testing")

        context = CallEventPayloadContext.from_dict(d.pop("context"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        call_event_payload = cls(
            event=event,
            call_id=call_id,
            agent_id=agent_id,
            campaign_id=campaign_id,
            to=to,
            from_=from_,
            direction=direction,
            status=status,
            duration=duration,
            ended_reason=ended_reason,
            is_testing=is_testing,
            context=context,
            timestamp=timestamp,
        )

        call_event_payload.additional_properties = d
        return call_event_payload

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


from ..models.call_event_payload_context import CallEventPayloadContext  # noqa: E402

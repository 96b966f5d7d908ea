from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
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
        if "event" not in d:
            _drift.missing(
                "CallEventPayload",
                "event",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            event = cast(Any, None)
        else:
            event = check_agent_event(d.pop("event"))

        if "call_id" not in d:
            _drift.missing(
                "CallEventPayload",
                "call_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            call_id = cast(Any, None)
        else:
            call_id = d.pop("call_id")

        if "agent_id" not in d:
            _drift.missing(
                "CallEventPayload",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "campaign_id" not in d:
            _drift.missing(
                "CallEventPayload",
                "campaign_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            campaign_id = cast(Any, None)
        else:
            campaign_id = cast("None | str", d.pop("campaign_id"))

        if "to" not in d:
            _drift.missing(
                "CallEventPayload",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        if "from" not in d:
            _drift.missing(
                "CallEventPayload",
                "from",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            from_ = cast(Any, None)
        else:
            from_ = d.pop("from")

        if "direction" not in d:
            _drift.missing(
                "CallEventPayload",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            direction = cast(Any, None)
        else:
            direction = check_direction(d.pop("direction"))

        if "status" not in d:
            _drift.missing(
                "CallEventPayload",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_call_status(d.pop("status"))

        if "duration" not in d:
            _drift.missing(
                "CallEventPayload",
                "duration",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            duration = cast(Any, None)
        else:
            duration = d.pop("duration")

        if "ended_reason" not in d:
            _drift.missing(
                "CallEventPayload",
                "ended_reason",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            ended_reason = cast(Any, None)
        else:
            ended_reason = cast("None | str", d.pop("ended_reason"))

        if "is_testing" not in d:
            _drift.missing(
                "CallEventPayload",
                "is_testing",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            is_testing = cast(Any, None)
        else:
            is_testing = d.pop("is_testing")

        if "context" not in d:
            _drift.missing(
                "CallEventPayload",
                "context",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            context = cast(Any, None)
        else:
            context = CallEventPayloadContext.from_dict(d.pop("context"))

        if "timestamp" not in d:
            _drift.missing(
                "CallEventPayload",
                "timestamp",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "call_id",
                        "agent_id",
                        "campaign_id",
                        "to",
                        "from",
                        "direction",
                        "status",
                        "duration",
                        "ended_reason",
                        "is_testing",
                        "context",
                        "timestamp",
                    )
                ),
            )
            timestamp = cast(Any, None)
        else:
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

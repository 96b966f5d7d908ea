from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.call_status import CallStatus, check_call_status
from ..models.direction import Direction, check_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentCall")


@_attrs_define
class AgentCall:
    """A call, as Get Agent Calls shows it.

    Attributes:
        id (str):
        sid (str): The telephony provider's call SID.
        to (str):
        to_formatted (str):
        from_ (str):
        from_formatted (str):
        is_testing (bool):
        direction (Direction):
        status (CallStatus): `initiated`, `ringing` and `answered` are active; `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        duration (int): Seconds the call lasted once answered (0 until it has ended).
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        ended_reason (None | str | Unset): `ended_by_api`, `hangup`, `busy`, `no-answer` or `failed` once ended (D39).
        campaign_id (None | str | Unset): The campaign the call was placed for, if any.
    """

    id: str
    sid: str
    to: str
    to_formatted: str
    from_: str
    from_formatted: str
    is_testing: bool
    direction: Direction
    status: CallStatus
    duration: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    ended_reason: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sid = self.sid

        to = self.to

        to_formatted = self.to_formatted

        from_ = self.from_

        from_formatted = self.from_formatted

        is_testing = self.is_testing

        direction: str = self.direction

        status: str = self.status

        duration = self.duration

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        ended_reason: None | str | Unset
        if isinstance(self.ended_reason, Unset):
            ended_reason = UNSET
        else:
            ended_reason = self.ended_reason

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sid": sid,
                "to": to,
                "to_formatted": to_formatted,
                "from": from_,
                "from_formatted": from_formatted,
                "is_testing": is_testing,
                "direction": direction,
                "status": status,
                "duration": duration,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if ended_reason is not UNSET:
            field_dict["ended_reason"] = ended_reason
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "AgentCall",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "sid" not in d:
            _drift.missing(
                "AgentCall",
                "sid",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            sid = cast(Any, None)
        else:
            sid = d.pop("sid")

        if "to" not in d:
            _drift.missing(
                "AgentCall",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        if "to_formatted" not in d:
            _drift.missing(
                "AgentCall",
                "to_formatted",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            to_formatted = cast(Any, None)
        else:
            to_formatted = d.pop("to_formatted")

        if "from" not in d:
            _drift.missing(
                "AgentCall",
                "from",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            from_ = cast(Any, None)
        else:
            from_ = d.pop("from")

        if "from_formatted" not in d:
            _drift.missing(
                "AgentCall",
                "from_formatted",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            from_formatted = cast(Any, None)
        else:
            from_formatted = d.pop("from_formatted")

        if "is_testing" not in d:
            _drift.missing(
                "AgentCall",
                "is_testing",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            is_testing = cast(Any, None)
        else:
            is_testing = d.pop("is_testing")

        if "direction" not in d:
            _drift.missing(
                "AgentCall",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            direction = cast(Any, None)
        else:
            direction = check_direction(d.pop("direction"))

        if "status" not in d:
            _drift.missing(
                "AgentCall",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_call_status(d.pop("status"))

        if "duration" not in d:
            _drift.missing(
                "AgentCall",
                "duration",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            duration = cast(Any, None)
        else:
            duration = d.pop("duration")

        if "created_at" not in d:
            _drift.missing(
                "AgentCall",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "AgentCall",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "sid",
                        "to",
                        "to_formatted",
                        "from",
                        "from_formatted",
                        "is_testing",
                        "direction",
                        "status",
                        "duration",
                        "created_at",
                        "updated_at",
                        "ended_reason",
                        "campaign_id",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        ended_reason = cast("None | str | Unset", d.pop("ended_reason", UNSET))

        campaign_id = cast("None | str | Unset", d.pop("campaign_id", UNSET))

        agent_call = cls(
            id=id,
            sid=sid,
            to=to,
            to_formatted=to_formatted,
            from_=from_,
            from_formatted=from_formatted,
            is_testing=is_testing,
            direction=direction,
            status=status,
            duration=duration,
            created_at=created_at,
            updated_at=updated_at,
            ended_reason=ended_reason,
            campaign_id=campaign_id,
        )

        agent_call.additional_properties = d
        return agent_call

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

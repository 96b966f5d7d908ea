"""A typed client of the mock's control plane (``/__mock__``), for tests written in Python:
move the clock, set an environment's credits, plan and card, review release requests, move a
call on, plant faults, reset, snapshot and restore. In-process or against a served mock:

    from talkover_mock.control_client import MockControl

    control = MockControl("http://127.0.0.1:8080")          # a served mock (talkover-mock)
    control = MockControl.in_process(app)                   # the app of create_app(...)
    control.advance_clock(40)                               # calls ring, answer, end
    control.set_credits(0)                                  # the demo environment is broke

pytest users get it as the ``talkover_control`` fixture (``talkover_mock.pytest_plugin``),
wired to the same in-process mock as ``talkover_sdk``. A refusal raises
:class:`ControlPlaneError` with the plane's message; nothing here knows the mock's insides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import httpx

from .control import ADMIN_HEADER
from .demo import DEMO_ENVIRONMENT_ID

CallEnd = Literal["completed", "busy", "no-answer", "failed"]


class ControlPlaneError(RuntimeError):
    """The control plane refused a request: ``status`` and its ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status, self.message = status, message


@dataclass(frozen=True)
class ClockAdvance:
    now: str
    """The mock's clock after the move (ISO 8601, UTC)."""
    fired: int
    """Timed steps run on the way (a call's next status, a campaign call placed, ...)."""


class MockControl:
    """The control plane of one mock. ``base``: the mock's origin (``http://127.0.0.1:8080``),
    or its API base URL (``.../api/v1``), or ``.../__mock__`` itself. ``admin_token``: the
    mock's ``--admin-token`` when it has one."""

    def __init__(
        self,
        base: str = "http://127.0.0.1:8080",
        *,
        admin_token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        origin = base.rstrip("/").removesuffix("/__mock__").removesuffix("/api/v1")
        headers = {ADMIN_HEADER: admin_token} if admin_token else {}
        self._http = httpx.Client(
            base_url=f"{origin}/__mock__", headers=headers, transport=transport, timeout=timeout
        )

    @classmethod
    def in_process(cls, app: Any, *, admin_token: str | None = None) -> MockControl:
        """The control plane of ``app`` (``create_app(...)``), called in-process."""
        from .inprocess import sync_transport

        return cls("http://talkover-mock", admin_token=admin_token, transport=sync_transport(app))

    def __enter__(self) -> MockControl:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, body: Any = None) -> Any:
        response = self._http.request(method, path, json=body)
        if response.status_code != 200:
            try:
                message = str(response.json().get("message", response.text))
            except ValueError:
                message = response.text[:300]
            raise ControlPlaneError(response.status_code, message)
        return response.json()

    # -- state --------------------------------------------------------------------------------

    def reset(self, *, demo: bool = False) -> None:
        """Empty the mock (``demo=True``: back to the demo data)."""
        self._send("POST", "/reset", {"demo": demo} if demo else {})

    def seed(self, fixture: dict[str, Any]) -> None:
        """Load a fixture (the shape of ``talkover-mock --fixture``)."""
        self._send("POST", "/seed", fixture)

    def state(self) -> dict[str, Any]:
        """Everything the mock holds, as a fixture (secrets redacted)."""
        state: dict[str, Any] = self._send("GET", "/state")
        return state

    def snapshot(self) -> str:
        """Set the state aside; answers the snapshot's id for :meth:`restore`."""
        return str(self._send("POST", "/snapshots", {})["id"])

    def restore(self, snapshot_id: str) -> None:
        self._send("POST", f"/snapshots/{snapshot_id}/restore", {})

    # -- time ---------------------------------------------------------------------------------

    def now(self) -> str:
        """The mock's clock."""
        return str(self._send("GET", "/clock")["now"])

    def advance_clock(self, seconds: float) -> ClockAdvance:
        """Move the clock ahead and run what became due (calls progress, campaigns place their
        calls, SFTP jobs end)."""
        moved = self._send("POST", "/clock/advance", {"seconds": seconds})
        return ClockAdvance(now=str(moved["now"]), fired=int(moved["fired"]))

    def advance_call(self, call_id: str, *, to: CallEnd | None = None) -> dict[str, Any]:
        """One call's next step, or (``to=``) every step to that end; answers the call."""
        moved: dict[str, Any] = self._send(
            "POST", f"/calls/{call_id}/advance", {"to": to} if to else {}
        )["data"]
        return moved

    # -- an environment's settings ------------------------------------------------------------

    def set_credits(self, balance: float, *, environment: str = DEMO_ENVIRONMENT_ID) -> float:
        answer = self._send("PUT", f"/environments/{environment}/credits", {"balance": balance})
        return float(answer["balance"])

    def credits(self, *, environment: str = DEMO_ENVIRONMENT_ID) -> float:
        return float(self._send("GET", f"/environments/{environment}/credits")["balance"])

    def set_plan(self, *, environment: str = DEMO_ENVIRONMENT_ID, **flags: bool) -> dict[str, bool]:
        """Turn plan flags on or off (``allow_custom_sip_trunks=False``); answers them all."""
        plan: dict[str, bool] = self._send("PUT", f"/environments/{environment}/plan", flags)[
            "plan"
        ]
        return plan

    def decline_payments(
        self, reason: str | None = "card_declined", *, environment: str = DEMO_ENVIRONMENT_ID
    ) -> None:
        """Every charge of the environment's card fails with ``reason`` (None: they pass)."""
        self._send("PUT", f"/environments/{environment}/payments", {"decline": reason})

    # -- what happens outside the API ---------------------------------------------------------

    def approve_release(self, request_id: str) -> dict[str, Any]:
        """Approve a phone number's pending release request (D32)."""
        answer: dict[str, Any] = self._send("POST", f"/release-requests/{request_id}/approve", {})
        return answer

    def reject_release(self, request_id: str, reason: str | None = None) -> dict[str, Any]:
        body = {"reason": reason} if reason else {}
        answer: dict[str, Any] = self._send("POST", f"/release-requests/{request_id}/reject", body)
        return answer

    def authorize_provider(self, connection_id: str, *, granted: bool = True) -> dict[str, Any]:
        """The user completes (or refuses) a calendar provider connection's OAuth flow: granted
        makes it active and starts its first sync (D60). Answers the connection."""
        outcome = "granted" if granted else "denied"
        path = f"/calendar-providers/{connection_id}/authorization"
        answer: dict[str, Any] = self._send("POST", path, {"outcome": outcome})
        return answer

    def emit_event(
        self, agent_id: str, event: str, data: dict[str, Any] | None = None
    ) -> list[str]:
        """Deliver an agent event to the agent's subscribed webhooks; answers the log ids."""
        answer = self._send(
            "POST", "/events", {"agent_id": agent_id, "event": event, "data": data or {}}
        )
        return [str(i) for i in answer["data"]["log_ids"]]

    def deliveries_in_flight(self) -> int:
        """Deliveries being sent or waiting for a retry."""
        return int(self._send("GET", "/deliveries")["in_flight"])

    # -- planted bugs (for testing a test suite) ----------------------------------------------

    def plant_faults(self, *names: str) -> list[str]:
        """Switch faults on (none: all off); answers those on. ``talkover-mock --help`` lists
        them."""
        return [str(n) for n in self._send("PUT", "/faults", {"faults": list(names)})["faults"]]

    def faults(self) -> list[str]:
        return [str(n) for n in self._send("GET", "/faults")["faults"]]

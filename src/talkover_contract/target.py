"""What the contract suite runs against, and what it may do there.

One rule for the ``talkover-contract`` run and the pytest suite alike:
- no base URL: the embedded target (the mock, found through an entry point, never imported),
  read-write;
- a base URL whose server answers the mock's control plane (``/__mock__``): read-write, and the
  model-based test runs there through that control plane;
- any other server: read-only (GET only: every write method is excluded by name, and
  schemathesis' probes of undocumented methods are off), unless writes are asked for with a
  scratch agent, and then every request is aimed at that one agent.

``--read-only`` / ``--read-write`` (``TALKOVER_CONTRACT_MODE``) override the detection; the
target says what was chosen and why (:attr:`Target.mode`). The suite reads its own variables
(``TALKOVER_CONTRACT_*``), never the client's ``TALKOVER_API_TOKEN`` / ``TALKOVER_BASE_URL``:
a developer whose shell points the client at production does not point the fuzzer there by
running the tests.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace

import httpx

from talkover_spec.extensions import all_operations

from . import embedded

BASE_URL_ENV = "TALKOVER_CONTRACT_BASE_URL"
TOKEN_ENV = "TALKOVER_CONTRACT_TOKEN"  # noqa: S105 - a variable name
AGENT_ENV = "TALKOVER_CONTRACT_AGENT_ID"
OTHER_TOKEN_ENV = "TALKOVER_CONTRACT_OTHER_TOKEN"  # noqa: S105 - a variable name
USER_TOKEN_ENV = "TALKOVER_CONTRACT_USER_TOKEN"  # noqa: S105 - a variable name
"""The Account API's token (``userAuth``); without one its operations are not run, and the
run says so."""
MODE_ENV = "TALKOVER_CONTRACT_MODE"
ALLOW_WRITES_ENV = "TALKOVER_CONTRACT_ALLOW_WRITES"
SCRATCH_AGENT_ENV = "TALKOVER_CONTRACT_SCRATCH_AGENT"
AGENT_ONLY_ENV = "TALKOVER_CONTRACT_AGENT_ONLY"
"""Set by the suite itself: every generated agent id becomes the scratch agent."""

WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
MODES = ("auto", "read-only", "read-write")


class TargetError(ValueError):
    """The target is not fully described (a message for the user, never with the token)."""


@dataclass(frozen=True)
class Target:
    base_url: str | None
    """None: the embedded target, in-process."""
    token: str
    agent_id: str | None
    other_token: str | None
    writes: bool
    """Whether write operations may be sent."""
    control: bool
    """The target answers the mock's control plane (``/__mock__``): reset, state, faults,
    clock. The model-based test needs it."""
    reason: str = ""
    """Why the mode is what it is (shown at the start of a run)."""
    agent_only: bool = False
    """Every generated agent id is replaced by ``agent_id`` (writes to a foreign server)."""
    user_token: str | None = None
    """A user token for the Account API's operations (None: they are not run)."""

    @property
    def in_process(self) -> bool:
        return self.base_url is None

    @property
    def control_url(self) -> str | None:
        """The control plane's root (``/__mock__``), when the target has one."""
        if not self.control or self.base_url is None:
            return None
        return str(httpx.URL(self.base_url).copy_with(path="/__mock__", query=None))

    @property
    def mode(self) -> str:
        kind = (
            "embedded mock"
            if self.in_process
            else "server with the mock's control plane"
            if self.control
            else "external server"
        )
        access = "read-write" if self.writes else "read-only"
        return f"{kind}, {access}" + (f" ({self.reason})" if self.reason else "")

    def authorization(self, method: str, path: str) -> dict[str, str]:
        """The header an operation's cases carry: the user token for the Account API's
        (``userAuth``, D61), the environment token for every other."""
        user = (method.upper(), path) in _USER_AUTH
        return {"Authorization": f"Bearer {self.user_token if user else self.token}"}

    def hook_environment(self) -> dict[str, str]:
        """What the schemathesis hooks and checks read (in this process or a child)."""
        env = {TOKEN_ENV: self.token}
        if self.agent_id:
            env[AGENT_ENV] = self.agent_id
        if self.other_token:
            env[OTHER_TOKEN_ENV] = self.other_token
        if self.agent_only:
            env[AGENT_ONLY_ENV] = "1"
        if self.user_token:
            env[USER_TOKEN_ENV] = self.user_token
        return env


_USER_AUTH = frozenset(
    (op.method, op.path) for op in all_operations() if op.security_scheme == "userAuth"
)


def has_control_plane(base_url: str) -> bool:
    """Whether the server at ``base_url`` answers the mock's control plane
    (``GET /__mock__/faults``, or its admin-token refusal off loopback)."""
    origin = httpx.URL(base_url).copy_with(path="/__mock__/faults", query=None)
    try:
        response = httpx.get(origin, timeout=5)
        body = response.json()
    except (httpx.HTTPError, ValueError):
        return False
    if not isinstance(body, dict):
        return False
    if response.status_code == 200:
        return "faults" in body
    return response.status_code == 401 and "X-Mock-Admin-Token" in str(body.get("message", ""))


def discover_agent(base_url: str, token: str) -> str | None:
    """An agent the token owns, to aim generated ids at (a published one when there is one):
    from List Agents, the one request every target answers. None when it cannot be read."""
    try:
        response = httpx.get(
            f"{base_url}/agents", params={"per_page": 100},
            headers={"Authorization": f"Bearer {token}"}, timeout=10,
        )  # fmt: skip
        agents = response.json().get("data") if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    if not isinstance(agents, list):
        return None
    ids = [a for a in agents if isinstance(a, dict) and isinstance(a.get("id"), str)]
    published = [a["id"] for a in ids if a.get("current_status") == "published"]
    chosen = published or [a["id"] for a in ids]
    return str(chosen[0]) if chosen else None


def resolve(
    base_url: str | None,
    *,
    token: str | None = None,
    agent_id: str | None = None,
    other_token: str | None = None,
    mode: str = "auto",
    scratch_agent: str | None = None,
    user_token: str | None = None,
) -> Target:
    found = _resolve(
        base_url, token=token, agent_id=agent_id, other_token=other_token, mode=mode,
        scratch_agent=scratch_agent,
    )  # fmt: skip
    if user_token is None and found.in_process:
        user_token = embedded.load().user_token
    return replace(found, user_token=user_token or None)


def _resolve(
    base_url: str | None,
    *,
    token: str | None,
    agent_id: str | None,
    other_token: str | None,
    mode: str,
    scratch_agent: str | None,
) -> Target:
    if mode not in MODES:
        raise TargetError(f"mode must be one of {', '.join(MODES)}")
    if base_url is None:
        found = embedded.load()
        return Target(
            None, token or found.token, agent_id or found.agent_id,
            other_token or found.other_token, writes=mode != "read-only", control=True,
            reason="embedded mock" if mode == "auto" else f"--{mode}",
        )  # fmt: skip
    base_url = base_url.rstrip("/")
    if not token:
        raise TargetError(f"a base URL needs a token (--token or ${TOKEN_ENV})")
    control = has_control_plane(base_url)
    if mode == "read-only" or (mode == "auto" and not control):
        why = "--read-only" if mode == "read-only" else "no control plane at /__mock__"
        return Target(
            base_url, token, agent_id or discover_agent(base_url, token), other_token,
            writes=False, control=control, reason=why,
        )  # fmt: skip
    if control:
        why = "--read-write" if mode == "read-write" else "it answers /__mock__"
        return Target(
            base_url, token, agent_id or discover_agent(base_url, token), other_token,
            writes=True, control=True, reason=why,
        )  # fmt: skip
    if not scratch_agent:
        raise TargetError(
            "writes to a server without the mock's control plane need a scratch agent"
            f" (--read-write needs --scratch-agent; ${MODE_ENV}=read-write needs"
            f" ${SCRATCH_AGENT_ENV})"
        )
    return Target(
        base_url, token, scratch_agent, other_token, writes=True, control=False,
        reason="--read-write, aimed at the scratch agent only", agent_only=True,
    )  # fmt: skip


def from_environment(environ: Mapping[str, str] | None = None) -> Target:
    """The pytest suite's target, from ``TALKOVER_CONTRACT_*`` only."""
    env = os.environ if environ is None else environ
    mode = env.get(MODE_ENV) or ("read-write" if env.get(ALLOW_WRITES_ENV) == "1" else "auto")
    return resolve(
        env.get(BASE_URL_ENV) or None,
        token=env.get(TOKEN_ENV),
        agent_id=env.get(AGENT_ENV),
        other_token=env.get(OTHER_TOKEN_ENV),
        mode=mode,
        scratch_agent=env.get(SCRATCH_AGENT_ENV),
        user_token=env.get(USER_TOKEN_ENV),
    )

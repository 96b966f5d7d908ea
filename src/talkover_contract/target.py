"""What the contract suite runs against, and what it may do there.

One rule for the ``talkover-contract`` run and the pytest suite alike:
- no base URL: the embedded mock (in-process for pytest, on a loopback port for the run);
- our mock at a base URL (it answers ``/__mock__/faults``): read-write;
- any other server: read-only (GET only: every write method is excluded by name, and
  schemathesis' probes of undocumented methods are off), unless writes are allowed with a
  scratch agent, and then every request is aimed at that one agent.

The suite reads its own variables (``TALKOVER_CONTRACT_*``), never the client's
``TALKOVER_API_TOKEN`` / ``TALKOVER_BASE_URL``: a developer whose shell points the client at
production does not point the fuzzer there by running the tests.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, OTHER_TOKEN

BASE_URL_ENV = "TALKOVER_CONTRACT_BASE_URL"
TOKEN_ENV = "TALKOVER_CONTRACT_TOKEN"  # noqa: S105 - a variable name
AGENT_ENV = "TALKOVER_CONTRACT_AGENT_ID"
OTHER_TOKEN_ENV = "TALKOVER_CONTRACT_OTHER_TOKEN"  # noqa: S105 - a variable name
ALLOW_WRITES_ENV = "TALKOVER_CONTRACT_ALLOW_WRITES"
SCRATCH_AGENT_ENV = "TALKOVER_CONTRACT_SCRATCH_AGENT"
AGENT_ONLY_ENV = "TALKOVER_CONTRACT_AGENT_ONLY"
"""Set by the suite itself: every generated agent id becomes the scratch agent."""

WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


class TargetError(ValueError):
    """The target is not fully described (a message for the user, never with the token)."""


@dataclass(frozen=True)
class Target:
    base_url: str | None
    """None: the embedded mock."""
    token: str
    agent_id: str | None
    other_token: str | None
    writes: bool
    """Whether write operations may be sent."""
    ours: bool
    """Our mock (embedded or served): its control plane may be used."""
    agent_only: bool = False
    """Every generated agent id is replaced by ``agent_id`` (writes to a foreign server)."""

    @property
    def in_process(self) -> bool:
        return self.base_url is None

    @property
    def mode(self) -> str:
        kind = "our mock" if self.ours else "external server"
        return f"{kind}, {'read-write' if self.writes else 'read-only'}"

    def hook_environment(self) -> dict[str, str]:
        """What the schemathesis hooks and checks read (in this process or a child)."""
        env = {TOKEN_ENV: self.token}
        if self.agent_id:
            env[AGENT_ENV] = self.agent_id
        if self.other_token:
            env[OTHER_TOKEN_ENV] = self.other_token
        if self.agent_only:
            env[AGENT_ONLY_ENV] = "1"
        return env


EMBEDDED = Target(None, DEMO_TOKEN, DEMO_AGENT_ID, OTHER_TOKEN, writes=True, ours=True)


def is_our_mock(base_url: str) -> bool:
    """Our mock answers ``/__mock__/faults``; the live API does not."""
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
    # A mock bound off loopback guards its control plane with an admin token.
    return response.status_code == 401 and "X-Mock-Admin-Token" in str(body.get("message", ""))


def resolve(
    base_url: str | None,
    *,
    token: str | None = None,
    agent_id: str | None = None,
    other_token: str | None = None,
    allow_writes: bool = False,
    scratch_agent: str | None = None,
) -> Target:
    if base_url is None:
        return EMBEDDED
    base_url = base_url.rstrip("/")
    if not token:
        raise TargetError(f"a base URL needs a token (--token or ${TOKEN_ENV})")
    if is_our_mock(base_url):
        return Target(base_url, token, agent_id or DEMO_AGENT_ID, other_token, True, True)
    if allow_writes:
        if not scratch_agent:
            raise TargetError(
                f"writes to a server that is not our mock need a scratch agent "
                f"(--allow-writes needs --scratch-agent, {ALLOW_WRITES_ENV} needs "
                f"{SCRATCH_AGENT_ENV})"
            )
        return Target(base_url, token, scratch_agent, other_token, True, False, agent_only=True)
    return Target(base_url, token, agent_id, other_token, writes=False, ours=False)


def from_environment(environ: Mapping[str, str] | None = None) -> Target:
    """The pytest suite's target, from ``TALKOVER_CONTRACT_*`` only."""
    env = os.environ if environ is None else environ
    return resolve(
        env.get(BASE_URL_ENV) or None,
        token=env.get(TOKEN_ENV),
        agent_id=env.get(AGENT_ENV),
        other_token=env.get(OTHER_TOKEN_ENV),
        allow_writes=env.get(ALLOW_WRITES_ENV) == "1",
        scratch_agent=env.get(SCRATCH_AGENT_ENV),
    )

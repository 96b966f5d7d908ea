"""``talkover-contract``: run the contract suite (schemathesis, all phases, every check plus
ours) against the embedded mock, or against any server given with ``--base-url``.

Against a server that is not our mock the run is read-only unless ``--allow-writes`` is given
with a ``--scratch-agent``, and then every request is aimed at that one agent.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, OTHER_TOKEN
from talkover_mock.faults import Fault, parse_faults
from talkover_mock.server import serve_in_thread
from talkover_mock.spec import spec_path

from .hooks import AGENT_ENV, AGENT_ONLY_ENV

TOKEN_ENV = "TALKOVER_API_TOKEN"  # noqa: S105 - an environment variable's name
PROFILES = {"quick": 25, "ci": 100}
# The token reaches schemathesis through the environment, never through argv or a file.
# No failure cache: every run starts from the same seed alone, so runs (and the teeth tests,
# which plant bugs on purpose) do not replay each other's failures.
CONFIG = 'headers = { Authorization = "Bearer ${TALKOVER_API_TOKEN}" }\n[cache]\nenabled = false\n'


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="talkover-contract", description=__doc__.splitlines()[0])
    p.add_argument("--base-url", help="API base URL, e.g. https://app.talkover.ai/api/v1 "
                   "(default: start the embedded mock on a free loopback port)")  # fmt: skip
    p.add_argument("--token", help=f"bearer token (default ${TOKEN_ENV})")
    p.add_argument("--agent-id", help="an agent the token owns (default: the demo agent)")
    p.add_argument("--other-token", help="a token of another environment (isolation check)")
    p.add_argument("--allow-writes", action="store_true",
                   help="against a server not our mock, also run the writes")  # fmt: skip
    p.add_argument("--scratch-agent", help="with --allow-writes: the only agent the run may change")
    p.add_argument("--fault", action="append", default=[], metavar="NAME",
                   help="embedded mock only: turn on a fault switch ("
                   + ", ".join(f.value for f in Fault) + ")")  # fmt: skip
    p.add_argument("--profile", choices=sorted(PROFILES), default="ci",
                   help="examples per operation: quick=25, ci=100 (default ci)")  # fmt: skip
    p.add_argument("--max-examples", type=int, help="override the profile's examples per operation")
    p.add_argument("--seed", type=int, default=1, help="generation seed (default 1)")
    p.add_argument("--junit", type=Path, help="write a JUnit XML report here")
    return p


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


@contextlib.contextmanager
def embedded_mock(faults: frozenset[Fault]) -> Iterator[str]:
    app = create_app(MockConfig(database=":memory:", seed=20241115, faults=faults))
    with serve_in_thread(app) as base_url:
        yield base_url


def schemathesis_command(
    args: argparse.Namespace, base_url: str, config: Path, *, read_only: bool
) -> list[str]:
    examples = args.max_examples or PROFILES[args.profile]
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config),
        "run", str(spec_path()),
        "--url", base_url,
        "--checks", "all",
        "--mode", "all",
        "--phases", "examples,coverage,fuzzing,stateful",
        "--max-examples", str(examples),
        "--seed", str(args.seed),
        "--workers", "1",
        "--output-sanitize", "true",
    ]  # fmt: skip
    if read_only:
        command += ["--include-method", "GET"]
    if args.junit:
        command += ["--report", "junit", "--report-junit-path", str(args.junit)]
    return command


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        faults = parse_faults(args.fault)
    except ValueError as error:
        print(f"talkover-contract: {error}", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env["SCHEMATHESIS_HOOKS"] = "talkover_contract.hooks"
    with contextlib.ExitStack() as stack:
        token: str | None
        agent: str | None
        if args.base_url is None:
            base_url = stack.enter_context(embedded_mock(faults))
            token, agent, other, read_only = DEMO_TOKEN, DEMO_AGENT_ID, OTHER_TOKEN, False
            print(f"talkover-contract: embedded mock at {base_url}"
                  + (f" with faults {', '.join(sorted(faults))}" if faults else ""))  # fmt: skip
        else:
            if faults:
                print(
                    "talkover-contract: --fault applies to the embedded mock only", file=sys.stderr
                )
                return 2
            base_url = args.base_url.rstrip("/")
            token = args.token or os.environ.get(TOKEN_ENV)
            if not token:
                print(
                    f"talkover-contract: --base-url needs --token or ${TOKEN_ENV}", file=sys.stderr
                )
                return 2
            ours = is_our_mock(base_url)
            agent = args.agent_id or (DEMO_AGENT_ID if ours else None)
            other = args.other_token
            read_only = not ours and not args.allow_writes
            if args.allow_writes and not ours:
                if not args.scratch_agent:
                    print(
                        "talkover-contract: --allow-writes needs --scratch-agent", file=sys.stderr
                    )
                    return 2
                agent = args.scratch_agent
                env[AGENT_ONLY_ENV] = "1"
            mode = "read-only" if read_only else "read-write"
            kind = "our mock" if ours else "external server"
            print(f"talkover-contract: {base_url} ({kind}, {mode})")
        env[TOKEN_ENV] = token
        if agent:
            env[AGENT_ENV] = agent
        if other:
            env["TALKOVER_OTHER_TOKEN"] = other
        config = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "schemathesis.toml"
        config.write_text(CONFIG)
        command = schemathesis_command(args, base_url, config, read_only=read_only)
        sys.stdout.flush()
        return subprocess.call(command, env=env)  # noqa: S603


if __name__ == "__main__":
    sys.exit(main())

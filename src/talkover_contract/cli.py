"""talkover-contract: run the contract suite (schemathesis: examples, coverage, fuzzing and
stateful phases, every built-in check plus ours) against the embedded mock, or against any
server given with --base-url.

Against our mock (started here, or one at --base-url) the run reads and writes. Against any
other server it is read-only: only GET operations are sent (POST, PUT, PATCH and DELETE are
excluded by name, and probes with undocumented methods are off). --allow-writes with
--scratch-agent ID also runs the writes, every one aimed at that agent. The token comes from
--token or $TALKOVER_CONTRACT_TOKEN and reaches schemathesis only through the environment.
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

from talkover_mock import MockConfig, create_app
from talkover_mock.faults import Fault, parse_faults
from talkover_mock.server import serve_in_thread
from talkover_spec import spec_path

from .config import schemathesis_toml
from .target import (
    AGENT_ENV,
    OTHER_TOKEN_ENV,
    TOKEN_ENV,
    WRITE_METHODS,
    Target,
    TargetError,
    is_our_mock,
    resolve,
)

__all__ = ["is_our_mock", "main", "parser", "schemathesis_command"]

PROFILES = {"quick": 25, "ci": 100}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="talkover-contract",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--base-url", help="API base URL, e.g. https://app.talkover.ai/api/v1 "
                   "(default: start the embedded mock on a free loopback port)")  # fmt: skip
    p.add_argument("--token", help=f"bearer token (default ${TOKEN_ENV})")
    p.add_argument("--agent-id", help="an agent the token owns (default: the demo agent)")
    p.add_argument("--other-token", help="a token of another environment (isolation check)")
    p.add_argument("--allow-writes", action="store_true",
                   help="against a server that is not our mock, also run the writes "
                   "(needs --scratch-agent)")  # fmt: skip
    p.add_argument("--scratch-agent", help="with --allow-writes: the only agent the run may change")
    p.add_argument("--fault", action="append", default=[], metavar="NAME",
                   help="embedded mock only: turn on a fault switch ("
                   + ", ".join(f.value for f in Fault) + ")")  # fmt: skip
    p.add_argument("--profile", choices=sorted(PROFILES), default="ci",
                   help="examples per operation: quick=25, ci=100 (default ci)")  # fmt: skip
    p.add_argument("--max-examples", type=int, help="override the profile's examples per operation")
    p.add_argument("--seed", type=int, default=1, help="generation seed (default 1)")
    p.add_argument("--junit", type=Path, help="write a JUnit XML report here")
    p.add_argument("--tag", action="append", default=[], metavar="TAG",
                   help="only the operations with this tag (repeatable: any of them), e.g."
                   " --tag Calls --tag Campaigns")  # fmt: skip
    return p


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
        for method in WRITE_METHODS:
            command += ["--exclude-method", method]
    for tag in args.tag:
        command += ["--include-tag", tag]
    if args.junit:
        command += ["--report", "junit", "--report-junit-path", str(args.junit)]
    return command


def _target(args: argparse.Namespace) -> Target:
    return resolve(
        args.base_url,
        token=args.token or os.environ.get(TOKEN_ENV),
        agent_id=args.agent_id,
        other_token=args.other_token or os.environ.get(OTHER_TOKEN_ENV),
        allow_writes=args.allow_writes,
        scratch_agent=args.scratch_agent,
    )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        faults = parse_faults(args.fault)
    except ValueError as error:
        print(f"talkover-contract: {error}", file=sys.stderr)
        return 2
    if faults and args.base_url is not None:
        print("talkover-contract: --fault applies to the embedded mock only", file=sys.stderr)
        return 2
    try:
        target = _target(args)
    except TargetError as error:
        print(f"talkover-contract: {error}", file=sys.stderr)
        return 2
    env = {key: value for key, value in os.environ.items() if key != AGENT_ENV}
    env["SCHEMATHESIS_HOOKS"] = "talkover_contract.hooks"
    env.update(target.hook_environment())
    with contextlib.ExitStack() as stack:
        if target.in_process:
            base_url = stack.enter_context(embedded_mock(faults))
            print(f"talkover-contract: embedded mock at {base_url}"
                  + (f" with faults {', '.join(sorted(faults))}" if faults else ""))  # fmt: skip
        else:
            assert target.base_url is not None
            base_url = target.base_url
            print(f"talkover-contract: {base_url} ({target.mode})")
        config = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "schemathesis.toml"
        # The token reaches schemathesis through the environment, never through argv or a file.
        config.write_text(schemathesis_toml(read_only=not target.writes))
        command = schemathesis_command(args, base_url, config, read_only=not target.writes)
        sys.stdout.flush()
        return subprocess.call(command, env=env)  # noqa: S603


if __name__ == "__main__":
    sys.exit(main())

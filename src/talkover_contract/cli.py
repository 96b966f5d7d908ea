"""talkover-contract: run the contract suite (schemathesis: examples, coverage, fuzzing and
stateful phases, every built-in check plus ours) against the embedded mock, or against any
server given with --base-url.

A server that answers the mock's control plane (/__mock__) is read-write; any other server is
read-only: only GET operations are sent (POST, PUT, PATCH and DELETE are
excluded by name, and probes with undocumented methods are off). --read-only and --read-write
override the detection (--read-write on a server without the control plane needs
--scratch-agent ID, and every write is aimed at that agent). --reset restores a served mock's
state after the run. The token comes from --token or $TALKOVER_CONTRACT_TOKEN and reaches
schemathesis only through the environment.

Green means tested: a token refused everywhere, or an operation that no case could reach,
fails the run with one sentence (and a JUnit failure); partial refusals are listed.

`talkover-contract config` writes the plain schemathesis configuration the run uses;
`talkover-contract proxy --upstream URL` checks an application's real traffic against the spec
(see `talkover-contract proxy --help`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from talkover_spec import spec_path
from talkover_spec.extensions import Operation, all_operations

from . import discovery, embedded, junit, tally
from .config import schemathesis_toml
from .target import (
    AGENT_ENV,
    OTHER_TOKEN_ENV,
    TOKEN_ENV,
    USER_TOKEN_ENV,
    WRITE_METHODS,
    Target,
    TargetError,
    has_control_plane,
    resolve,
)

__all__ = ["has_control_plane", "main", "parser", "schemathesis_command"]

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
    p.add_argument("--agent-id", help="an agent the token owns (default: one List Agents shows)")
    p.add_argument("--other-token", help="a token of another environment (isolation check)")
    p.add_argument(
        "--user-token",
        help="a user token for the Account API (default $TALKOVER_CONTRACT_USER_TOKEN; the"
        " embedded mock's own); without one the Account API is not run, and the run says so",
    )
    access = p.add_mutually_exclusive_group()
    access.add_argument("--read-only", action="store_const", const="read-only", dest="mode",
                        help="send GET operations only, whatever the target")  # fmt: skip
    access.add_argument("--read-write", action="store_const", const="read-write", dest="mode",
                        help="send writes too (a server without the control plane needs"
                        " --scratch-agent)")  # fmt: skip
    access.add_argument("--allow-writes", action="store_const", const="read-write", dest="mode",
                        help=argparse.SUPPRESS)  # fmt: skip
    p.add_argument("--scratch-agent", help="with --read-write on a server without the control"
                   " plane: the only agent the run may change")  # fmt: skip
    p.add_argument("--reset", action="store_true",
                   help="a served mock: put its state back as it was after the run"
                   " (a snapshot through its control plane)")  # fmt: skip
    p.add_argument("--fault", action="append", default=[], metavar="NAME",
                   help="embedded mock only: turn on a fault switch (talkover-mock --help"
                   " lists them)")  # fmt: skip
    p.add_argument("--profile", choices=sorted(PROFILES), default="ci",
                   help="examples per operation: quick=25, ci=100 (default ci)")  # fmt: skip
    p.add_argument("--max-examples", type=int, help="override the profile's examples per operation")
    p.add_argument("--seed", type=int, default=1, help="generation seed (default 1)")
    p.add_argument("--junit", type=Path, help="write a JUnit XML report here")
    p.add_argument("--tag", action="append", default=[], metavar="TAG",
                   help="only the operations with this tag (repeatable: any of them), e.g."
                   " --tag Calls --tag Campaigns")  # fmt: skip
    p.set_defaults(mode="auto")
    return p


def config_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="talkover-contract config",
        description="Write the schemathesis configuration of the contract run, from the spec:"
        " plain `schemathesis --config-file FILE run openapi/talkover.yaml --url URL` then runs"
        " its phases and checks.",
    )
    p.add_argument("-o", "--output", type=Path, help="write here (default: standard output)")
    p.add_argument("--read-only", action="store_true", help="no probes with other methods")
    p.add_argument(
        "--no-user-token", action="store_true",
        help="do not send $TALKOVER_CONTRACT_USER_TOKEN on the Account API (exclude its tag)",
    )  # fmt: skip
    p.add_argument(
        "--hooks", action="store_true",
        help="also name the kit's hooks (its own checks; needs talkover[contract])",
    )  # fmt: skip
    return p


def selected_operations(tags: list[str], *, read_only: bool) -> list[Operation]:
    return [
        op
        for op in all_operations()
        if (not tags or set(tags) & set(op.tags)) and not (read_only and op.method in WRITE_METHODS)
    ]


def phases(operations: list[Operation]) -> tuple[list[str], str | None]:
    """The run's phases, and a note when one has nothing to do: the stateful phase follows the
    spec's links, so it needs a link between two selected operations."""
    ids = {op.operation_id for op in operations}
    linked = any(op.link_targets & ids for op in operations)
    if linked:
        return ["examples", "coverage", "fuzzing", "stateful"], None
    note = "stateful phase skipped: no link of the spec joins two of the selected operations"
    return ["examples", "coverage", "fuzzing"], note


def schemathesis_command(
    args: argparse.Namespace,
    base_url: str,
    config: Path,
    *,
    read_only: bool,
    run_phases: list[str] | None = None,
) -> list[str]:
    examples = args.max_examples or PROFILES[args.profile]
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config),
        "run", str(spec_path()),
        "--url", base_url,
        "--checks", "all",
        "--mode", "all",
        "--phases", ",".join(run_phases or ["examples", "coverage", "fuzzing", "stateful"]),
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def served_embedded(faults: list[str]) -> Iterator[str]:
    """The embedded target as a process of its own on a free loopback port: the run then
    speaks to it exactly as to any served target."""
    port = _free_port()
    command = embedded.load().serve_command(port, faults)
    process = subprocess.Popen(  # noqa: S603 - our own module, no shell
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/__mock__/clock", timeout=1)
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode() if process.stderr else ""
                    raise RuntimeError(f"the embedded mock did not start: {error}") from None
                time.sleep(0.05)
        yield f"{base}/api/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if process.stderr is not None:
            process.stderr.close()


def preflight(base_url: str, token: str) -> str | None:
    """Why the run cannot test anything, in one sentence (None: go): the token is refused
    where every target must accept it, or the target cannot be reached."""
    try:
        response = httpx.get(
            f"{base_url}/agents", params={"per_page": 1},
            headers={"Authorization": f"Bearer {token}"}, timeout=30,
        )  # fmt: skip
    except httpx.HTTPError as error:
        return f"The target cannot be reached at {base_url} ({type(error).__name__})."
    if response.status_code in (401, 403):
        return (
            f"The token was refused ({response.status_code}) by GET /agents at {base_url}:"
            " nothing can be tested with it. Check the token (expired? another environment's?)."
        )
    return None


def _fetcher(base_url: str, token: str) -> discovery.Fetch:
    def fetch(path: str) -> object:
        try:
            response = httpx.get(
                f"{base_url}{path}", params={"per_page": 20},
                headers={"Authorization": f"Bearer {token}"}, timeout=30,
            )  # fmt: skip
            return response.json() if response.status_code == 200 else None
        except (httpx.HTTPError, ValueError):
            return None

    return fetch


def _target(args: argparse.Namespace) -> Target:
    return resolve(
        args.base_url,
        token=args.token or os.environ.get(TOKEN_ENV),
        agent_id=args.agent_id,
        other_token=args.other_token or os.environ.get(OTHER_TOKEN_ENV),
        mode=args.mode,
        scratch_agent=args.scratch_agent,
        user_token=args.user_token or os.environ.get(USER_TOKEN_ENV),
    )


def config_main(argv: list[str]) -> int:
    args = config_parser().parse_args(argv)
    text = schemathesis_toml(
        read_only=args.read_only, hooks=args.hooks, shared=True, user_token=not args.no_user_token
    )
    if args.output:
        args.output.write_text(text)
    else:
        sys.stdout.write(text)
    return 0


def proxy_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talkover-contract proxy",
        description=(
            "A reverse proxy that forwards every request to --upstream unchanged and checks each "
            "request and answer against the spec (operation known, parameters and body valid, "
            "status documented, body valid for it, documented headers present). A line per "
            "violation as it happens; on exit (Ctrl-C) a report per operation: calls, "
            "violations by kind with one example, operations never exercised. Never shows a "
            "token, a header's value or a value of a body."
        ),
    )
    parser.add_argument("--upstream", required=True, help="the API base URL to forward to, "
                        "e.g. https://app.talkover.ai/api/v1")  # fmt: skip
    parser.add_argument("--host", default="127.0.0.1", help="listen address (default loopback)")
    parser.add_argument("--port", type=int, default=8056, help="listen port (default 8056)")
    parser.add_argument("--json", type=Path, help="write the report as JSON here")
    parser.add_argument("--junit", type=Path, help="write the report as JUnit XML here")
    parser.add_argument(
        "--fail-on-violation", action="store_true", help="exit 1 when any violation was seen"
    )
    return parser


def proxy_main(argv: list[str]) -> int:
    from .proxy import serve

    args = proxy_parser().parse_args(argv)
    return serve(
        args.upstream, host=args.host, port=args.port, json_path=args.json,
        junit_path=args.junit, fail_on_violation=args.fail_on_violation,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["proxy"]:
        return proxy_main(argv[1:])
    if argv[:1] == ["config"]:
        return config_main(argv[1:])
    args = parser().parse_args(argv)
    if args.fault and args.base_url is not None:
        print("talkover-contract: --fault applies to the embedded mock only", file=sys.stderr)
        return 2
    try:
        target = _target(args)
    except (TargetError, embedded.NoEmbeddedTarget) as error:
        print(f"talkover-contract: {error}", file=sys.stderr)
        return 2
    if args.reset and (target.in_process or not target.control):
        print("talkover-contract: --reset needs a served target with the mock's control plane"
              " (the embedded mock starts fresh every run)", file=sys.stderr)  # fmt: skip
        return 2
    env = {key: value for key, value in os.environ.items() if key != AGENT_ENV}
    env["SCHEMATHESIS_HOOKS"] = "talkover_contract.hooks"
    env.update(target.hook_environment())
    operations = selected_operations(args.tag, read_only=not target.writes)
    if not operations:
        print(f"talkover-contract: no operation has the tag(s) {args.tag}", file=sys.stderr)
        return 2
    unrun = (
        [] if target.user_token else [op for op in operations if op.security_scheme == "userAuth"]
    )
    if unrun:
        operations = [op for op in operations if op not in unrun]
        print(
            f"talkover-contract: {len(unrun)} Account API operations skipped, because no user"
            f" token was given (--user-token or ${USER_TOKEN_ENV}): "
            + ", ".join(op.operation_id for op in unrun)
        )
        if not operations:
            return _fail(args, ["Every selected operation needs a user token."], "nothing sent")
    run_phases, note = phases(operations)
    with contextlib.ExitStack() as stack:
        if target.in_process:
            try:
                base_url = stack.enter_context(served_embedded(args.fault))
            except RuntimeError as error:
                print(f"talkover-contract: {error}", file=sys.stderr)
                return 2
            faults = f" with faults {', '.join(sorted(args.fault))}" if args.fault else ""
            print(f"talkover-contract: embedded mock at {base_url}{faults} ({target.mode})")
        else:
            assert target.base_url is not None
            base_url = target.base_url
            print(f"talkover-contract: {base_url} ({target.mode})")
        if note:
            print(f"talkover-contract: {note}")
        refusal = preflight(base_url, target.token)
        if refusal is not None:
            return _fail(args, [refusal], "no case was sent")
        found = discovery.discover(_fetcher(base_url, target.token), target.agent_id)
        env[discovery.IDS_ENV] = json.dumps(found)
        print(f"talkover-contract: ids of {len(found)} collections found on the target")
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if args.reset:
            stack.callback(_restore, target, _snapshot(target))
        config = work / "schemathesis.toml"
        # The token reaches schemathesis through the environment, never through argv or a file.
        config.write_text(
            schemathesis_toml(read_only=not target.writes, user_token=bool(target.user_token))
        )
        env[tally.TALLY_ENV] = str(work / "tally.jsonl")
        command = schemathesis_command(
            args, base_url, config, read_only=not target.writes, run_phases=run_phases
        )
        for op in unrun:
            command += ["--exclude-operation-id", op.operation_id]
        sys.stdout.flush()
        status = subprocess.call(command, env=env)  # noqa: S603
        verdict = tally.judge(tally.read(work / "tally.jsonl"), [op.label for op in operations])
    print(f"talkover-contract: {verdict.summary}")
    for line in verdict.notes:
        print(f"talkover-contract: partly refused: {line}")
    if verdict.problems:
        return _fail(args, verdict.problems, verdict.summary)
    if args.junit:
        junit.add_suite(args.junit, "talkover-contract", [("coverage", None, verdict.summary)])
    return status


def _fail(args: argparse.Namespace, problems: list[str], summary: str) -> int:
    for problem in problems:
        print(f"talkover-contract: FAILED: {problem}", file=sys.stderr)
    if args.junit:
        junit.add_suite(args.junit, "talkover-contract", [("coverage", problems, summary)])
    return 1


def _snapshot(target: Target) -> str:
    assert target.control_url is not None
    response = httpx.post(f"{target.control_url}/snapshots", json={}, timeout=60)
    response.raise_for_status()
    snapshot_id: str = response.json()["id"]
    print(f"talkover-contract: --reset: state saved ({snapshot_id}), restored after the run")
    return snapshot_id


def _restore(target: Target, snapshot_id: str) -> None:
    assert target.control_url is not None
    response = httpx.post(
        f"{target.control_url}/snapshots/{snapshot_id}/restore", json={}, timeout=60
    )
    response.raise_for_status()
    print("talkover-contract: --reset: the target's state is back as it was")


if __name__ == "__main__":
    sys.exit(main())

"""``talkover-mock``: serve the stateful mock on loopback."""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import json
import logging
import os
import secrets
import signal
import socket
import sys
import threading
import time

import uvicorn
from starlette.applications import Starlette

from . import demo
from .app import create_app
from .config import MockConfig, Targets
from .faults import Fault, all_faults, named, parse_faults
from .registry import FIXTURE_PARTS
from .statelock import StateFileInUse, StateLock
from .store import IncompatibleDatabase, Store

WORKER_CONFIG = "TALKOVER_MOCK_WORKER_CONFIG"
"""How the starting process hands the configuration to its workers (``--workers``)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def control_plane_token(host: str, given: str | None) -> str | None:
    """The admin token the control plane requires: the one given, or a fresh one whenever the
    server binds anything but loopback; None (open) on loopback without one."""
    if given is not None:
        return given
    return None if is_loopback(host) else secrets.token_urlsafe(24)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="talkover-mock",
        description="Serve a stateful mock of the Talkover API: every operation of the spec, with"
        " its documented rules, state kept in one SQLite file.",
        epilog="Fault switches (for testing the tests): " + ", ".join(f.name for f in all_faults()),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8055, help="port to bind (default 8055)")
    p.add_argument(
        "--db",
        default="talkover-mock.sqlite3",
        help="SQLite file that keeps the state across restarts, or :memory: (default %(default)s)",
    )
    p.add_argument("--seed", type=int, help="deterministic ids and clock from this seed")
    p.add_argument("--no-demo", action="store_true", help="do not create the demo data")
    p.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="NAME",
        help="turn on a fault switch (repeatable)",
    )
    p.add_argument(
        "--admin-token",
        help="token the control plane (/__mock__) requires; generated when binding off loopback",
    )
    p.add_argument("--access-log", action="store_true", help="log one JSON line per request")
    p.add_argument(
        "--webhook-targets",
        choices=[t.value for t in Targets],
        default=Targets.LOOPBACK.value,
        help="where webhook deliveries may go: loopback (default: nothing leaves this machine),"
        " any, or public (refuse loopback and private addresses, as the live service does)",
    )
    p.add_argument(
        "--webhook-backoff",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="delay before the first automatic retry of a failed delivery, doubled for each"
        " next one (default %(default)s)",
    )
    p.add_argument(
        "--call-rate-limit",
        type=int,
        default=100,
        metavar="N",
        help="Make a Call requests an environment may send per minute (default %(default)s,"
        " the Standard plan)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="serve with N processes on one database file (not with :memory: or --seed);"
        " caches stay correct across them (default 1)",
    )
    return p


def prepare_shared(config: MockConfig) -> MockConfig:
    """What the starting process does once before its workers start (holding the state file's
    lock itself): create the file, seed the demo when empty, switch the faults on for all, and
    leave the token that lets exactly one worker resume the deliveries of a previous run. The
    clock's stored offset is kept, so time does not go back across a restart. The workers'
    configuration."""
    store = Store(
        config.database, faults=config.faults, parts=FIXTURE_PARTS, shared=True, lock=False
    )
    try:
        if config.demo and store.is_empty():
            store.seed(demo.DEMO_FIXTURE)
        resume_token = secrets.token_hex(16)
        with store.transaction() as tx:
            tx.set_setting("faults", sorted(f.name for f in config.faults))
            tx.set_setting("delivery_resume", resume_token)
    finally:
        store.close()
    return dataclasses.replace(config, demo=False, resume_token=resume_token)


PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(parent: int) -> None:
    """In a worker: stop serving once the starting process is gone (SIGKILL leaves no one to
    stop the workers otherwise): SIGTERM to itself, which uvicorn answers with a graceful
    shutdown, and a hard exit if that has not ended the process 10 s later."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)
        os._exit(1)

    threading.Thread(target=watch, name="talkover-parent-watch", daemon=True).start()


def worker_app() -> Starlette:
    """The app of one worker process (uvicorn's factory), configured by ``WORKER_CONFIG``."""
    fields = json.loads(os.environ[WORKER_CONFIG])
    parent = fields.pop("supervisor_pid")
    fields["faults"] = frozenset(named(name) for name in fields["faults"])
    fields["webhook_targets"] = Targets(fields["webhook_targets"])
    exit_with_parent(parent)
    return create_app(MockConfig(**fields))


def port_taken(host: str, port: int) -> bool:
    """Whether ``host:port`` cannot be bound now (checked before anything is written, so a
    start that would fail on its port changes nothing)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def refuse(message: str) -> int:
    print(f"talkover-mock: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        faults = parse_faults(args.fault)
    except ValueError as error:
        print(f"talkover-mock: {error}", file=sys.stderr)
        return 2
    admin_token = control_plane_token(args.host, args.admin_token)
    if admin_token is not None and args.admin_token is None:
        print(f"Control plane admin token (X-Mock-Admin-Token): {admin_token}")
    config = MockConfig(
        database=args.db,
        seed=args.seed,
        faults=faults,
        admin_token=admin_token,
        demo=not args.no_demo,
        access_log=args.access_log,
        webhook_targets=Targets(args.webhook_targets),
        webhook_backoff=args.webhook_backoff,
        call_rate_limit=args.call_rate_limit,
        workers=args.workers,
    )
    if args.workers < 1 or (args.workers > 1 and (args.db == ":memory:" or args.seed is not None)):
        return refuse(
            "--workers N needs N >= 1, and above 1 a --db file and no --seed"
            " (processes share state through the file; a seeded run replays in one process)"
        )
    if port_taken(args.host, args.port):
        return refuse(f"cannot listen on {args.host}:{args.port}: the port is in use")
    try:
        return serve(args, config)
    except (StateFileInUse, IncompatibleDatabase) as error:
        return refuse(str(error))


def banner(args: argparse.Namespace, faults: frozenset[Fault]) -> None:
    base = f"http://{args.host}:{args.port}/api/v1"
    print(f"Talkover mock serving {base}  (state: {args.db})")
    if not args.no_demo:
        print(f"  demo token:        {demo.DEMO_TOKEN}")
        print(f"  published agent:   {demo.DEMO_AGENT_ID}")
        print(f"  draft agent:       {demo.DRAFT_AGENT_ID}")
        print(f"  other env token:   {demo.OTHER_TOKEN}  (agent {demo.OTHER_AGENT_ID})")
        print(f"  user token:        {demo.DEMO_USER_TOKEN}  (Account API, /api/user)")
    if faults:
        print(f"  faults on:         {', '.join(sorted(f.name for f in faults))}")
    if args.workers > 1:
        print(f"  workers:           {args.workers}")
    sys.stdout.flush()


def serve(args: argparse.Namespace, config: MockConfig) -> int:
    """Open the state (refused, before anything is written, when another mock holds the
    file), print the banner, serve until stopped."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.workers == 1:
        app = create_app(config)
        banner(args, config.faults)
        uvicorn.run(
            app, host=args.host, port=args.port, log_level="warning", access_log=False, ws="none"
        )
        return 0
    lock = StateLock(args.db, shared=False)
    try:
        shared = prepare_shared(config)
        lock.share()
        os.environ[WORKER_CONFIG] = json.dumps(
            {
                **dataclasses.asdict(shared),
                "faults": sorted(f.name for f in shared.faults),
                "webhook_targets": shared.webhook_targets.value,
                "supervisor_pid": os.getpid(),
            }
        )
        banner(args, config.faults)
        uvicorn.run(
            "talkover_mock.cli:worker_app",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level="warning",
            access_log=False,
            ws="none",  # no websocket routes: never import a websockets library
        )
    finally:
        lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())

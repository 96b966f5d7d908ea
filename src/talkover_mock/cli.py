"""``talkover-mock``: serve the stateful mock on loopback."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import secrets
import sys

import uvicorn

from . import demo
from .app import create_app
from .config import MockConfig, Targets
from .faults import Fault, parse_faults


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
        description="Serve a stateful mock of the Talkover API (agents and trainings).",
        epilog="Fault switches (for testing the tests): " + ", ".join(f.value for f in Fault),
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
    return p


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
    )
    app = create_app(config)
    base = f"http://{args.host}:{args.port}/api/v1"
    print(f"Talkover mock serving {base}  (state: {args.db})")
    if not args.no_demo:
        print(f"  demo token:        {demo.DEMO_TOKEN}")
        print(f"  published agent:   {demo.DEMO_AGENT_ID}")
        print(f"  draft agent:       {demo.DRAFT_AGENT_ID}")
        print(f"  other env token:   {demo.OTHER_TOKEN}  (agent {demo.OTHER_AGENT_ID})")
    if faults:
        print(f"  faults on:         {', '.join(sorted(faults))}")
    sys.stdout.flush()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

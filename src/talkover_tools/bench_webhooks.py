"""Benchmark: webhook deliveries under load must not slow the API (issue 13).

Each scenario serves the mock over loopback HTTP, points ``webhooks`` webhooks at one receiver,
measures the latency of ``probes`` sequential GET list trainings with no delivery in flight
(idle), then fires one event that every webhook subscribes to and measures the same requests
while all the deliveries are held by the receiver (loaded). ``slow``: the receiver answers after
``delay`` seconds. ``dead``: it never answers; every delivery times out (5 s). Afterwards every
delivery must have its final log entry: nothing lost.

    .venv/bin/python -m talkover_tools.bench_webhooks [--webhooks 100] [--smoke]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from typing import Any

import httpx

from talkover.testing import WebhookReceiver
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.server import serve_in_thread

DEAD_TIMEOUT = 5


def _latencies(client: httpx.Client, probes: int) -> list[float]:
    found = []
    for _ in range(probes):
        started = time.perf_counter()
        response = client.get(f"/agents/{DEMO_AGENT_ID}/trainings")
        found.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return found


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def scenario(name: str, *, webhooks: int, probes: int, delay: float) -> dict[str, Any]:
    app = create_app(MockConfig(seed=5))
    dead = name == "dead"
    receiver = WebhookReceiver(delay=0 if dead else delay)
    gate = receiver.gate = threading.Event()
    with serve_in_thread(app) as base, receiver:
        client = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {DEMO_TOKEN}"})
        control = base.removesuffix("/api/v1") + "/__mock__"
        ids = []
        for n in range(webhooks):
            body = {
                "name": f"Hook {n}", "webhook_url": receiver.url, "max_retries": 0,
                "events": ["event_phone_call_ended"], "timeout": DEAD_TIMEOUT if dead else 30,
            }  # fmt: skip
            ids.append(
                client.post(f"/agents/{DEMO_AGENT_ID}/webhooks", json=body).json()["data"]["id"]
            )
        _latencies(client, 20)  # warm-up
        idle = _latencies(client, probes)
        event = {"agent_id": DEMO_AGENT_ID, "event": "event_phone_call_ended"}
        client.post(f"{control}/events", json=event).raise_for_status()
        receiver.wait_for(webhooks, timeout=30)  # every delivery is at the receiver, unanswered
        if not dead:
            gate.set()  # from now on each one takes `delay` seconds
        loaded = _latencies(client, probes)
        in_flight = client.get(f"{control}/deliveries").json()["in_flight"]
        deadline = time.monotonic() + DEAD_TIMEOUT + delay + 30
        while client.get(f"{control}/deliveries").json()["in_flight"] and (
            time.monotonic() < deadline
        ):
            time.sleep(0.1)
        gate.set()
        final = {"success": 0, "failed": 0}
        for hook_id in ids:
            for entry in client.get(f"/agents/{DEMO_AGENT_ID}/webhooks/{hook_id}/logs").json()[
                "data"
            ]:
                if entry["status"] in final:
                    final[entry["status"]] += 1
        client.close()
    app.state.deliverer.close(grace=1.0)
    idle_median, loaded_median = statistics.median(idle), statistics.median(loaded)
    return {
        "scenario": name,
        "webhooks": webhooks,
        "idle_median_ms": round(idle_median, 2),
        "idle_p95_ms": round(_p95(idle), 2),
        "loaded_median_ms": round(loaded_median, 2),
        "loaded_p95_ms": round(_p95(loaded), 2),
        "ratio": round(loaded_median / idle_median, 2),
        "in_flight_while_loaded": in_flight,
        "logged": final,
        "lost": webhooks - final["success"] - final["failed"],
    }


def run(*, webhooks: int, probes: int, delay: float) -> list[dict[str, Any]]:
    return [
        scenario(name, webhooks=webhooks, probes=probes, delay=delay) for name in ("slow", "dead")
    ]


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| receiver | webhooks | idle median / p95 (ms) | loaded median / p95 (ms)"
        " | ratio (target at most 2) | in flight | logged | lost |",
        "|---|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['scenario']} | {r['webhooks']} | {r['idle_median_ms']} / {r['idle_p95_ms']}"
            f" | {r['loaded_median_ms']} / {r['loaded_p95_ms']} | {r['ratio']}x"
            f" | {r['in_flight_while_loaded']} | {r['logged']['success']} success,"
            f" {r['logged']['failed']} failed | {r['lost']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_webhooks", description=__doc__.splitlines()[0])
    parser.add_argument("--webhooks", type=int, default=100)
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--delay", type=float, default=3.0, help="the slow receiver's delay (s)")
    parser.add_argument("--smoke", action="store_true", help="10 webhooks, a short run (tests)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.webhooks, args.probes, args.delay = 10, 30, 0.5
    results = run(webhooks=args.webhooks, probes=args.probes, delay=args.delay)
    print(json.dumps(results, indent=2))
    print()
    print(table(results))
    return 1 if any(r["lost"] for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())

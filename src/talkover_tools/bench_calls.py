"""Benchmark: calls and campaigns on the mock's clock (issue 14).

Serves the mock over loopback HTTP (real time, so its ticker runs) and measures:

- ``busy``: the latency of ``probes`` sequential GET List Calls (a page of 20) right after
  ``calls`` calls were placed, while the ticker runs their steps;
- ``settled``: the same once the clock has ended them all (the same calls, nothing due): the
  ratio is what the clock's work costs a request;
- ``day``: a campaign with ``calls`` queued calls (windows at midnight) and a day's advance of
  the clock: how long the control plane takes to place, ring, answer and end them all (one
  request), and that every call ended as its number says (nothing stuck, nothing lost).

    .venv/bin/python -m talkover_tools.bench_calls [--calls 500] [--smoke]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

import httpx

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN, OUTBOUND_AGENT_ID
from talkover_mock.server import serve_in_thread


def _latencies(client: httpx.Client, probes: int) -> list[float]:
    found = []
    for _ in range(probes):
        started = time.perf_counter()
        response = client.get("/calls", params={"per_page": 20})
        found.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return found


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def run(*, calls: int, probes: int) -> dict[str, Any]:
    app = create_app(MockConfig(call_rate_limit=calls * 10))
    with serve_in_thread(app) as base:
        client = httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}, timeout=600
        )
        control = httpx.Client(base_url=base.removesuffix("/api/v1") + "/__mock__", timeout=600)
        control.put("/environments/env_demo/credits", json={"balance": 1e6}).raise_for_status()
        _latencies(client, 20)  # warm-up
        for n in range(calls):
            client.post(
                f"/agents/{OUTBOUND_AGENT_ID}/call",
                json={"to": f"+1555{n:07d}", "delay_seconds": n % 30, "is_testing": True},
            ).raise_for_status()
        busy = _latencies(client, probes)  # the ticker moves those calls along meanwhile
        control.post("/clock/advance", json={"seconds": 120}).raise_for_status()
        settled = _latencies(client, probes)
        campaign = client.post(
            "/campaigns",
            json={"name": "Bench", "campaign_type": "sales", "agent_id": OUTBOUND_AGENT_ID,
                  "start_date": "2024-01-01", "days_of_week": [1, 2, 3, 4, 5, 6, 7],
                  "call_time_ranges": [{"start": "00:00", "end": "00:01"}], "timezone": "UTC",
                  "max_retries": 0},
        ).json()["data"]["id"]  # fmt: skip
        client.patch(f"/campaigns/{campaign}/status", json={"status": "active"})
        for n in range(calls):
            client.post(
                f"/campaigns/{campaign}/call", json={"to": f"+1666{n:07d}", "is_testing": True}
            ).raise_for_status()
        started = time.perf_counter()
        moved = control.post("/clock/advance", json={"seconds": 86400}).json()
        day_seconds = time.perf_counter() - started
        detail = client.get(f"/campaigns/{campaign}").json()["data"]
        statuses: dict[str, int] = {}
        for entry in detail["calls"]:
            statuses[entry["status"]] = statuses.get(entry["status"], 0) + 1
        total = client.get("/calls", params={"per_page": 1}).json()["pagination"]["total"]
        client.close()
        control.close()
    app.state.deliverer.close(grace=1.0)
    settled_median, busy_median = statistics.median(settled), statistics.median(busy)
    ended = sum(statuses.get(s, 0) for s in ("completed", "busy", "no-answer", "failed"))
    return {
        "calls": calls,
        "busy_median_ms": round(busy_median, 2),
        "busy_p95_ms": round(_p95(busy), 2),
        "settled_median_ms": round(settled_median, 2),
        "settled_p95_ms": round(_p95(settled), 2),
        "ratio": round(busy_median / settled_median, 2),
        "day_advance_s": round(day_seconds, 2),
        "steps_fired": moved["fired"],
        "steps_per_s": round(moved["fired"] / day_seconds),
        "campaign_statuses": statuses,
        "calls_listed": total,
        "stuck": calls - ended,
    }


def table(result: dict[str, Any]) -> str:
    r = result
    return "\n".join(
        [
            "| calls | List Calls while they progress, median / p95 (ms) | once ended (ms)"
            " | ratio | a day's advance (s) | steps fired | steps/s | stuck |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {r['calls']} | {r['busy_median_ms']} / {r['busy_p95_ms']}"
            f" | {r['settled_median_ms']} / {r['settled_p95_ms']} | {r['ratio']}x"
            f" | {r['day_advance_s']} | {r['steps_fired']} | {r['steps_per_s']} | {r['stuck']} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_calls", description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--smoke", action="store_true", help="20 calls, a short run (tests)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.calls, args.probes = 20, 30
    result = run(calls=args.calls, probes=args.probes)
    print(json.dumps(result, indent=2))
    print()
    print(table(result))
    return 1 if result["stuck"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

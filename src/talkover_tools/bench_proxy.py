"""What the conformance proxy adds to a request: the served mock alone against the mock behind
``talkover-contract proxy``, each its own process, the same requests from ``clients`` threads
(Get Agent and List Trainings, keep-alive), runs alternating A B A B."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

import httpx

from talkover_mock.demo import DEMO_AGENT_ID as AGENT
from talkover_mock.demo import DEMO_TOKEN as TOKEN
from talkover_mock.server import free_port


def _load(base_url: str, requests: int, clients: int) -> list[float]:
    latencies: list[float] = []
    lock = threading.Lock()

    def one_client() -> None:
        mine: list[float] = []
        with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as http:
            for n in range(requests // clients):
                path = f"/agents/{AGENT}" if n % 2 else f"/agents/{AGENT}/trainings"
                started = time.perf_counter()
                response = http.get(path)
                mine.append(time.perf_counter() - started)
                response.raise_for_status()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=one_client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(requests: int = 2000, clients: int = 4, rounds: int = 2) -> dict[str, Any]:
    from .bench import _wait_until_up

    folder = tempfile.mkdtemp(prefix="talkover-proxy-bench-")
    mock_port, proxy_port = free_port(), free_port()
    mock_url = f"http://127.0.0.1:{mock_port}/api/v1"
    processes = [
        subprocess.Popen(  # noqa: S603 - our own modules, fixed arguments
            [
                sys.executable,
                "-m",
                "talkover_mock.cli",
                "--port",
                str(mock_port),
                "--db",
                f"{folder}/state.sqlite3",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    ]
    try:
        _wait_until_up(f"{mock_url}/health", processes[0])
        processes.append(
            subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "talkover_contract.cli",
                    "proxy",
                    "--upstream",
                    mock_url,
                    "--port",
                    str(proxy_port),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        proxy_url = f"http://127.0.0.1:{proxy_port}/api/v1"
        _wait_until_up(f"{proxy_url}/health", processes[1])
        seen: dict[str, list[float]] = {"direct": [], "proxy": []}
        for _ in range(rounds):
            seen["direct"] += _load(mock_url, requests, clients)
            seen["proxy"] += _load(proxy_url, requests, clients)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
    figures = {
        name: {
            "p50_ms": statistics.median(values) * 1000,
            "p99_ms": _percentile(values, 0.99) * 1000,
            "requests": len(values),
        }
        for name, values in seen.items()
    }
    figures["added"] = {
        "p50_ms": figures["proxy"]["p50_ms"] - figures["direct"]["p50_ms"],
        "p99_ms": figures["proxy"]["p99_ms"] - figures["direct"]["p99_ms"],
        "requests": 0,
    }
    figures["clients"] = {"p50_ms": 0.0, "p99_ms": 0.0, "requests": clients}
    return figures


def table(figures: dict[str, Any]) -> str:
    direct, proxy, added = figures["direct"], figures["proxy"], figures["added"]
    return "\n".join([
        f"| conformance proxy ({figures['clients']['requests']} clients, keep-alive) "
        "| p50 (ms) | p99 (ms) |",
        "|---|---:|---:|",
        f"| the mock | {direct['p50_ms']:.2f} | {direct['p99_ms']:.2f} |",
        f"| the mock behind the proxy | {proxy['p50_ms']:.2f} | {proxy['p99_ms']:.2f} |",
        f"| added by the proxy | {added['p50_ms']:.2f} | {added['p99_ms']:.2f} |",
    ])  # fmt: skip

"""The benchmark script keeps working (a smoke run of seconds); its figures are never asserted
as timings here: they live in docs/benchmarks.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from talkover_tools import bench

from .tools import missing_tool, require_executable

pytestmark = pytest.mark.system

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8123/api/v1/agents/x/trainings
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     4.30ms  591.17us  12.13ms   89.12%
    Req/Sec     7.56k   310.22     7.89k    84.00%
  Latency Distribution
     50%    4.19ms
     75%    4.40ms
     90%    4.70ms
     99%  780.00us
  37612 requests in 5.00s, 57.47MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 12
Requests/sec:   7522.36
Transfer/sec:     11.49MB
"""


def test_parse_wrk_output() -> None:
    assert bench.parse_wrk(WRK_OUTPUT) == (7522.36, 4.19, 0.78, 37612, 12, 3)


def test_bench_smoke_run_prints_the_table_and_writes_figures(tmp_path: Path) -> None:
    prism = bench.ROOT / "node_modules" / ".bin" / "prism"
    require_executable("wrk", "apt-get install wrk")
    if not prism.exists():
        missing_tool("the benchmark needs Prism (scripts/setup-node)")
    done = subprocess.run(
        [sys.executable, "-m", "talkover_tools.bench", "--smoke"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "| GET list | talkover-mock |" in done.stdout
    assert "mock / Prism req/s" in done.stdout
    figures = json.loads(bench.RESULTS.read_text())
    before = f"mock-{bench.BEFORE_THE_LAYER}"
    in_clone = bench._export(bench.BEFORE_THE_LAYER, tmp_path / "old")
    assert {r["server"] for r in figures["wrk"]} == {
        "talkover-mock", "mock-2-workers", "prism", "bare-asgi", *([before] if in_clone else [])
    }  # fmt: skip
    if in_clone:
        assert f"mock / the mock of {bench.BEFORE_THE_LAYER}" in done.stdout
    assert {r["request"] for r in figures["wrk"]} == {load.name for load in bench.LOADS}
    assert all(r["non_2xx"] == 0 for r in figures["wrk"] if r["server"] != "bare-asgi")
    assert "2 workers / 1 worker" in done.stdout
    assert figures["suite"]["ci_profile_passed"] is True
    assert "| slow | 10 |" in done.stdout
    assert [d["lost"] for d in figures["webhook_deliveries"]] == [0, 0]
    assert figures["calls"]["stuck"] == 0
    assert "| 20 |" in done.stdout  # the calls table
    assert [g["size"] for g in figures["growth"]] == [10, 100]
    assert "| get agent |" in done.stdout
    assert figures["startup"]["mock_start_s"] > 0
    assert "import talkover" in done.stdout

"""Benchmarks, side by side with what a user would pick instead, as ratios (``scripts/bench``).

1. Servers under wrk (loopback, server on core 0, wrk on core 1, rounds A B C A B C …):
   our mock as the README serves it (``talkover-mock``: validation + SQLite file) against
   Stoplight Prism (static mode, logging at error level) and a bare ASGI app with a fixed body
   on the same uvicorn stack (the stack's ceiling). GET list trainings (5 trainings present)
   and POST create/update training (an upsert on one node_id, so the state stays the same size).
2. Client overhead: one call through the generated client + runtime layer, and through
   ``Talkover()``, against raw httpx, both keeping their connection, against the same loopback
   mock (``--client`` runs only this).
3. The contract suite: CI-profile wall time; cases per second in-process against loopback.
4. Regeneration plus drift check.
5. Webhook deliveries under load (``bench_webhooks``): API latency with 100 deliveries held by
   a slow or dead receiver, against idle; nothing lost.
6. Calls on the mock's clock (``bench_calls``): List Calls with 500 calls in progress against
   idle, and a day's advance of a campaign of 500 calls; none stuck.
7. Growth with data and memory (``bench_growth``): lists and gets at 10, 1,000 and 100,000
   records, RSS, cache sizes; the curves in ``docs/growth.png``.
8. Start-up: ``import talkover`` and the mock's start to its first answer.

Raw figures go to ``build/bench/results.json``; the table is printed as Markdown.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from talkover_mock.demo import DEMO_AGENT_ID, DEMO_FIXTURE, DEMO_TOKEN, DRAFT_AGENT_ID
from talkover_mock.server import free_port
from talkover_spec import API_PREFIX, spec_path

from . import bench_calls, bench_growth, bench_proxy, bench_webhooks

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "build" / "bench" / "results.json"
AUTH = f"Bearer {DEMO_TOKEN}"
POST_BODY = '{"node_id": "bench", "subject": "Benchmark", "instructions": "Answer briefly."}'
BARE_APP = """
BODY = b'{"success":true,"data":[]}'
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": BODY})
"""


@dataclass
class WrkResult:
    server: str
    request: str
    round: int
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    errors: int


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse_wrk(output: str) -> tuple[float, float, float, int, int, int]:
    """(req/s, p50 ms, p99 ms, requests, non-2xx, socket errors) from ``wrk --latency``."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non_2xx_match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors_match = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = sum(int(n) for n in errors_match.groups()) if errors_match else 0
    return rps, p50, p99, requests, int(non_2xx_match.group(1)) if non_2xx_match else 0, errors


def _pinned(core: int, command: list[str]) -> list[str]:
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", str(core), *command]
    return command


def _wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early: {url}")
        try:
            httpx.get(url, headers={"Authorization": AUTH}, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not come up: {url}")


@contextmanager
def _serve(command: list[str], probe: str) -> Iterator[None]:
    quiet = subprocess.DEVNULL
    # One process on core 0, wrk on core 1; several workers get every core (and share one
    # with wrk: the 2-worker figures say what two processes give on this machine, no more).
    pinned = command if "--workers" in command else _pinned(0, command)
    process = subprocess.Popen(pinned, stdout=quiet, stderr=quiet)  # noqa: S603
    try:
        _wait_until_up(probe, process)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass(frozen=True)
class Server:
    name: str
    command: list[str]
    base: str  # URL prefix of the API paths


BEFORE_THE_LAYER = "04ffacf"
"""The mock's last commit before the resource layer: issue 26 measures the write path against
it, side by side in one run."""


def _export(commit: str, into: Path) -> bool:
    """The commit's ``src``, ``generated`` and ``openapi`` into ``into``; False when the clone
    does not have it (a shallow clone): the comparison is then left out, and says so."""
    archive = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "archive", commit, "src", "generated", "openapi"],  # noqa: S607
        capture_output=True, check=False,
    )  # fmt: skip
    if archive.returncode != 0:
        return False
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)  # noqa: S603, S607
    return True


def servers(tmp: Path) -> list[Server]:
    python = sys.executable
    mock_port, workers_port, prism_port, bare_port, old_port = (free_port() for _ in range(5))
    (tmp / "bare_app.py").write_text(BARE_APP)
    prism = ROOT / "node_modules" / ".bin" / "prism"

    def mock(port: int, database: str, *extra: str) -> list[str]:
        # The rate limit of Make a Call is raised so that the benchmark measures the work of a
        # call, not 429s.
        return [python, "-m", "talkover_mock.cli", "--port", str(port), "--db",
                str(tmp / database), "--call-rate-limit", "100000000", *extra]  # fmt: skip

    old = tmp / BEFORE_THE_LAYER
    previous = []
    if _export(BEFORE_THE_LAYER, old):
        previous.append(Server(
            f"mock-{BEFORE_THE_LAYER}",
            ["env", f"PYTHONPATH={old / 'src'}{os.pathsep}{old / 'generated'}", python, "-m",
             "talkover_mock.cli", "--port", str(old_port), "--db", str(tmp / OLD_DB)],
            _api(old_port),
        ))  # fmt: skip
    return [
        *previous,
        Server("talkover-mock", mock(mock_port, RUN_DB), _api(mock_port)),
        Server("mock-2-workers", mock(workers_port, RUN_DB, "--workers", "2"), _api(workers_port)),
        Server(
            "prism",
            [str(prism), "mock", str(spec_path()), "-p", str(prism_port), "-v", "error"],
            f"http://127.0.0.1:{prism_port}",
        ),
        Server(
            "bare-asgi",
            [
                python,
                "-m",
                "uvicorn",
                "--app-dir",
                str(tmp),
                "bare_app:app",
                "--port",
                str(bare_port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            f"http://127.0.0.1:{bare_port}",
        ),
    ]


RUN_DB, TEMPLATE_DB, OLD_DB = "run.sqlite3", "template.sqlite3", "old.sqlite3"
"""Each run of the mock starts on a copy of the template (the demo, five trainings, the
campaigns of the status load), so that no load sees the state another left."""
CAMPAIGNS = 2048
"""Campaigns the status load pauses and resumes in turn (``STATUS_SCRIPT``)."""
STATUS_SCRIPT = f"""
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/json"
local n, seen = -1, {{}}
request = function()
  n = n + 1
  local k = n % {CAMPAIGNS}
  local next = seen[k] == "paused" and "active" or "paused"
  local path = string.gsub(wrk.path, "bench%-campaign%-0", "bench-campaign-" .. k)
  return wrk.format(nil, path, nil, '{{"status": "' .. next .. '"}}')
end
response = function(status, headers, body)
  local k = string.match(body, '"id":"bench%-campaign%-(%d+)"')
  local now = string.match(body, '"status":"(%a+)"')
  if k and now then seen[tonumber(k)] = now end
end
"""
"""Request n pauses or resumes campaign n % 2048, whichever the campaign's last answer makes
legal: requests to one campaign are 2,048 apart (its last answer is in), and a request wrk
generated but never sent (on a connection opened late) cannot put the alternation out of
step."""


def _fresh_state(tmp: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        source, target = tmp / (TEMPLATE_DB + suffix), tmp / (RUN_DB + suffix)
        target.unlink(missing_ok=True)
        if source.exists():
            shutil.copyfile(source, target)
        (tmp / (OLD_DB + suffix)).unlink(missing_ok=True)  # the old mock seeds its own demo


def _api(port: int) -> str:
    return f"http://127.0.0.1:{port}/api/v1"


@dataclass(frozen=True)
class Load:
    """One request measured under wrk: its path, the wrk Lua script that shapes it (None for a
    plain GET), and the servers it runs against."""

    name: str
    path: str
    script: str | None
    servers: tuple[str, ...] = ("talkover-mock", "prism")


def _lua(
    method: str, body: str | None = None, *, bodies: str | None = None, path: str = "nil"
) -> str:
    """A wrk script: a fixed ``body``, or ``bodies`` and ``path``, Lua expressions of the
    counter ``n`` (a new body each request: another phone number, the other campaign status;
    another campaign's path)."""
    script = f'wrk.method = "{method}"\nwrk.headers["Content-Type"] = "application/json"\n'
    if body is not None:
        return script + f"wrk.body = {json.dumps(body)}\n"
    return script + (
        "local n = -1\nrequest = function()\n  n = n + 1\n"
        f"  return wrk.format(nil, {path}, nil, {bodies})\nend\n"
    )


KNOWLEDGE = {
    "description": "Answers questions about orders.",
    "interrupt_sensitivity": "high",
    "ask_if_human_present_on_idle": True,
    "llm_temperature": 0.8,
    "initial_message_delay": 2,
}
WEBHOOK = {
    "name": "Bench",
    "webhook_url": "https://example.com/hook",
    "events": ["event_phone_call_ended"],
}

LOADS = [
    Load("GET list", f"/agents/{DEMO_AGENT_ID}/trainings", None,
         ("talkover-mock", f"mock-{BEFORE_THE_LAYER}", "mock-2-workers", "prism", "bare-asgi")),
    Load("POST upsert", f"/agents/{DEMO_AGENT_ID}/trainings", _lua("POST", POST_BODY),
         ("talkover-mock", f"mock-{BEFORE_THE_LAYER}", "mock-2-workers", "prism")),
    Load("GET agent", f"/agents/{DEMO_AGENT_ID}", None),
    Load("PUT knowledge", f"/agents/{DRAFT_AGENT_ID}/knowledge",
         _lua("PUT", json.dumps(KNOWLEDGE))),
    Load("POST webhook", f"/agents/{DEMO_AGENT_ID}/webhooks", _lua("POST", json.dumps(WEBHOOK))),
    Load("PATCH status", "/campaigns/bench-campaign-0/status", STATUS_SCRIPT),
    Load("POST call", f"/agents/{DEMO_AGENT_ID}/call", _lua(
        "POST", bodies='string.format(\'{"to": "+1555%07d", "is_testing": true}\', n)')),
]  # fmt: skip
"""Reads and writes of each family: trainings (with the 2-worker mock and the bare stack's
ceiling), an agent read and update, a webhook created, a campaign paused and resumed in turn,
a call made (each to a new number)."""


def _wrk(url: str, seconds: float, connections: int, script: Path | None) -> str:
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
        "-H",
        f"Authorization: {AUTH}",
    ]
    if script is not None:
        command += ["-s", str(script)]
    done = subprocess.run(_pinned(1, [*command, url]), capture_output=True, text=True, check=True)  # noqa: S603
    return done.stdout


def bench_servers(
    rounds: int, seconds: float, connections: int, loads: list[Load] | None = None
) -> list[WrkResult]:
    """Each load against each of its servers, rounds alternating the servers (A B C, A B C);
    every run on a fresh server process (a write's state does not carry into the next)."""
    results: list[WrkResult] = []
    with tempfile.TemporaryDirectory(prefix="talkover-bench-") as folder:
        tmp = Path(folder)
        plan = {server.name: server for server in servers(tmp)}
        if f"mock-{BEFORE_THE_LAYER}" not in plan:
            print(f"  (commit {BEFORE_THE_LAYER} is not in this clone: left out)", flush=True)
        _prepare_template(plan["talkover-mock"], tmp)
        for load in loads or LOADS:
            script = None
            if load.script is not None:
                script = tmp / f"load-{load.name.replace(' ', '-')}.lua"
                script.write_text(load.script)
            for round_ in range(rounds):
                for server in (plan[n] for n in load.servers if n in plan):  # alternating
                    path = "/" if server.name == "bare-asgi" else load.path
                    _fresh_state(tmp)
                    with _serve(server.command, server.base + path):
                        output = _wrk(server.base + path, seconds, connections, script)
                    rps, p50, p99, count, non_2xx, errors = parse_wrk(output)
                    results.append(
                        WrkResult(
                            server.name, load.name, round_, rps, p50, p99, count, non_2xx, errors
                        )
                    )
                    print(
                        f"  {load.name:13} {server.name:14} round {round_ + 1}: {rps:8.0f} req/s"
                        f"  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  non-2xx {non_2xx}",
                        flush=True,
                    )
    return results


def _prepare_template(server: Server, tmp: Path) -> None:
    """The state every run starts from: the demo with ``CAMPAIGNS`` more active campaigns
    (copies of the demo campaign without its webhook and SFTP), and five trainings on the
    published demo agent."""
    _fresh_state(tmp)
    fixture = copy.deepcopy(DEMO_FIXTURE)
    demo_environment = fixture["environments"][0]
    model = {
        k: v
        for k, v in demo_environment["campaigns"][0].items()
        if k not in ("id", "webhooks", "sftp")
    }
    demo_environment["campaigns"] += [
        {**copy.deepcopy(model), "id": f"bench-campaign-{n}"} for n in range(CAMPAIGNS)
    ]
    control = server.base.removesuffix(API_PREFIX) + "/__mock__"
    with (
        _serve(server.command, server.base + f"/agents/{DEMO_AGENT_ID}"),
        httpx.Client(base_url=server.base, headers={"Authorization": AUTH}, timeout=30) as client,
    ):
        client.post(f"{control}/reset", json={}).raise_for_status()
        client.post(f"{control}/seed", json=fixture).raise_for_status()
        for n in range(5):
            body = {
                "node_id": f"seed-{n}",
                "subject": f"Topic {n}",
                "instructions": "Some text. " * 20,
            }
            client.post(f"/agents/{DEMO_AGENT_ID}/trainings", json=body).raise_for_status()
        client.post(f"/agents/{DEMO_AGENT_ID}/publish").raise_for_status()
    for suffix in ("", "-wal", "-shm"):
        run = tmp / (RUN_DB + suffix)
        if run.exists():
            run.replace(tmp / (TEMPLATE_DB + suffix))


def _timed_blocks(call: Callable[[], object], blocks: int, per_block: int) -> list[float]:
    times = []
    for _ in range(blocks):
        started = time.perf_counter()
        for _ in range(per_block):
            call()
        times.append((time.perf_counter() - started) / per_block)
    return times


def bench_client(blocks: int, per_block: int) -> dict[str, Any]:
    """Microseconds per call: generated client + runtime layer against raw httpx (same server)."""
    from talkover_api_client.api.trainings import create_or_update_training, list_trainings
    from talkover_api_client.models import TrainingInput

    import talkover

    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        command = [
            sys.executable,
            "-m",
            "talkover_mock.cli",
            "--port",
            str(port),
            "--db",
            f"{folder}/c.sqlite3",
        ]
        base = f"http://127.0.0.1:{port}/api/v1"
        with _serve(command, f"{base}/agents/{DEMO_AGENT_ID}"):
            client = talkover.make_client(DEMO_TOKEN, base_url=base)
            tk = talkover.Talkover(DEMO_TOKEN, base_url=base)
            raw = httpx.Client(base_url=base, headers={"Authorization": AUTH})
            body = TrainingInput(
                subject="Benchmark", instructions="Answer briefly.", node_id="bench"
            )
            cases: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
                "list trainings": (
                    lambda: list_trainings.sync(DEMO_AGENT_ID, client=client),
                    lambda: raw.get(f"/agents/{DEMO_AGENT_ID}/trainings").json(),
                ),
                "create/update": (
                    lambda: create_or_update_training.sync(DEMO_AGENT_ID, client=client, body=body),
                    lambda: raw.post(
                        f"/agents/{DEMO_AGENT_ID}/trainings", json=body.to_dict()
                    ).json(),
                ),
                # The SDK layer (talkover.Talkover): the same calls through the generated
                # namespaces, unwrapped; and one page of a paginated list.
                "Talkover(): agents.trainings.list": (
                    lambda: tk.agents.trainings.list(DEMO_AGENT_ID),
                    lambda: raw.get(f"/agents/{DEMO_AGENT_ID}/trainings").json()["data"],
                ),
                "Talkover(): agents.trainings.create_or_update": (
                    lambda: tk.agents.trainings.create_or_update(
                        DEMO_AGENT_ID,
                        subject="Benchmark",
                        instructions="Answer briefly.",
                        node_id="bench",
                    ),
                    lambda: raw.post(
                        f"/agents/{DEMO_AGENT_ID}/trainings", json=body.to_dict()
                    ).json()["data"],
                ),
                "Talkover(): agents.list (one page)": (
                    lambda: tk.agents.list(per_page=20).items,
                    lambda: raw.get("/agents", params={"per_page": 20}).json()["data"],
                ),
            }
            out: dict[str, Any] = {}
            # The server is on core 0 (_serve); the client side gets core 1 to itself, as wrk does.
            affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
            if affinity is not None and len(affinity) > 1:
                os.sched_setaffinity(0, {max(affinity)})
            for name, (generated, bare) in cases.items():
                generated(), bare()  # warm both connections
                ours, theirs = [], []
                for block in range(blocks):  # A B, B A, ...: a drift of the machine cancels out
                    pair = (generated, bare) if block % 2 == 0 else (bare, generated)
                    first, second = (_timed_blocks(call, 1, per_block)[0] for call in pair)
                    ours.append(first if block % 2 == 0 else second)
                    theirs.append(second if block % 2 == 0 else first)
                out[name] = {
                    "client_us": statistics.median(ours) * 1e6,
                    "raw_httpx_us": statistics.median(theirs) * 1e6,
                    # The median of the paired ratios: each pair ran back to back.
                    "ratio": statistics.median(a / b for a, b in zip(ours, theirs, strict=True)),
                }
            if affinity is not None:
                os.sched_setaffinity(0, affinity)
            raw.close()
            client.get_httpx_client().close()
            tk.close()
    return out


def bench_suite(max_examples: int, contract_args: list[str]) -> dict[str, Any]:
    """Cases per second in-process and over loopback (same strategy), and the CI-profile run."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    from talkover_mock import MockConfig, create_app
    from talkover_mock.server import serve_in_thread
    from talkover_spec import load_spec, operations

    def cases_per_second(configure: Callable[[Any], None]) -> tuple[int, float]:
        schema = schemathesis.openapi.from_path(spec_path())
        configure(schema)
        count = 0
        started = time.perf_counter()
        for operation_id in operations(load_spec()):
            api_operation = schema.find_operation_by_id(operation_id)

            @given(case=api_operation.as_strategy())
            @settings(
                max_examples=max_examples,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                database=None,
            )
            def run(case: Any) -> None:
                nonlocal count
                case.call(headers={"Authorization": AUTH})
                count += 1

            run()
        return count, time.perf_counter() - started

    app = create_app(MockConfig(seed=1))

    def in_process(schema: Any) -> None:
        schema.app = app
        schema.config.update(base_url="http://mock.invalid/api/v1")

    in_count, in_seconds = cases_per_second(in_process)
    with serve_in_thread(create_app(MockConfig(seed=1))) as base_url:
        loop_count, loop_seconds = cases_per_second(
            lambda schema: schema.config.update(base_url=base_url)
        )
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "talkover_contract.cli", *contract_args],
        capture_output=True,
        text=True,
        check=False,
    )
    ci_seconds = time.perf_counter() - started
    generated = re.search(r"(\d+) generated", done.stdout)
    return {
        "in_process_cases_per_s": in_count / in_seconds,
        "loopback_cases_per_s": loop_count / loop_seconds,
        "in_process_cases": in_count,
        "loopback_cases": loop_count,
        "ci_profile_wall_s": ci_seconds,
        "ci_profile_cases": int(generated.group(1)) if generated else None,
        "ci_profile_passed": done.returncode == 0,
        "ci_profile_failure": "" if done.returncode == 0 else (done.stdout + done.stderr)[-4000:],
    }


def bench_regeneration() -> dict[str, Any]:
    from . import codegen

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "generated"
        shutil.copytree(codegen.GENERATED, target)
        codegen.regenerate(generated=target)
        drift = codegen.check_drift(generated=target)
    return {"regenerate_and_drift_check_s": time.perf_counter() - started, "clean": drift.clean}


def run_growth(smoke: bool) -> list[dict[str, Any]]:
    """``bench_growth`` in a process of its own, so that its memory figures are the mock's,
    not those of everything this process ran before."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "growth.json"
        command = [sys.executable, "-m", "talkover_tools.bench_growth", "--json", str(out)]
        if smoke:
            command += ["--sizes", "10", "100", "--probes", "5"]
        else:
            command += ["--plot", str(ROOT / "docs" / "growth.png")]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
        figures: list[dict[str, Any]] = json.loads(out.read_text())
        return figures


def bench_startup(runs: int = 5) -> dict[str, Any]:
    """Wall times of ``import talkover`` and of the mock's start (process start to its first
    answer), medians of ``runs`` fresh processes, each less an empty interpreter's start. Byte
    code is cached as on an installed package (``PYTHONDONTWRITEBYTECODE`` unset, one warm-up)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def wall(command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)  # noqa: S603
        return time.perf_counter() - started

    folder = tempfile.mkdtemp(prefix="talkover-startup-")

    def mock_start() -> float:
        port = free_port()
        database = f"{folder}/{port}.sqlite3"  # a new state file, as a first start has
        command = [sys.executable, "-m", "talkover_mock.cli", "--port", str(port), "--db", database]
        started = time.perf_counter()
        process = subprocess.Popen(  # noqa: S603
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            _wait_until_up(f"http://127.0.0.1:{port}/api/v1/health", process)
            return time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=10)

    empty = [sys.executable, "-c", "pass"]
    client = [sys.executable, "-c", "import talkover"]
    for command in (empty, client):
        wall(command)  # writes the byte code once
    mock_start()
    try:
        baseline = statistics.median(wall(empty) for _ in range(runs))
        return {
            "interpreter_s": baseline,
            "import_talkover_s": statistics.median(wall(client) for _ in range(runs)) - baseline,
            "mock_start_s": statistics.median(mock_start() for _ in range(runs)) - baseline,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _median(results: list[WrkResult], server: str, request: str, field: str) -> float:
    return float(
        statistics.median(
            getattr(r, field) for r in results if r.server == server and r.request == request
        )
    )


PRISM_FLOOR = {"GET list": 3.0, "POST upsert": 2.0, "GET agent": 3.0, "PUT knowledge": 2.0,
               "POST webhook": 2.0, "PATCH status": 2.0, "POST call": 2.0}  # fmt: skip
"""Issue 16's floors: mock req/s over Prism's, per request."""


def _round_ratios(wrk: list[WrkResult], request: str, ours: str, theirs: str) -> list[float]:
    """``ours`` / ``theirs`` req/s for each round both ran (runs of one round are neighbours)."""
    return [
        a.rps / b.rps
        for a in wrk
        if a.server == ours and a.request == request
        for b in wrk
        if b.server == theirs and b.request == request and b.round == a.round
    ]


def table(
    wrk: list[WrkResult], client: dict[str, Any], suite: dict[str, Any], regen: dict[str, Any]
) -> str:
    lines = [
        "| request | server | req/s (median) | p50 ms | p99 ms | non-2xx |",
        "|---|---|---|---|---|---|",
    ]
    for load in LOADS:
        for server in load.servers:
            rows = [r for r in wrk if r.server == server and r.request == load.name]
            if not rows:
                continue
            rps, p50, p99 = (
                _median(wrk, server, load.name, f) for f in ("rps", "p50_ms", "p99_ms")
            )
            non_2xx = sum(r.non_2xx for r in rows)
            lines.append(
                f"| {load.name} | {server} | {rps:.0f} | {p50:.2f} | {p99:.2f} | {non_2xx} |"
            )
    lines.append("")
    for load in LOADS:
        floor = PRISM_FLOOR[load.name]
        pairs = _round_ratios(wrk, load.name, "talkover-mock", "prism")
        if pairs:
            p99_ours = _median(wrk, "talkover-mock", load.name, "p99_ms")
            p99_prism = _median(wrk, "prism", load.name, "p99_ms")
            ratio = statistics.median(pairs)
            met = ratio >= floor and p99_ours < p99_prism
            lines.append(
                f"- {load.name}: mock / Prism req/s, median of {len(pairs)} round pairs: "
                f"**{ratio:.2f}x** (target ≥ {floor}x), p99 {p99_ours:.2f} ms against "
                f"{p99_prism:.2f} ms: {'met' if met else 'MISSED'}"
            )
    for load in LOADS:
        pairs = _round_ratios(wrk, load.name, "mock-2-workers", "talkover-mock")
        if pairs:
            lines.append(
                f"- {load.name}: 2 workers / 1 worker req/s: **{statistics.median(pairs):.2f}x**"
                f" ({os.cpu_count()} cores, wrk on one of them)"
            )
    for load in LOADS:
        pairs = _round_ratios(wrk, load.name, "talkover-mock", f"mock-{BEFORE_THE_LAYER}")
        if pairs:
            ratio = statistics.median(pairs)
            target = " (target ≥ 1.0)" if load.name == "POST upsert" else ""
            lines.append(
                f"- {load.name}: mock / the mock of {BEFORE_THE_LAYER} (before the resource"
                f" layer), median of {len(pairs)} round pairs: **{ratio:.2f}x**{target}"
            )
    ceiling = [r.rps for r in wrk if r.server == "bare-asgi" and r.request == "GET list"]
    if ceiling:
        share = _median(wrk, "talkover-mock", "GET list", "rps") / statistics.median(ceiling)
        lines.append(f"- GET list: mock / bare ASGI ceiling: **{share:.2f}** (aim ≥ 0.35)")
    lines.append("")
    lines += [client_table(client), ""]
    lines.append(
        f"- contract suite, CI profile (`talkover-contract --profile ci`): "
        f"{suite['ci_profile_wall_s']:.1f} s, {suite['ci_profile_cases']} cases, "
        f"{'passed' if suite['ci_profile_passed'] else 'FAILED'}"
    )
    if not suite["ci_profile_passed"]:
        lines += ["", "```", suite["ci_profile_failure"], "```"]
    lines.append(
        f"- schemathesis cases/s: in-process {suite['in_process_cases_per_s']:.0f}, loopback "
        f"{suite['loopback_cases_per_s']:.0f} "
        f"(ratio {suite['in_process_cases_per_s'] / suite['loopback_cases_per_s']:.2f}x)"
    )
    lines.append(
        f"- regenerate + drift check: {regen['regenerate_and_drift_check_s']:.2f} s (target ≤ 8 s)"
    )
    return "\n".join(lines)


def client_table(client: dict[str, Any]) -> str:
    lines = [
        "| client call | client (µs) | raw httpx (µs) | ratio (median of paired blocks) |",
        "|---|---|---|---|",
    ]
    for name, figures in client.items():
        lines.append(
            f"| {name} | {figures['client_us']:.0f} | {figures['raw_httpx_us']:.0f} | "
            f"{figures['ratio']:.2f}x |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=8.0, help="wrk duration of one run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--smoke", action="store_true", help="one short round of everything (tests)"
    )
    parser.add_argument(
        "--client", action="store_true", help="only the client overhead (no wrk, no Prism)"
    )
    args = parser.parse_args(argv)
    if args.client:
        print(client_table(bench_client(blocks=40, per_block=100)))
        return 0
    if args.smoke:
        args.rounds, args.seconds = 1, 1.0
    for tool, hint in (
        ("wrk", "apt-get install wrk"),
        (str(ROOT / "node_modules/.bin/prism"), "scripts/setup-node"),
    ):
        if not shutil.which(tool):
            print(f"bench: {tool} is missing ({hint})", file=sys.stderr)
            return 2
    print("servers (wrk):", flush=True)
    loads = LOADS
    if args.smoke:  # every load once against the mock; the other servers on the first only
        loads = [LOADS[0], *(replace(load, servers=("talkover-mock",)) for load in LOADS[1:])]
    wrk = bench_servers(args.rounds, args.seconds, args.connections, loads)
    print("client overhead ...", flush=True)
    client = bench_client(blocks=4 if args.smoke else 40, per_block=50 if args.smoke else 100)
    print("contract suite ...", flush=True)
    # The smoke run shows the code path works; CI's own contract run is the full one.
    smoke_run = ["--tag", "Trainings", "--max-examples", "3"]
    contract_args = smoke_run if args.smoke else ["--profile", "ci"]
    suite = bench_suite(max_examples=3 if args.smoke else 100, contract_args=contract_args)
    regen = bench_regeneration()
    print("webhook deliveries under load ...", flush=True)
    deliveries = bench_webhooks.run(
        webhooks=10 if args.smoke else 100,
        probes=30 if args.smoke else 300,
        delay=0.5 if args.smoke else 3.0,
    )
    print("calls on the mock's clock ...", flush=True)
    calls = bench_calls.run(calls=20 if args.smoke else 500, probes=30 if args.smoke else 300)
    print("growth with data, memory ...", flush=True)
    growth = run_growth(args.smoke)
    print("start-up ...", flush=True)
    startup = bench_startup(runs=2 if args.smoke else 5)
    print("the conformance proxy's added latency ...", flush=True)
    proxied = bench_proxy.run(requests=200 if args.smoke else 2000, rounds=1 if args.smoke else 2)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "argv": sys.argv[1:],
                "wrk": [asdict(r) for r in wrk],
                "client": client,
                "suite": suite,
                "regeneration": regen,
                "webhook_deliveries": deliveries,
                "calls": calls,
                "growth": growth,
                "startup": startup,
                "proxy": proxied,
                "cpus": os.cpu_count(),
            },
            indent=2,
        )
    )
    print()
    print(table(wrk, client, suite, regen))
    print()
    print(bench_webhooks.table(deliveries))
    print()
    print(bench_calls.table(calls))
    print()
    print(bench_growth.table(growth))
    print()
    print(
        f"- start-up: import talkover {startup['import_talkover_s'] * 1000:.0f} ms "
        f"(target ≤ 300 ms), the mock up and answering {startup['mock_start_s']:.2f} s "
        f"(target ≤ 1 s), beyond an empty interpreter's {startup['interpreter_s'] * 1000:.0f} ms"
    )
    print()
    print(bench_proxy.table(proxied))
    print(f"\nraw figures: {RESULTS.relative_to(ROOT)}")
    bad = any(r.non_2xx or r.errors for r in wrk if r.server != "bare-asgi")
    bad = bad or any(d["lost"] for d in deliveries) or bool(calls["stuck"])
    if bad:
        print("bench: some requests were not answered 2xx; see the raw figures", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

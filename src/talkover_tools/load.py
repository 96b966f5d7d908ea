"""Concurrent load against a served mock, and the check that its state equals a replay of what
was acknowledged. Used by the bounded tests (``tests/test_reliability.py``) and by
``scripts/soak``.

Every worker owns its own ``node_id`` keys (``w<index>-<n>``), so its operations on them are
sequential and the expected end state is exact: the acknowledged writes, plus at most the one
write that was in flight when the server was killed (it may or may not have been applied).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

ENVIRONMENTS = 4


def fixture(environments: int = ENVIRONMENTS) -> dict[str, Any]:
    """``environments`` environments, each with one token and one agent that is ready."""
    from talkover_mock.demo import READY_PROFILE

    return {
        "environments": [
            {
                "id": f"env_load_{n}",
                "name": f"Load {n}",
                "tokens": [f"talq_load_token_{n:04d}_secret"],
                "agents": [{"id": f"agent_load_{n}", "name": f"Load{n}", **READY_PROFILE}],
            }
            for n in range(environments)
        ]
    }


@dataclass
class Version:
    training_id: str | None
    subject: str
    status: str


@dataclass
class Worker:
    index: int
    token: str
    agent_id: str
    acked: dict[str, Version | None] = field(
        default_factory=dict
    )  # node_id -> version (None: deleted)
    pending: tuple[str, Version | None] | None = None
    counts: Counter[str] = field(default_factory=Counter)
    next_node: int = 0

    def run(
        self, client: httpx.Client, deadline: float, stop: threading.Event, rng: random.Random
    ) -> None:
        base = f"/agents/{self.agent_id}"
        while time.monotonic() < deadline and not stop.is_set():
            live = [node for node, version in self.acked.items() if version is not None]
            op = rng.choice(
                ["create", "create", "update", "delete", "list", "publish", "unpublish"]
            )
            if op in ("update", "delete") and not live:
                op = "create"
            try:
                if op in ("create", "update"):
                    node = f"w{self.index}-{self.next_node}" if op == "create" else rng.choice(live)
                    self.next_node += op == "create"
                    subject = f"{node}#{rng.randrange(10**6)}"
                    version = Version(None, subject, rng.choice(["active", "inactive"]))
                    self.pending = (node, version)
                    body = {"node_id": node, "subject": version.subject, "instructions": "load",
                            "current_status": version.status}  # fmt: skip
                    response = client.post(f"{base}/trainings", json=body)
                    if response.status_code == 200:
                        version.training_id = response.json()["data"]["id"]
                        self.acked[node] = version
                elif op == "delete":
                    node = rng.choice(live)
                    self.pending = (node, None)
                    current = self.acked[node]
                    assert current is not None
                    response = client.delete(f"{base}/trainings/{current.training_id}")
                    if response.status_code == 200:
                        self.acked[node] = None
                elif op == "list":
                    response = client.get(f"{base}/trainings")
                    if response.status_code == 200:
                        listed = {t["id"] for t in response.json()["data"]}
                        missing = [n for n in live if self.acked[n].training_id not in listed]  # type: ignore[union-attr]
                        if missing:
                            self.counts["list_missing_acked"] += 1
                else:
                    response = client.post(f"{base}/{op}")
                self.pending = None
                self.counts[f"{op} {response.status_code}"] += 1
            except httpx.HTTPError as error:
                self.counts[f"{op} {type(error).__name__}"] += 1
                return  # the server went away; this worker's pending write stays undecided


@dataclass
class LoadReport:
    workers: list[Worker]
    seconds: float

    @property
    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for worker in self.workers:
            total.update(worker.counts)
        return total

    @property
    def operations(self) -> int:
        return sum(self.counts.values())

    @property
    def server_errors(self) -> int:
        return sum(n for key, n in self.counts.items() if key.split()[-1].startswith("5"))

    def summary(self) -> str:
        ops = self.operations
        lines = [
            f"{len(self.workers)} workers, {ops} operations in {self.seconds:.1f} s "
            f"({ops / max(self.seconds, 1e-9):.0f}/s), 5xx: {self.server_errors}",
        ]
        lines += [f"  {key}: {n}" for key, n in sorted(self.counts.items())]
        return "\n".join(lines)


def make_crew(workers: int = 32, environments: int = ENVIRONMENTS) -> list[Worker]:
    return [
        Worker(
            i, f"talq_load_token_{i % environments:04d}_secret", f"agent_load_{i % environments}"
        )
        for i in range(workers)
    ]


def run_load(base_url: str, crew: list[Worker], *, seconds: float = 3.0, seed: int = 0,
             stop: threading.Event | None = None) -> LoadReport:  # fmt: skip
    """Run every worker of ``crew`` in its own thread for ``seconds`` (or until ``stop``).
    Workers keep what they learnt, so a crew can be run again after a restart."""
    stop = stop or threading.Event()
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    tls = ssl.create_default_context()  # built once: per client it costs ~30 ms of start-up
    clients = [
        httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {w.token}"},
            timeout=10,
            verify=tls,
        )
        for w in crew
    ]
    rngs = [random.Random(seed * 1000 + w.index) for w in crew]  # noqa: S311 - not secrets
    threads = [
        threading.Thread(target=w.run, args=(c, deadline, stop, rng))
        for w, c, rng in zip(crew, clients, rngs, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for client in clients:
        client.close()
    return LoadReport(crew, time.monotonic() - started)


def verify(base_url: str, crew: list[Worker], environments: int = ENVIRONMENTS) -> list[str]:
    """Problems found when comparing the served state with the replay of ``crew``'s work.
    In-flight writes cut off by a crash are then settled from the served state."""
    problems: list[str] = []
    by_agent: dict[str, list[Worker]] = {}
    for worker in crew:
        by_agent.setdefault(worker.agent_id, []).append(worker)
    for n in range(environments):
        token, agent_id = f"talq_load_token_{n:04d}_secret", f"agent_load_{n}"
        response = httpx.get(
            f"{base_url}/agents/{agent_id}/trainings",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        if response.status_code != 200:
            return [f"{agent_id}: list answered {response.status_code}"]
        listed = response.json()["data"]
        ids = [t["id"] for t in listed]
        if len(ids) != len(set(ids)):
            problems.append(f"{agent_id}: duplicated training ids")
        expected_nodes: dict[str, list[Version | None]] = {}
        for worker in by_agent.get(agent_id, []):
            for node, version in worker.acked.items():
                expected_nodes[node] = [version]
            if worker.pending is not None:
                node, version = worker.pending
                expected_nodes.setdefault(node, [None]).append(version)
        matched: set[str] = set()
        for node, allowed in expected_nodes.items():
            shapes = {(v.subject, v.status) for v in allowed if v is not None}
            found = [t for t in listed if (t["subject"], t["current_status"]) in shapes]
            if found:
                matched.update(t["id"] for t in found)
                if len(found) > 1:
                    problems.append(f"{agent_id}/{node}: {len(found)} trainings")
            elif None not in allowed:
                problems.append(f"{agent_id}/{node}: acknowledged write lost ({allowed[0]})")
        phantoms = [t["id"] for t in listed if t["id"] not in matched]
        if phantoms:
            problems.append(f"{agent_id}: phantom trainings {phantoms[:3]} (of {len(phantoms)})")
        _settle(by_agent.get(agent_id, []), listed)
    return problems


def _settle(workers: list[Worker], listed: list[dict[str, Any]]) -> None:
    """Decide each undecided in-flight write from what the server now holds, so that the crew
    can run again on the same state."""
    by_shape = {(t["subject"], t["current_status"]): t["id"] for t in listed}
    ids = {t["id"] for t in listed}
    for worker in workers:
        if worker.pending is None:
            continue
        node, version = worker.pending
        if version is not None and (version.subject, version.status) in by_shape:
            version.training_id = by_shape[(version.subject, version.status)]
            worker.acked[node] = version
        elif (
            version is None
            and (current := worker.acked.get(node)) is not None
            and current.training_id not in ids
        ):
            worker.acked[node] = None
        worker.pending = None


def _accepts(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


class MockProcess:
    """``talkover-mock`` in a child process on a loopback port, so that it can be SIGKILLed."""

    def __init__(self, database: str, port: int, workers: int = 1) -> None:
        self.database, self.port, self.workers = database, port, workers
        self.base_url = f"http://127.0.0.1:{port}/api/v1"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "talkover_mock.cli", "--port", str(self.port),
                   "--db", self.database, "--no-demo", "--workers", str(self.workers)]  # fmt: skip
        # A session of its own: SIGKILL goes to the whole group, workers included.
        self.process = subprocess.Popen(  # noqa: S603
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/__mock__/faults", timeout=1)
                return
            except httpx.HTTPError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError(f"talkover-mock did not start: {self.stderr()}")

    def stderr(self) -> str:
        if self.process is None or self.process.stderr is None or self.process.poll() is None:
            return ""
        return self.process.stderr.read().decode(errors="replace")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
            deadline = time.monotonic() + 10
            while _accepts(self.port) and time.monotonic() < deadline:
                time.sleep(0.02)  # workers die with the group; the port is free once they are gone
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()

    def seed(self, fixture: dict[str, Any]) -> None:
        httpx.post(
            f"http://127.0.0.1:{self.port}/__mock__/seed", json=fixture, timeout=10
        ).raise_for_status()

"""Benchmark: how the mock's answers grow with its data, and its memory (issue 16, targets 3-4).

For each size (10, 1,000 and 100,000 records) a fresh mock (in memory, the demo data) is grown
to that many trainings of one agent, agents of one environment and calls of one environment,
written straight into its store as copies of records made through the API (so every copy is a
record the API could have made). Then, through the app in-process (ASGI, no sockets: what is
measured is the mock, not the network), the median latency of:

Each family is measured in a mock of its own (the demo agent's trainings would otherwise ride
along in List Agents' first page, as the Agent object carries them):

- List Trainings of that agent (the docs do not paginate it: it answers every training, D12);
- List Agents, first page and a middle page (``per_page`` 20), and Get Agent;
- List Calls, first page and a middle page, and Get Agent Calls' first page.

Memory: the process's resident set after the app starts and after it holds 100,000 records of
each kind, and the sizes of the read caches (bounded: ``DOCUMENT_CACHE_SIZE``,
``CHILDREN_CACHE_SIZE``). ``--plot FILE`` draws the curves (matplotlib).

    .venv/bin/python -m talkover_tools.bench_growth [--sizes 10 1000 100000] [--plot FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

import httpx

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, OUTBOUND_AGENT_ID
from talkover_mock.inprocess import sync_transport

SIZES = (10, 1_000, 100_000)
BASE = "http://talkover-mock/api/v1"


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _template(tx: Any, kind: str, doc_id: str) -> tuple[dict[str, Any], str | None, str | None]:
    row = tx.db.execute(
        "SELECT body, parent_id, environment_id FROM documents WHERE kind = ? AND id = ?",
        (kind, doc_id),
    ).fetchone()
    return json.loads(row["body"]), row["parent_id"], row["environment_id"]


def grow(app: Any, client: httpx.Client, family: str, size: int) -> None:
    """``size`` records of one family (``trainings`` of the demo agent, ``agents`` or ``calls``
    of the demo environment), copies of one made through the API."""
    with app.state.store.transaction(write=False) as tx:
        have = tx.db.execute(
            "SELECT count(*) FROM documents WHERE kind = ? AND environment_id = 'env_demo'",
            (FAMILIES[family],),
        ).fetchone()[0]
    if family == "trainings":
        template_id = client.post(
            f"/agents/{DEMO_AGENT_ID}/trainings", json={"subject": "Grown", "instructions": "x"}
        ).json()["data"]["id"]
    elif family == "calls":
        template_id = client.post(
            f"/agents/{OUTBOUND_AGENT_ID}/call", json={"to": "+15550000000", "is_testing": True}
        ).json()["data"]["id"]
    else:
        template_id = OUTBOUND_AGENT_ID
    kind = FAMILIES[family]
    with app.state.store.transaction() as tx:
        body, parent, environment = _template(tx, kind, template_id)
        body.pop("due_at", None)  # grown calls have ended: nothing for the clock to do
        if kind == "call":
            body["status"] = "completed"
        for n in range(max(0, size - have - (family != "agents"))):
            copy = dict(body)
            if kind == "agent":
                copy["name"] = f"Grown {n}"
                copy["phone_number_ids"] = []
            if kind == "call":
                copy["to"] = f"+1555{n:07d}"
            tx.insert(
                kind, copy, environment_id=environment, parent_id=parent,
                key=f"grown-{n}" if kind == "training" else None, id_=f"{kind}-grown-{n}",
            )  # fmt: skip


def _median_ms(client: httpx.Client, path: str, probes: int) -> float:
    client.get(path).raise_for_status()  # warm
    found = []
    for _ in range(probes):
        started = time.perf_counter()
        response = client.get(path)
        found.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return statistics.median(found)


FAMILIES = {"trainings": "training", "agents": "agent", "calls": "call"}


def _app() -> tuple[Any, httpx.Client]:
    app = create_app(MockConfig(seed=1, call_rate_limit=10**6))
    client = httpx.Client(
        transport=sync_transport(app),
        base_url=BASE,
        headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
        timeout=600,
    )
    return app, client


def _close(app: Any, client: httpx.Client) -> None:
    client.close()
    app.state.deliverer.close(grace=0.5)
    app.state.store.close()


def measure(size: int, probes: int) -> dict[str, Any]:
    """Each family in a mock of its own, grown to ``size`` records of that family."""
    middle = max(1, size // 40)  # page size 20: the middle page
    few = max(3, probes // 10) if size >= 100_000 else probes
    figures: dict[str, Any] = {"size": size, "grow_s": 0.0}
    probes_of: dict[str, dict[str, tuple[str | None, int]]] = {
        "trainings": {"list trainings (all)": (f"/agents/{DEMO_AGENT_ID}/trainings", few)},
        "agents": {
            "list agents p1": ("/agents?per_page=20", probes),
            "list agents middle": (f"/agents?per_page=20&page={middle}", probes),
            "get agent": ("/agents/agent-grown-0" if size > 4 else None, probes),
        },
        "calls": {
            "list calls p1": ("/calls?per_page=20", probes),
            "list calls middle": (f"/calls?per_page=20&page={middle}", probes),
            "agent calls p1": (f"/agents/{OUTBOUND_AGENT_ID}/calls?per_page=20", probes),
        },
    }
    for family, curves in probes_of.items():
        app, client = _app()
        started = time.perf_counter()
        grow(app, client, family, size)
        figures["grow_s"] += time.perf_counter() - started
        for curve, (path, count) in curves.items():
            figures[curve] = _median_ms(client, path, count) if path else None
        _close(app, client)
    # Memory: one mock holding ``size`` records of every family at once.
    app, client = _app()
    figures["rss_start_mib"] = _rss_mib()
    for family in probes_of:
        grow(app, client, family, size)
    for curves in probes_of.values():
        for path, _ in curves.values():
            if path:
                client.get(path).raise_for_status()
    figures["rss_grown_mib"] = _rss_mib()
    figures["document_cache"] = len(app.state.store.documents)
    figures["children_cache"] = app.state.store.children.size
    _close(app, client)
    return figures


CURVES = (
    "list trainings (all)", "list agents p1", "list agents middle", "get agent",
    "list calls p1", "list calls middle", "agent calls p1",
)  # fmt: skip


def table(results: list[dict[str, Any]]) -> str:
    sizes = [r["size"] for r in results]
    lines = [
        "| median ms | " + " | ".join(f"{s:,} records" for s in sizes) + " |",
        "|---|" + "---|" * len(sizes),
    ]
    for curve in CURVES:
        cells = [f"{r[curve]:.2f}" if r[curve] is not None else "-" for r in results]
        lines.append(f"| {curve} | " + " | ".join(cells) + " |")
    lines.append("")
    for r in results:
        lines.append(
            f"- {r['size']:,} records of each kind: RSS {r['rss_start_mib']:.0f} MiB at start, "
            f"{r['rss_grown_mib']:.0f} MiB grown (written in {r['grow_s']:.1f} s); "
            f"caches: {r['document_cache']:,} documents, {r['children_cache']:,} in child lists"
        )
    return "\n".join(lines)


def plot(results: list[dict[str, Any]], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=120)
    sizes = [r["size"] for r in results]
    for curve in CURVES:
        points = [(s, r[curve]) for s, r in zip(sizes, results, strict=True) if r[curve]]
        axes.plot(*zip(*points, strict=True), marker="o", label=curve)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("records of each kind in the store")
    axes.set_ylabel("median latency, ms (in-process)")
    axes.set_title("talkover-mock: latency as the data grows")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_growth", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--probes", type=int, default=50)
    parser.add_argument("--plot", type=Path, help="write the curves to this image")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    results = [measure(size, args.probes) for size in args.sizes]
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(table(results))
    if args.plot:
        plot(results, args.plot)
        print(f"\nplot: {args.plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

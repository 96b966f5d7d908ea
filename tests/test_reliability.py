"""Reliability and security of the mock over real HTTP on loopback: concurrent load, SIGKILL in
the middle of it, hostile input, token isolation on every operation. Bounded in time and count;
``scripts/soak`` runs the longer variant and prints the figures."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx
import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.cli import control_plane_token
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, OTHER_TOKEN
from talkover_mock.server import free_port, serve_in_thread
from talkover_spec.extensions import Operation, all_operations
from talkover_tools.load import MockProcess, fixture, make_crew, run_load, verify
from talkover_tools.soak import crash_round

pytestmark = pytest.mark.system


def test_concurrent_load_loses_nothing(tmp_path: Path) -> None:
    app = create_app(MockConfig(database=str(tmp_path / "load.sqlite3"), demo=False))
    app.state.store.seed(fixture())
    crew = make_crew(workers=32)
    with serve_in_thread(app) as base_url:
        report = run_load(base_url, crew, seconds=3.0, seed=1)
        problems = verify(base_url, crew)
    print(report.summary())
    assert report.operations > 100
    assert report.server_errors == 0
    assert report.counts["list_missing_acked"] == 0
    assert problems == []


def test_two_worker_processes_under_load_lose_nothing(tmp_path: Path) -> None:
    """``--workers 2`` on one file: the same load and replay check as one process. The 16
    connections spread over both workers, and clients that share an agent list what others
    wrote through the other process (``list_missing_acked`` counts a stale read)."""
    mock = MockProcess(str(tmp_path / "workers.sqlite3"), free_port(), workers=2)
    mock.start()
    try:
        mock.seed(fixture())
        crew = make_crew(workers=16)
        report = run_load(mock.base_url, crew, seconds=3.0, seed=2)
        problems = verify(mock.base_url, crew)
    finally:
        mock.kill()
    print(report.summary())
    assert report.operations > 100
    assert report.server_errors == 0
    assert report.counts["list_missing_acked"] == 0
    assert problems == []


@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_mid_load_keeps_every_acknowledged_write(tmp_path: Path, workers: int) -> None:
    database = str(tmp_path / "crash.sqlite3")
    crew = make_crew(workers=16)
    mock = MockProcess(database, free_port(), workers=workers)
    mock.start()
    mock.seed(fixture())
    try:
        for round_ in range(3):
            crash_round(mock, crew, seed=round_, after=0.8)
            with contextlib.closing(sqlite3.connect(database)) as db:
                assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            mock.start()
            assert verify(mock.base_url, crew) == [], f"round {round_}"
    finally:
        mock.kill()
    acknowledged = sum(sum(n for k, n in w.counts.items() if k.endswith(" 200")) for w in crew)
    print(
        f"3 SIGKILL rounds ({workers} worker(s)), {acknowledged} acknowledged operations,"
        " all present after restart"
    )
    assert acknowledged > 50


# -- hostile input, over a raw socket so that nothing is normalised on the way ----------------


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, object]]:
    app = create_app(MockConfig(seed=5))
    with serve_in_thread(app) as base_url:
        yield base_url, app


def raw_request(
    base_url: str, method: str, path: str, headers: list[tuple[str, str]], body: bytes = b""
) -> tuple[int, bytes]:
    url = urlsplit(base_url)
    lines = [f"{method} {path} HTTP/1.1", f"Host: {url.hostname}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "surrogateescape") + body
    with socket.create_connection((url.hostname, url.port), timeout=10) as connection:
        chunks = []
        # The server may answer (413) and close before the whole body is sent: keep what it said.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            connection.sendall(request)
        with contextlib.suppress(ConnectionResetError):
            while chunk := connection.recv(65536):
                chunks.append(chunk)
    head, _, payload = b"".join(chunks).partition(b"\r\n\r\n")
    return int(head.split()[1]), payload


AUTH = [("Authorization", f"Bearer {DEMO_TOKEN}")]
JSON = [("Content-Type", "application/json")]
TRAININGS = f"/api/v1/agents/{DEMO_AGENT_ID}/trainings"
VALID = b'{"subject": "s", "instructions": "i"}'

CORPUS: list[tuple[str, str, str, list[tuple[str, str]], bytes]] = [
    ("malformed json", "POST", TRAININGS, AUTH + JSON, b"{"),
    ("truncated json", "POST", TRAININGS, AUTH + JSON, VALID[:-5]),
    ("json array", "POST", TRAININGS, AUTH + JSON, b"[1, 2]"),
    ("json null", "POST", TRAININGS, AUTH + JSON, b"null"),
    ("json string", "POST", TRAININGS, AUTH + JSON, b'"subject"'),
    ("NaN", "POST", TRAININGS, AUTH + JSON, b'{"subject": NaN, "instructions": "i"}'),
    ("deep arrays", "POST", TRAININGS, AUTH + JSON, b"[" * 100_000 + b"]" * 100_000),
    ("deep objects", "POST", TRAININGS, AUTH + JSON, b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    (
        "huge subject",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "' + b"s" * 100_000 + b'", "instructions": "i"}',
    ),
    (
        "huge body",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "s", "instructions": "' + b"i" * 2_000_000 + b'"}',
    ),
    (
        "invalid utf-8",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "\xff\xfe", "instructions": "i"}',
    ),
    (
        "lone surrogate",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "\\ud800", "instructions": "i"}',
    ),
    (
        "NUL in subject",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "a\\u0000b", "instructions": "i"}',
    ),
    (
        "raw NUL in body",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "a\x00b", "instructions": "i"}',
    ),
    (
        "escape char",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "\\u001b[31m", "instructions": "i"}',
    ),
    (
        "bell in node id",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"node_id": "\\u0007", "subject": "s", "instructions": "i"}',
    ),
    (
        "duplicate keys",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "a", "subject": "b", "instructions": "i"}',
    ),
    (
        "wrong types",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": ["s"], "instructions": {"i": 1}}',
    ),
    (
        "bad enum",
        "POST",
        TRAININGS,
        AUTH + JSON,
        b'{"subject": "s", "instructions": "i", "current_status": "ACTIVE"}',
    ),
    ("text/plain", "POST", TRAININGS, [*AUTH, ("Content-Type", "text/plain")], VALID),
    (
        "form encoded",
        "POST",
        TRAININGS,
        [*AUTH, ("Content-Type", "application/x-www-form-urlencoded")],
        b"subject=s&instructions=i",
    ),
    ("no content type", "POST", TRAININGS, AUTH, VALID),
    ("two content types", "POST", TRAININGS, AUTH + JSON + [("Content-Type", "text/plain")], VALID),
    ("two authorizations", "POST", TRAININGS, AUTH + AUTH + JSON, VALID),
    ("no token", "POST", TRAININGS, JSON, VALID),
    ("wrong scheme", "POST", TRAININGS, [("Authorization", f"Token {DEMO_TOKEN}"), *JSON], VALID),
    ("no scheme", "POST", TRAININGS, [("Authorization", DEMO_TOKEN), *JSON], VALID),
    (
        "leading space in token",
        "POST",
        TRAININGS,
        [("Authorization", f"Bearer  {DEMO_TOKEN}"), *JSON],
        VALID,
    ),
    (
        "token prefix upper-cased",
        "POST",
        TRAININGS,
        [("Authorization", f"Bearer {DEMO_TOKEN.upper()}"), *JSON],
        VALID,
    ),
    (
        "other environment's token",
        "POST",
        TRAININGS,
        [("Authorization", f"Bearer {OTHER_TOKEN}"), *JSON],
        VALID,
    ),
    ("oversized header", "GET", TRAININGS, [*AUTH, ("X-Filler", "x" * 60000)], b""),
    (
        "very long agent id",
        "POST",
        "/api/v1/agents/" + "a" * 8_000 + "/trainings",
        AUTH + JSON,
        VALID,
    ),
    ("very long training id", "DELETE", f"{TRAININGS}/" + "t" * 8_000, AUTH, b""),
    ("dot-dot agent", "POST", "/api/v1/agents/../trainings", AUTH + JSON, VALID),
    ("traversal in training id", "DELETE", f"{TRAININGS}/..%2F..%2F{DEMO_AGENT_ID}", AUTH, b""),
    ("encoded traversal", "DELETE", "/api/v1/agents/%2e%2e/trainings/x", AUTH, b""),
    ("percent-encoded NUL", "DELETE", f"{TRAININGS}/%00", AUTH, b""),
    ("invalid percent-utf8", "DELETE", f"{TRAININGS}/%ff%fe", AUTH, b""),
    ("unknown route", "GET", "/api/v1/agentz", AUTH, b""),
    ("wrong method", "PATCH", TRAININGS, AUTH + JSON, VALID),
    ("control plane path on api", "POST", "/api/v1/__mock__/reset", AUTH, b""),
]


def test_hostile_corpus_gets_4xx_envelopes_and_changes_nothing(served: tuple[str, object]) -> None:
    base_url, app = served
    store = app.state.store  # type: ignore[attr-defined]
    before = json.dumps(store.dump(), sort_keys=True)
    outcomes = []
    for name, method, path, headers, body in CORPUS:
        status, payload = raw_request(base_url, method, path, headers, body)
        outcomes.append((name, status))
        assert 400 <= status < 500, f"{name}: {status} {payload[:200]!r}"
        envelope = json.loads(payload)
        assert envelope["success"] is False, name
        assert isinstance(envelope["message"], str), name
    assert json.dumps(store.dump(), sort_keys=True) == before
    print(f"hostile corpus: {len(CORPUS)} inputs, statuses {sorted({s for _, s in outcomes})}")


GENERIC_BODIES = [
    ("malformed json", JSON, b"{not json"),
    ("json array", JSON, b"[]"),
    ("json null", JSON, b"null"),
    ("duplicate keys", JSON, b'{"a": 1, "a": 2}'),
    ("huge integer", JSON, b'{"a": ' + b"9" * 5000 + b"}"),
    ("text/plain", [("Content-Type", "text/plain")], b"{}"),
]
GENERIC_HEADERS = [
    ("no token", []),
    ("two authorizations", [("Authorization", f"Bearer {DEMO_TOKEN}")] * 2),
    ("unknown token", [("Authorization", "Bearer talq_unknown_token_0000")]),
]


def filled(operation: Operation, values: dict[str, str]) -> str:
    """The operation's path with ``values`` for its resource parameters and each other path
    parameter's example (the number of Get Active Call)."""
    others = {
        p["name"]: quote(str(p.get("example", "x")), safe="")
        for p in operation.definition.get("parameters", [])
        if p.get("in") == "path" and p["name"] not in values
    }
    return operation.path.format(**values, **others)


def test_hostile_input_on_every_operation(served: tuple[str, object]) -> None:
    """The generic corpus against every operation of the spec (resources of the demo
    environment in the path): bad bodies on every operation that takes one, bad credentials on
    every one that needs them. A 4xx envelope each time, and nothing changes."""
    base_url, app = served
    store = app.state.store  # type: ignore[attr-defined]
    before = json.dumps(store.dump(), sort_keys=True)
    own: dict[str, str] = {}
    with store.transaction(write=False) as tx:
        for kind in {p.kind for op in all_operations() for p in op.resource_parameters}:
            docs = tx.page(kind, "env_demo")[0] or tx.page(kind, None)[0]
            own[kind] = docs[0].id if docs else "no-such-id"
    sent = 0
    for operation in all_operations():
        path = "/api/v1" + filled(
            operation, {p.name: own[p.kind] for p in operation.resource_parameters}
        )
        cases: list[tuple[str, list[tuple[str, str]], bytes]] = []
        if operation.request_schema is not None:
            cases += [(name, AUTH + headers, body) for name, headers, body in GENERIC_BODIES]
        if not operation.is_public:
            cases += [(name, headers + JSON, b"{}") for name, headers in GENERIC_HEADERS]
        for name, headers, body in cases:
            status, payload = raw_request(base_url, operation.method, path, headers, body)
            sent += 1
            where = f"{operation.operation_id} / {name}"
            assert 400 <= status < 500, f"{where}: {status} {payload[:200]!r}"
            envelope = json.loads(payload)
            assert envelope["success"] is False, where
            assert isinstance(envelope["message"], str), where
    assert json.dumps(store.dump(), sort_keys=True) == before
    with_body = sum(op.request_schema is not None for op in all_operations())
    secured = sum(not op.is_public for op in all_operations())
    assert sent == with_body * len(GENERIC_BODIES) + secured * len(GENERIC_HEADERS)


def test_valid_request_over_the_same_path_still_works(served: tuple[str, object]) -> None:
    base_url, _ = served
    status, payload = raw_request(base_url, "POST", TRAININGS, AUTH + JSON, VALID)
    assert status == 200
    assert json.loads(payload)["success"] is True


def test_another_environment_sees_nothing_through_any_operation(served: tuple[str, object]) -> None:
    """Every operation, walked with the demo token: where the path addresses a resource of the
    other environment (one of each kind, taken from the store), the answer is 403; where it
    lists, nothing of the other environment is in it; and nothing of the other environment
    changes (the demo token may change its own: Trigger Calendars Sync starts its syncs)."""
    base_url, app = served
    store = app.state.store  # type: ignore[attr-defined]

    def theirs() -> str:
        dump = store.dump()
        other = [env for env in dump["environments"] if env["id"] == "env_other"]
        return json.dumps(other, sort_keys=True)

    before = theirs()
    foreign: dict[str, str] = {}
    with store.transaction(write=False) as tx:
        for kind in {p.kind for op in all_operations() for p in op.resource_parameters}:
            docs = tx.page(kind, "env_other")[0]
            if docs:
                foreign[kind] = docs[0].id
        secrets = [
            row[0]
            for row in tx.db.execute("SELECT id FROM documents WHERE environment_id = 'env_other'")
        ]
    walked = []
    for operation in all_operations():
        if operation.is_public:
            continue
        owned = [p for p in operation.resource_parameters if not p.shared]
        values = {p.name: foreign.get(p.kind, "any-id") for p in operation.resource_parameters}
        url = base_url + filled(operation, values)
        body = {"subject": "s", "instructions": "i"} if operation.request_schema else None
        response = httpx.request(
            operation.method, url, json=body, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}
        )
        walked.append(operation.operation_id)
        if owned:
            assert owned[0].kind in foreign, f"the demo data has no {owned[0].kind} in env_other"
            assert response.status_code == 403, operation.operation_id
        assert not [s for s in secrets if s in response.text], operation.operation_id
        assert "OtherBot" not in response.text, operation.operation_id
    assert theirs() == before
    assert len(walked) == len([op for op in all_operations() if not op.is_public])


def test_tokens_are_never_in_a_dump_or_the_access_log(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(MockConfig(access_log=True))
    with (
        serve_in_thread(app) as base_url,
        caplog.at_level(logging.INFO, logger="talkover_mock.access"),
    ):
        httpx.get(
            f"{base_url}/agents/{DEMO_AGENT_ID}", headers={"Authorization": f"Bearer {DEMO_TOKEN}"}
        )
    assert '"status": 200' in caplog.text
    assert DEMO_TOKEN not in caplog.text
    assert DEMO_TOKEN not in json.dumps(app.state.store.dump())


@pytest.mark.parametrize(
    ("host", "given", "needs_token"),
    [("127.0.0.1", None, False), ("localhost", None, False), ("::1", None, False),
     ("0.0.0.0", None, True), ("192.0.2.10", None, True), ("example.internal", None, True),
     ("127.0.0.1", "chosen", True)],
)  # fmt: skip
def test_control_plane_token_off_loopback(host: str, given: str | None, needs_token: bool) -> None:
    token = control_plane_token(host, given)
    assert (token is not None) is needs_token
    if given:
        assert token == given


def test_two_workers_answer_every_read_after_a_write(tmp_path: Path) -> None:
    """With ``--workers 2``, every request on a new connection (so the kernel spreads them over
    both processes): after each write, eight reads all show it, though each worker had cached
    the list before the write. The same run with the data-version check removed reads stale
    lists about half of the time."""
    mock = MockProcess(str(tmp_path / "workers.sqlite3"), free_port(), workers=2)
    mock.start()
    token, agent = "talq_load_token_0000_secret", "agent_load_0"
    headers = {"Authorization": f"Bearer {token}"}
    url = f"{mock.base_url}/agents/{agent}/trainings"
    stale = []
    try:
        mock.seed(fixture())
        for n in range(6):
            for _ in range(6):
                httpx.get(url, headers=headers, timeout=10).raise_for_status()
            body = {"node_id": "shared", "subject": f"version {n}", "instructions": "Answer."}
            httpx.post(url, headers=headers, json=body, timeout=10).raise_for_status()
            for _ in range(8):
                listed = httpx.get(url, headers=headers, timeout=10).json()["data"]
                subjects = [t["subject"] for t in listed if t["subject"].startswith("version")]
                if subjects != [f"version {n}"]:
                    stale.append((n, subjects))
        with httpx.Client(timeout=10) as control:
            control.put(
                f"http://127.0.0.1:{mock.port}/__mock__/faults",
                json={"faults": ["bare_error_body"]},
            )
            seen = [
                httpx.get(f"{mock.base_url}/agents/nope/trainings", headers=headers).text[:1]
                for _ in range(8)
            ]
    finally:
        mock.kill()
    assert stale == []
    assert "{" not in seen  # every worker answers with the fault the control plane set

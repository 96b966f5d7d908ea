"""The contract run (``talkover-contract``) and the portable pytest suite as their users run
them: green only when something was tested. A served mock passes; a token refused everywhere,
or a server where nothing can be tested, fails with one sentence and a JUnit failure; every tag
runs alone; plain schemathesis with the shared configuration passes; the model-based test runs
through any target with the control plane and is skipped, saying why, without one."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from talkover_contract import cli
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN, DEMO_USER_TOKEN, OTHER_TOKEN
from talkover_mock.server import serve_in_thread
from talkover_spec.extensions import all_operations

from .proxy import recording_proxy

ROOT = Path(__file__).resolve().parents[2]
TAGS = sorted({tag for op in all_operations() for tag in op.tags})


def contract(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_CONTRACT_")}
    command = [sys.executable, "-m", "talkover_contract.cli", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, env=env
    )


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with serve_in_thread(create_app(MockConfig(seed=3))) as base_url:
        yield base_url


def junit_failures(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [f.get("message", "") for f in root.iter("failure")]


def failures(done: subprocess.CompletedProcess[str]) -> str:
    """What a failed run printed about its failures (schemathesis's FAILURES section first)."""
    start = done.stdout.find("FAILURES")
    shown = done.stdout[start : start + 5000] if start >= 0 else done.stdout[-3000:]
    return shown + done.stderr[-2000:]


def test_the_run_passes_against_a_served_mock_and_says_what_it_tested(served: str) -> None:
    done = contract("--base-url", served, "--token", DEMO_TOKEN, "--max-examples", "10",
                    "--user-token", DEMO_USER_TOKEN)  # fmt: skip
    assert done.returncode == 0, failures(done)
    assert "server with the mock's control plane, read-write (it answers /__mock__)" in done.stdout
    assert f"cases with the token over {len(all_operations())} of {len(all_operations())}" in (
        done.stdout
    )


# -- never green without testing ------------------------------------------------------------


class _Refuser(http.server.BaseHTTPRequestHandler):
    """Answers 401 in the API's envelope to everything; ``/agents`` too unless ``lets_in``."""

    lets_in = False

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.lets_in and self.path.startswith("/api/v1/agents?"):
            status, body = 200, {"success": True, "data": [], "meta": {
                "current_page": 1, "per_page": 1, "total": 0, "last_page": 1}}  # fmt: skip
        else:
            status, body = 401, {"success": False, "message": "Unauthenticated."}
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(params=[False, True], ids=["refuses-all", "lets-the-first-read-in"])
def refuser(request: pytest.FixtureRequest) -> Iterator[str]:
    handler = type("Handler", (_Refuser,), {"lets_in": request.param})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()
    server.server_close()


def test_a_token_refused_everywhere_fails_the_run_with_a_junit_failure(
    refuser: str, tmp_path: Path
) -> None:
    report = tmp_path / "junit.xml"
    done = contract(
        "--base-url", refuser, "--token", "talq_expired", "--tag", "Trainings", "--tag", "Agents",
        "--profile", "quick", "--junit", str(report),
    )  # fmt: skip
    assert done.returncode == 1, done.stdout[-2000:]
    failures = junit_failures(report)
    assert failures, report.read_text()
    assert any("refused" in f or "Authentication failed" in f for f in failures), failures
    assert "FAILED:" in done.stderr
    assert "talq_expired" not in done.stdout + done.stderr + report.read_text()


def test_a_tag_that_selects_nothing_is_refused_not_green() -> None:
    done = contract("--tag", "No Such Tag", "--max-examples", "2")
    assert done.returncode == 2
    assert "no operation has the tag" in done.stderr


# -- every tag alone, read-only and read-write --------------------------------------------


def test_every_tag_alone_passes_read_only_and_read_write(served: str) -> None:
    """Each tag's operations alone, against a healthy served mock: a phase a filter leaves
    without work is skipped with a note, never an error; --reset puts the state back."""
    runs = [(tag, mode) for tag in TAGS for mode in ("--read-only", "--read-write")]

    def run(item: tuple[str, str]) -> tuple[str, str, subprocess.CompletedProcess[str]]:
        tag, mode = item
        extra = ["--reset"] if mode == "--read-write" else []
        done = contract("--base-url", served, "--token", DEMO_TOKEN, "--tag", tag, mode,
                        "--user-token", DEMO_USER_TOKEN, "--max-examples", "3",
                        *extra)  # fmt: skip
        return tag, mode, done

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, runs))
    failed = {
        f"{tag} {mode}": (done.stdout[-1500:] + done.stderr[-800:])
        for tag, mode, done in results
        if done.returncode != 0
    }
    assert not failed, json.dumps(failed, indent=1)[:6000]
    notes = [done.stdout for tag, mode, done in results if "stateful phase skipped" in done.stdout]
    assert notes  # a read-only subset has no links to follow, and says so
    print(f"{len(results)} runs, one tag each, all passed")


def test_reset_puts_a_served_mock_back_as_it_was(served: str) -> None:
    control = served.replace("/api/v1", "/__mock__")
    before = httpx.get(f"{control}/state").json()
    done = contract("--base-url", served, "--token", DEMO_TOKEN, "--tag", "Trainings",
                    "--max-examples", "5", "--reset")  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:]
    assert "the target's state is back as it was" in done.stdout
    assert httpx.get(f"{control}/state").json() == before


# -- the shareable configuration --------------------------------------------------------------


def test_plain_schemathesis_with_the_shared_configuration_passes_against_the_mock(
    served: str,
) -> None:
    env = {
        **os.environ, "TALKOVER_CONTRACT_TOKEN": DEMO_TOKEN,
        "TALKOVER_CONTRACT_USER_TOKEN": DEMO_USER_TOKEN,
    }  # fmt: skip
    env.pop("SCHEMATHESIS_HOOKS", None)
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file",
        str(ROOT / "openapi" / "schemathesis.toml"), "run", str(ROOT / "openapi" / "talkover.yaml"),
        "--url", served, "--max-examples", "10", "--seed", "1",
        # Get Current User lives at /api/user; plain schemathesis sends every operation to
        # --url (the kit's hooks rebase it), as the file's header says.
        "--exclude-operation-id", "getCurrentUser",
    ]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, env=env, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "Selected: 92/92" in done.stdout or "Selected:" in done.stdout
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in done.stdout, phase


def test_without_a_user_token_the_account_api_is_skipped_by_name_never_passed(
    served: str,
) -> None:
    both = contract("--base-url", served, "--token", DEMO_TOKEN, "--tag", "Health", "--tag",
                    "Account", "--read-only", "--max-examples", "3")  # fmt: skip
    assert both.returncode == 0, failures(both)
    assert "Account API operations skipped, because no user token was given" in both.stdout
    assert "getCurrentUser" in both.stdout
    assert "over 1 of 1 operations" in both.stdout  # Health, and only Health, counted
    alone = contract("--base-url", served, "--token", DEMO_TOKEN, "--tag", "Account",
                     "--read-only", "--max-examples", "3")  # fmt: skip
    assert alone.returncode != 0
    assert "needs a user token" in alone.stdout + alone.stderr
    assert "${TALKOVER_CONTRACT_USER_TOKEN}" not in contract("config", "--no-user-token").stdout


def test_the_config_command_writes_the_shared_file() -> None:
    done = contract("config")
    assert done.returncode == 0
    assert done.stdout == (ROOT / "openapi" / "schemathesis.toml").read_text()
    with_hooks = contract("config", "--hooks")
    assert 'hooks = "talkover_contract.hooks"' in with_hooks.stdout


# -- the model-based test goes where its target is --------------------------------------------


def portable_suite(base_url: str, junit: Path, *tests: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_CONTRACT_")}
    env.update(
        TALKOVER_CONTRACT_BASE_URL=base_url, TALKOVER_CONTRACT_TOKEN=DEMO_TOKEN,
        TALKOVER_CONTRACT_OTHER_TOKEN=OTHER_TOKEN, HYPOTHESIS_PROFILE="smoke",
    )  # fmt: skip
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs",
               f"--junitxml={junit}", *tests]  # fmt: skip
    return subprocess.run(
        command, capture_output=True, text=True, timeout=600, env=env, cwd=ROOT, check=False
    )


def test_the_model_test_runs_through_a_foreign_proxy_with_the_control_plane(
    served: str, tmp_path: Path
) -> None:
    origin = served.removesuffix("/api/v1")
    with recording_proxy(origin, control=True) as proxy:
        done = portable_suite(
            f"{proxy.url}/api/v1", tmp_path / "j.xml", "contract_tests/test_model.py"
        )
        seen = list(proxy.seen)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "1 passed" in done.stdout
    assert ("POST", "/__mock__/reset", "") in seen
    api = [path for method, path, auth in seen if path.startswith("/api/v1/")]
    assert len(api) > 50, len(api)
    assert any(auth == "Bearer talq_not_a_real_token" for _, _, auth in seen)


def test_without_a_control_plane_the_model_test_is_skipped_and_says_why(
    served: str, tmp_path: Path
) -> None:
    origin = served.removesuffix("/api/v1")
    junit = tmp_path / "j.xml"
    with recording_proxy(origin, control=False) as proxy:
        done = portable_suite(
            f"{proxy.url}/api/v1", junit, "contract_tests/test_model.py",
            "contract_tests/test_schemathesis.py",
        )  # fmt: skip
        seen = list(proxy.seen)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "1 skipped" in done.stdout
    assert "1 passed" in done.stdout  # the per-operation test, read-only: the run did test
    assert "needs the target's control plane" in done.stdout
    skipped = [
        f"{s.get('message', '')} {s.text or ''}" for s in ET.parse(junit).getroot().iter("skipped")
    ]
    assert any("control plane" in message for message in skipped), skipped
    assert not [p for m, p, _ in seen if m != "GET"]  # read-only: nothing was written


def test_help_says_what_the_run_does_and_when_it_is_read_only() -> None:
    text = cli.parser().format_help()
    assert "read-only" in text
    assert "POST, PUT, PATCH and DELETE are\nexcluded by name" in text
    assert "Green means tested" in text


def test_writes_against_a_server_without_control_plane_need_a_scratch_agent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = cli.main(
        ["--base-url", "http://127.0.0.1:9/api/v1", "--token", "talq_x", "--read-write"]
    )
    assert status == 2
    assert "--read-write needs --scratch-agent" in capsys.readouterr().err


def test_no_token_is_refused_before_any_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TALKOVER_CONTRACT_TOKEN", raising=False)
    monkeypatch.setenv("TALKOVER_API_TOKEN", "talq_the_client_s_token")  # never read here
    assert cli.main(["--base-url", "http://127.0.0.1:9/api/v1"]) == 2
    assert "needs a token (--token or $TALKOVER_CONTRACT_TOKEN)" in capsys.readouterr().err

"""``pip install talkover`` is the client alone: the wheel built from this repository installs
into a fresh virtual environment with only the client's dependencies (no Starlette, uvicorn,
jsonschema, PyYAML or schemathesis), its version is the spec's, and it works against a served
mock. The mock and the contract suite are its extras."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.server import serve_in_thread
from talkover_spec import load_spec

pytestmark = pytest.mark.system

ROOT = Path(__file__).parents[1]
UV = ROOT / ".tools" / "uv" / "bin" / "uv"
# What the client may bring along: httpx and its own dependencies, attrs.
CLIENT_DEPENDENCIES = {"talkover", "httpx", "httpcore", "h11", "anyio", "idna", "certifi", "attrs"}
OPTIONAL = {"sniffio", "typing-extensions", "exceptiongroup"}  # by Python version / httpx version
NOT_THE_CLIENT = ["starlette", "uvicorn", "jsonschema", "jsonschema_rs", "yaml", "schemathesis"]


def run(
    *command: str | Path, cwd: Path | None = None, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True, text=True, timeout=300, check=False, cwd=cwd,
        env={**env, **(env_extra or {})},
    )  # fmt: skip


@pytest.fixture(scope="module")
def client_venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not UV.exists():
        pytest.fail(f"{UV} is missing: run scripts/setup")
    tmp = tmp_path_factory.mktemp("wheel")
    built = run(UV, "build", "--wheel", "--out-dir", tmp / "dist", ROOT)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("talkover-*.whl")
    venv = tmp / "venv"
    made = run(UV, "venv", "--quiet", "--python", sys.executable, venv)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    # From uv's cache when it holds the client's dependencies (it does after scripts/setup);
    # from the package index otherwise.
    for mode in (["--offline"], []):
        installed = run(UV, "pip", "install", "--quiet", "--python", python, *mode, wheel)
        if installed.returncode == 0:
            break
    assert installed.returncode == 0, installed.stderr[-3000:]
    return wheel, python


def test_the_wheel_carries_the_spec_s_version(client_venv: tuple[Path, Path]) -> None:
    wheel, python = client_venv
    version = str(load_spec()["info"]["version"])
    assert wheel.name.startswith(f"talkover-{version}-")
    assert talkover.__version__ == version
    shown = run(python, "-c", "import talkover; print(talkover.__version__)")
    assert shown.stdout.strip() == version, shown.stderr


def test_the_client_installs_alone(client_venv: tuple[Path, Path]) -> None:
    _, python = client_venv
    frozen = run(UV, "pip", "freeze", "--python", python)
    lines = frozen.stdout.splitlines()
    names = {line.split("==")[0].split(" @ ")[0].strip().lower() for line in lines if line}
    print("installed with the client:", sorted(names))
    assert names >= CLIENT_DEPENDENCIES
    assert names <= CLIENT_DEPENDENCIES | OPTIONAL, names - CLIENT_DEPENDENCIES - OPTIONAL
    probe = f"import importlib.util as u; print([m for m in {NOT_THE_CLIENT!r} if u.find_spec(m)])"
    assert run(python, "-c", probe).stdout.strip() == "[]"


def test_the_wheel_holds_no_maintainer_tools_and_every_module_it_ships_imports_or_says_why(
    client_venv: tuple[Path, Path],
) -> None:
    """What the wheel ships either imports with the client's dependencies or, for an extra's
    package, fails with the message that names the extra: nothing half-works."""
    _, python = client_venv
    probe = (
        "import importlib, importlib.util as u\n"
        "print('tools', bool(u.find_spec('talkover_tools')))\n"
        "for name in ['talkover', 'talkover.testing', 'talkover_api_client.resources']:\n"
        "    importlib.import_module(name); print('ok', name)\n"
        "for name in ['talkover_mock', 'talkover_contract']:\n"
        "    try: importlib.import_module(name)\n"
        "    except ImportError as e: print('needs', name, e)\n"
    )
    shown = run(python, "-c", probe).stdout
    assert "tools False" in shown, shown
    assert shown.count("ok ") == 3, shown
    assert "needs talkover_mock talkover_mock needs" in shown
    assert "pip install 'talkover[mock]'" in shown
    assert "needs talkover_contract" in shown, shown


def test_the_client_alone_works_against_a_served_mock(client_venv: tuple[Path, Path]) -> None:
    _, python = client_venv
    app = create_app(MockConfig(seed=2))
    try:
        with serve_in_thread(app) as base_url:
            done = run(
                python, ROOT / "examples" / "trainings.py", cwd=python.parent,
                env_extra={"TALKOVER_API_TOKEN": DEMO_TOKEN, "TALKOVER_BASE_URL": base_url},
            )  # fmt: skip
    finally:
        app.state.deliverer.close(grace=0.5)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "second delete: 404" in done.stdout


def test_the_mock_needs_its_extra_and_says_so(client_venv: tuple[Path, Path]) -> None:
    _, python = client_venv
    done = run(python.parent / "talkover-mock", "--help")
    assert done.returncode != 0
    assert "pip install 'talkover[mock]'" in done.stderr

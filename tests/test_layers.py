"""ARCHITECTURE.md's import table, enforced: ``lint-imports`` (import-linter, configured in
pyproject.toml) keeps every rule, and goes red when a forbidden import is added."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).parent / "lint-imports"


def lint(env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--no-cache"], capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120, check=False,
    )  # fmt: skip


def test_every_import_rule_is_kept() -> None:
    done = lint()
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


def test_a_forbidden_import_breaks_the_check(tmp_path: Path) -> None:
    """The portable suite importing the mock, planted in a copy that shadows the real
    package: the check names the broken contract and the import."""
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "talkover_contract", copy / "talkover_contract")
    planted = copy / "talkover_contract" / "tally.py"
    planted.write_text(planted.read_text() + "\nimport talkover_mock.demo  # planted\n")
    env = {**os.environ, "PYTHONPATH": f"{copy}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    done = lint(env)
    assert done.returncode != 0, done.stdout[-2000:]
    assert "never the mock BROKEN" in done.stdout
    assert "talkover_contract.tally -> talkover_mock.demo" in done.stdout

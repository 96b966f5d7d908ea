"""Files rendered from the code (the README's tables, the shared schemathesis configuration)
are what the code renders now, and a stale one is named (``talkover_tools.derived``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from talkover_tools import derived

ROOT = Path(__file__).resolve().parents[1]


def test_every_derived_file_is_fresh() -> None:
    assert derived.stale() == [], "run scripts/regenerate"


def test_a_stale_section_or_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "openapi").mkdir()
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    readme = tmp_path / "README.md"
    readme.write_text(
        readme.read_text().replace("| `bare_error_body` |", "| `bare_error_bodies` |")
    )
    assert derived.stale(tmp_path) == ["openapi/schemathesis.toml", "README.md (section faults)"]
    assert derived.write(tmp_path) == ["openapi/schemathesis.toml", "README.md"]
    assert derived.stale(tmp_path) == []
    assert readme.read_text() == (ROOT / "README.md").read_text()

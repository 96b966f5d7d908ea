"""Files of the repository that are rendered from the code and the spec, never edited by hand:
``scripts/regenerate`` writes them and the drift check (``scripts/check-drift``, also a test)
fails naming any that is stale, the same way as for ``generated/``.

A derived file is either a whole file or the text between two markers in a hand-written one
(``<!-- derived:NAME -->`` … ``<!-- /derived:NAME -->``), so prose and generated tables can
share a README.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Derived:
    path: str
    """Relative to the repository root."""
    render: Callable[[], str]
    section: str | None = None
    """The marker name when only a section of the file is derived."""

    def expected(self, current: str) -> str:
        text = self.render()
        if self.section is None:
            return text
        start, end = f"<!-- derived:{self.section} -->", f"<!-- /derived:{self.section} -->"
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
        if not pattern.search(current):
            raise LookupError(f"{self.path} has no {start} … {end} section")
        return pattern.sub(lambda _: f"{start}\n{text.rstrip()}\n{end}", current, count=1)


def _schemathesis_config() -> str:
    from talkover_contract.config import schemathesis_toml

    return schemathesis_toml(read_only=False, shared=True)


def files() -> list[Derived]:
    return [Derived("openapi/schemathesis.toml", _schemathesis_config)]


def stale(root: Path = ROOT) -> list[str]:
    """The derived files that are not what the code renders now."""
    found = []
    for item in files():
        path = root / item.path
        current = path.read_text() if path.exists() else ""
        if item.section is None and not path.exists():
            found.append(item.path)
            continue
        try:
            if item.expected(current) != current:
                found.append(item.path + (f" (section {item.section})" if item.section else ""))
        except LookupError as error:
            found.append(str(error))
    return found


def write(root: Path = ROOT) -> list[str]:
    """Render every derived file; the paths that changed."""
    changed = []
    for item in files():
        path = root / item.path
        current = path.read_text() if path.exists() else ""
        wanted = item.expected(current)
        if wanted != current:
            path.write_text(wanted)
            changed.append(item.path)
    return changed

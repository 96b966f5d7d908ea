"""Generate the Python client from the spec, and check that generated/ has not drifted.

``regenerate`` and ``check_drift`` share one code path (:func:`generate_into`): the drift check
generates into a temporary folder exactly as regenerate does and compares the two trees.
The output is a pure function of the spec, ``codegen/`` (config and templates) and the pinned
generator and ruff versions; all four are recorded in ``generated/GENERATION.json``.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from talkover_spec import load_spec, spec_path
from talkover_spec.extensions import server_path

from . import derived, error_catalog, sdkgen, webhook_events

ROOT = Path(__file__).resolve().parents[2]
SPEC = spec_path()
CODEGEN = ROOT / "codegen"
GENERATED = ROOT / "generated"
RECORD = "GENERATION.json"
# Files the generator or its post hooks may leave behind that are not part of the output.
_STRAY = (".ruff_cache", "__pycache__", ".mypy_cache")


class GenerationError(RuntimeError):
    """The generator failed or warned (``--fail-on-warning``)."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _record(spec: Path) -> dict[str, str]:
    return {
        "spec": spec.relative_to(ROOT).as_posix() if spec.is_relative_to(ROOT) else spec.name,
        "spec_sha256": _sha256(spec),
        "codegen_sha256": _tree_sha256(CODEGEN),
        "openapi-python-client": metadata.version("openapi-python-client"),
        "ruff": metadata.version("ruff"),
    }


def render_operations(document: dict[str, Any]) -> str:
    """``_operations.py``: what the endpoint modules cannot know from the generator, read from
    the spec: the operations whose own ``servers`` put them outside the API's base path (Get
    Current User at ``/api/user``), and which token each operation takes (D61)."""
    base = server_path(document["servers"][0]["url"])
    bases: dict[tuple[str, str], str] = {}
    schemes: dict[tuple[str, str], str] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            servers = operation.get("servers") or item.get("servers")
            if servers and server_path(servers[0]["url"]) != base:
                bases[(method, path)] = server_path(servers[0]["url"])
            for requirement in operation.get("security", document.get("security", [])):
                for name in requirement:
                    schemes[(method, path)] = name
    other = sorted({s for s in schemes.values() if s != "bearerAuth"})
    if other != ["userAuth"] and other:
        raise ValueError(f"security schemes the client does not know: {other}")
    user = sorted(k for k, v in schemes.items() if v == "userAuth")
    environment = sorted(k for k, v in schemes.items() if v == "bearerAuth")
    text = (CODEGEN / "extra" / "operations.py").read_text()
    for marker, value in (
        ('"@base@"  # type: ignore[assignment]', repr(base)),
        ('"@bases@"  # type: ignore[assignment]', repr(dict(sorted(bases.items())))),
        ('"@user@"  # type: ignore[assignment]', "frozenset({" + ", ".join(map(repr, user)) + "})"),
        (
            '"@environment@"  # type: ignore[assignment]',
            "frozenset({" + ", ".join(map(repr, environment)) + "})",
        ),
    ):
        text = text.replace(marker, value)
    return text


def generate_into(out: Path, spec: Path = SPEC) -> None:
    """Generate the client for ``spec`` into the new folder ``out``."""
    bin_dir = Path(sys.executable).parent
    # The generator may cache its byte code in the venv even where the shell says not to: it is
    # the same generator every time, and compiling it again costs a second a run.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "RUFF_NO_CACHE": "true",
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
    }
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(spec),
        "--config", str(CODEGEN / "config.yaml"),
        "--custom-template-path", str(CODEGEN / "templates"),
        "--meta", "uv",
        "--output-path", str(out),
        "--fail-on-warning",
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0 or not out.is_dir():
        raise GenerationError(f"openapi-python-client failed:\n{done.stdout}{done.stderr}")
    package = out / "talkover_api_client"
    document = load_spec(spec)
    ours = {
        package / "error_codes.py": error_catalog.render(document),
        package / "webhook_events.py": webhook_events.render(document),
        **{package / name: text for name, text in sdkgen.render(document, package).items()},
        package / "_arguments.py": (CODEGEN / "extra" / "arguments.py").read_text(),
        package / "_drift.py": (CODEGEN / "extra" / "drift.py").read_text(),
        package / "_operations.py": render_operations(document),
    }
    for path, text in ours.items():
        path.write_text(text)
    subprocess.run(  # noqa: S603 - the pinned ruff, on the files just written
        [str(bin_dir / "ruff"), "format", "--quiet", *map(str, ours)], env=env, check=True
    )
    for stray in _STRAY:
        for path in list(out.rglob(stray)):
            shutil.rmtree(path)
    (out / RECORD).write_text(json.dumps(_record(spec), indent=2, sort_keys=True) + "\n")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(part in _STRAY for part in p.relative_to(folder).parts)
    }


@dataclass(frozen=True)
class Drift:
    added: list[str]  # in a fresh generation, missing from generated/
    removed: list[str]  # in generated/, not produced any more
    changed: list[str]
    diff: str

    @property
    def clean(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def report(self) -> str:
        if self.clean:
            return "generated/ matches the spec."
        lines = ["generated/ has drifted from the spec; run scripts/regenerate."]
        lines += [f"  missing: generated/{p}" for p in self.added]
        lines += [f"  stale:   generated/{p}" for p in self.removed]
        lines += [f"  changed: generated/{p}" for p in self.changed]
        return "\n".join(lines) + ("\n\n" + self.diff if self.diff else "")


def compare(expected: Path, actual: Path, *, context_lines: int = 200) -> Drift:
    want, have = _files(expected), _files(actual)
    changed = sorted(p for p in want.keys() & have.keys() if want[p] != have[p])
    diff: list[str] = []
    for path in changed:
        diff += difflib.unified_diff(
            have[path].decode(errors="replace").splitlines(),
            want[path].decode(errors="replace").splitlines(),
            f"generated/{path}",
            f"fresh/{path}",
            lineterm="",
        )
    return Drift(
        added=sorted(want.keys() - have.keys()),
        removed=sorted(have.keys() - want.keys()),
        changed=changed,
        diff="\n".join(diff[:context_lines]),
    )


def check_drift(spec: Path = SPEC, generated: Path = GENERATED) -> Drift:
    with tempfile.TemporaryDirectory(prefix="talkover-drift-") as tmp:
        fresh = Path(tmp) / "client"
        generate_into(fresh, spec)
        return compare(fresh, generated)


def regenerate(spec: Path = SPEC, generated: Path = GENERATED) -> Drift:
    """Rewrite ``generated`` from ``spec``; stale files are removed. Returns what changed."""
    with tempfile.TemporaryDirectory(prefix="talkover-regen-", dir=generated.parent) as tmp:
        fresh = Path(tmp) / "client"
        generate_into(fresh, spec)
        empty = Path(tmp) / "empty"
        empty.mkdir()
        drift = compare(fresh, generated if generated.exists() else empty)
        if not drift.clean:
            if generated.exists():
                shutil.rmtree(generated)
            fresh.rename(generated)
        return drift


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["regenerate", "check"])
    parser.add_argument("--spec", type=Path, default=SPEC)
    args = parser.parse_args(argv)
    try:
        if args.command == "regenerate":
            drift = regenerate(args.spec)
            print("generated/ was already up to date." if drift.clean else "generated/ rewritten:")
            for path in drift.added + drift.removed + drift.changed:
                print(f"  {path}")
            for path in derived.write():
                print(f"rewritten: {path}")
            return 0
        drift = check_drift(args.spec)
    except GenerationError as error:
        print(error, file=sys.stderr)
        return 2
    print(drift.report(), file=sys.stdout if drift.clean else sys.stderr)
    stale = derived.stale()
    for path in stale:
        print(f"stale derived file: {path} (run scripts/regenerate)", file=sys.stderr)
    return 0 if drift.clean and not stale else 1


if __name__ == "__main__":
    sys.exit(main())

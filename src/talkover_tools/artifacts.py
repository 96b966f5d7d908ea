"""The spec as an artifact for other teams: lint (Redocly, recommended rules), a bundle in YAML
and JSON, HTML reference docs, and TypeScript types, all under ``build/``.

``scripts/spec-artifacts`` runs every step; the tests call the same functions. The Node tools
are pinned in ``package.json`` / ``package-lock.json`` and installed with ``npm ci``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from talkover_spec import spec_path

from . import ts_examples

ROOT = Path(__file__).resolve().parents[2]
SPEC = spec_path()
BUILD = ROOT / "build"
NODE_BIN = ROOT / "node_modules" / ".bin"
TS_EXAMPLE = ROOT / "ts" / "workflow.ts"
TS_RUNNER = ROOT / "ts" / "run.mjs"
CHROMIUM = Path("/usr/bin/chromium")
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}


class ToolMissing(RuntimeError):
    """A Node tool or the browser is not installed; the message says how to install it."""


def node_tool(name: str) -> Path:
    path = NODE_BIN / name
    if not path.exists():
        raise ToolMissing(
            f"{name} is not installed: run `npm ci` at the repository root (Node 20+)."
        )
    return path


def chromium() -> Path:
    if not CHROMIUM.exists():
        raise ToolMissing(
            "chromium is not installed: `apt-get install chromium` (Debian's package)."
        )
    return CHROMIUM


def _run(command: list[str | Path], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(  # noqa: S603
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **_QUIET},
        check=False,
    )
    if check and done.returncode != 0:
        raise RuntimeError(
            f"{command[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return done


def lint(spec: Path = SPEC) -> dict[str, Any]:
    """Redocly's findings for ``spec``: ``{"totals": {...}, "problems": [...]}``."""
    done = _run([node_tool("redocly"), "lint", spec, "--format=json"], check=False)
    start = done.stdout.find("{")
    if start < 0:
        raise RuntimeError(f"redocly lint printed no report:\n{done.stdout}\n{done.stderr}")
    report: dict[str, Any] = json.loads(done.stdout[start:])
    return report


def bundle(out_dir: Path = BUILD / "openapi", spec: Path = SPEC) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    yaml_path, json_path = out_dir / "talkover.yaml", out_dir / "talkover.json"
    _run([node_tool("redocly"), "bundle", spec, "-o", yaml_path])
    _run([node_tool("redocly"), "bundle", spec, "--ext", "json", "-o", json_path])
    return yaml_path, json_path


def build_docs(out: Path = BUILD / "docs" / "index.html", spec: Path = SPEC) -> Path:
    """One self-contained HTML page (Redoc inlined: it needs no CDN)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    _run([node_tool("redocly"), "build-docs", spec, "--inlineBundle", "-o", out])
    return out


def typescript_types(out: Path = BUILD / "ts" / "talkover.d.ts", spec: Path = SPEC) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    _run([node_tool("openapi-typescript"), spec, "-o", out])
    return out


@contextmanager
def _typescript_project(types: Path) -> Iterator[Path]:
    """A throw-away ES module folder under ``build/`` (so Node and tsc find ``node_modules``)
    holding the workflow, its runner and ``types`` as ``talkover.d.ts``."""
    BUILD.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="ts-", dir=BUILD))
    try:
        for source in (TS_EXAMPLE, TS_RUNNER):
            shutil.copy(source, folder / source.name)
        shutil.copy(types, folder / "talkover.d.ts")
        (folder / "package.json").write_text('{"private": true, "type": "module"}\n')
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _tsc(
    folder: Path, *output: str | Path, source: str = TS_EXAMPLE.name
) -> subprocess.CompletedProcess[str]:
    return _run(
        [node_tool("tsc"), *output, "--strict", "--target", "es2022", "--module", "nodenext",
         "--moduleResolution", "nodenext", "--lib", "es2022,dom", folder / source],
        check=False,
    )  # fmt: skip


def second_generator(spec: Path = SPEC) -> tuple[subprocess.CompletedProcess[str], int]:
    """Another generator from the registries (``@hey-api/openapi-ts``) over the spec: its
    client compiles under ``tsc --strict``, and every documented request body is assignable
    to the body type it generates. The compile, and how many bodies."""
    BUILD.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="hey-api-", dir=BUILD))
    try:
        _run([node_tool("openapi-ts"), "-i", spec, "-o", folder / "client"])
        text, count = ts_examples.render_hey_api(spec)
        (folder / "bodies.ts").write_text(text)
        (folder / "package.json").write_text('{"private": true, "type": "module"}\n')
        compiled = _run(
            [node_tool("tsc"), "--noEmit", "--strict", "--target", "es2022", "--module",
             "esnext", "--moduleResolution", "bundler", "--lib", "es2022,dom,dom.iterable",
             folder / "bodies.ts", folder / "client" / "index.ts"],
            check=False,
        )  # fmt: skip
        return compiled, count
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def compile_documented_examples(
    types: Path, spec: Path | None = None
) -> tuple[subprocess.CompletedProcess[str], int]:
    """``tsc --noEmit --strict`` of every operation's documented request and success examples
    written with openapi-fetch over ``types`` (``ts_examples``); and how many operations."""
    text, count = ts_examples.render(spec)
    with _typescript_project(types) as folder:
        (folder / "examples.ts").write_text(text)
        return _tsc(folder, "--noEmit", source="examples.ts"), count


def compile_typescript_example(types: Path) -> subprocess.CompletedProcess[str]:
    """``tsc --noEmit --strict`` of ``ts/workflow.ts`` against ``types``."""
    with _typescript_project(types) as folder:
        return _tsc(folder, "--noEmit")


def run_typescript_workflow(
    types: Path, base_url: str, token: str, agent_id: str, campaign_id: str
) -> subprocess.CompletedProcess[str]:
    """Compile ``ts/workflow.ts`` (``--strict``) and run it under Node against ``base_url``:
    its runner prints one JSON report. A compile error is returned as the failed process."""
    with _typescript_project(types) as folder:
        compiled = _tsc(folder, "--outDir", folder / "out")
        if compiled.returncode != 0:
            return compiled
        shutil.copy(folder / TS_RUNNER.name, folder / "out" / TS_RUNNER.name)
        node = shutil.which("node")
        if node is None:
            raise ToolMissing("node is not installed (Node 20+).")
        return _run(
            [node, folder / "out" / TS_RUNNER.name, base_url, token, agent_id, campaign_id],
            check=False,
        )


def main() -> int:
    try:
        report = lint()
        totals = report["totals"]
        print(
            f"lint (redocly recommended): {totals['errors']} errors, {totals['warnings']} warnings"
        )
        for problem in report.get("problems", []):
            print(f"  {problem['severity']}: {problem['ruleId']}: {problem['message']}")
        yaml_path, json_path = bundle()
        print(f"bundle: {yaml_path.relative_to(ROOT)}, {json_path.relative_to(ROOT)}")
        print(f"docs:   {build_docs().relative_to(ROOT)}")
        types = typescript_types()
        print(f"types:  {types.relative_to(ROOT)}")
        compiled = compile_typescript_example(types)
        verdict = "ok" if compiled.returncode == 0 else "FAILED"
        print(f"tsc --noEmit --strict ts/workflow.ts: {verdict}")
        if compiled.returncode != 0:
            print(compiled.stdout, compiled.stderr, sep="\n")
        documented, count = compile_documented_examples(types)
        verdict = "ok" if documented.returncode == 0 else "FAILED"
        print(
            f"tsc --noEmit --strict, every operation's documented request and success examples"
            f" with openapi-fetch ({count} operations): {verdict}"
        )
        if documented.returncode != 0:
            print(documented.stdout[-6000:], documented.stderr, sep="\n")
            compiled = documented
        second, bodies = second_generator()
        verdict = "ok" if second.returncode == 0 else "FAILED"
        print(
            f"@hey-api/openapi-ts: its client compiles with tsc --strict and takes every"
            f" documented request body ({bodies} bodies): {verdict}"
        )
        if second.returncode != 0:
            print(second.stdout[-6000:], second.stderr, sep="\n")
            compiled = second
    except ToolMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    return 0 if totals["errors"] == totals["warnings"] == 0 and compiled.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

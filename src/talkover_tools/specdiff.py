"""The breaking-change gate: compare the spec at a git ref with the working spec.

    scripts/spec-diff                 # against main
    scripts/spec-diff --base v1.0.0   # against a tag (or any ref), or --old FILE

Changes are listed in two groups with their location. The gate fails (exit 1) on a breaking
change unless ``info.version``'s major number was raised. Breaking, from a client's side:
a removed operation, parameter or response field; a new required request field or parameter;
a narrowed enum or tighter limit on a request field; a removed enum value in a response; a
changed type; a removed success status; a changed security requirement. Not breaking, for
clients of this kit: a new operation, a new optional response field, an enum value added to a
response (the client reads an unknown value as its string and records the drift, D58).
Tools evaluated first: oasdiff (Go) does not install here; openapi-diff 0.24.1 (npm) refuses
the spec ("Unsupported OpenAPI version: 3.1.0"). So this small differ covers the rules above,
tested rule by rule in ``tests/test_specdiff.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from talkover_spec import dereference, spec_path

ROOT = Path(__file__).resolve().parents[2]
SPEC = spec_path()
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# (keyword, tighter when the new value is ...)
_LOWER_IS_TIGHTER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems")
_HIGHER_IS_TIGHTER = ("minLength", "minimum", "exclusiveMinimum", "minItems")


@dataclass(frozen=True)
class Change:
    breaking: bool
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def _types(schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if kind is None:
        return frozenset()
    return frozenset([kind] if isinstance(kind, str) else kind)


class _Differ:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(self, breaking: bool, location: str, message: str) -> None:
        self.changes.append(Change(breaking, location, message))

    def schema(self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types != new_types and old_types and new_types:
            widened, narrowed = new_types > old_types, new_types < old_types
            harmless = (request and widened) or (not request and narrowed)
            self.add(
                not harmless, where, f"type changed from {sorted(old_types)} to {sorted(new_types)}"
            )
        if old.get("const") != new.get("const"):
            self.add(
                True, where, f"const changed from {old.get('const')!r} to {new.get('const')!r}"
            )
        self._enum(old, new, where, request)
        self._limits(old, new, where, request)
        self._properties(old, new, where, request)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(old["items"], new["items"], f"{where}[]", request)
        for keyword in ("oneOf", "anyOf", "allOf"):
            old_list, new_list = old.get(keyword), new.get(keyword)
            if old_list is None and new_list is None:
                continue
            if not (isinstance(old_list, list) and isinstance(new_list, list)) or len(
                old_list
            ) != len(new_list):
                self.add(True, where, f"{keyword} changed")
                continue
            for index, (a, b) in enumerate(zip(old_list, new_list, strict=True)):
                self.schema(a, b, f"{where}<{keyword}{index}>", request)

    def _enum(self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in new:
            self.add(not request, where, "enum removed (any value allowed)")
            return
        if "enum" not in old:
            self.add(True, where, f"enum added: {new['enum']}")
            return
        removed = [v for v in old["enum"] if v not in new["enum"]]
        added = [v for v in new["enum"] if v not in old["enum"]]
        if removed:
            self.add(True, where, f"enum values removed: {removed}")
        if added:
            # A response value a client does not know yet: this kit's client reads it as its
            # string and records the drift (D58), so for its users it is not breaking.
            note = " (read as their string by this kit's client, D58)" if not request else ""
            self.add(False, where, f"enum values added: {added}{note}")

    def _limits(self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool) -> None:
        for keyword in (*_LOWER_IS_TIGHTER, *_HIGHER_IS_TIGHTER, "pattern"):
            a, b = old.get(keyword), new.get(keyword)
            if a == b:
                continue
            if keyword == "pattern":
                tighter = b is not None
            elif b is None:
                tighter = False
            elif a is None:
                tighter = True
            else:
                tighter = b < a if keyword in _LOWER_IS_TIGHTER else b > a
            self.add(request and tighter, where, f"{keyword} changed from {a!r} to {b!r}")

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool
    ) -> None:
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        for name in sorted(old_props.keys() - new_props.keys()):
            self.add(
                not request,
                f"{where}.{name}",
                "property removed" + ("" if request else " from the response"),
            )
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_req
            self.add(
                request and required,
                f"{where}.{name}",
                "new " + ("required" if required else "optional") + " property",
            )
        for name in sorted(old_props.keys() & new_props.keys()):
            location = f"{where}.{name}"
            if request and name in new_req - old_req:
                self.add(True, location, "property became required")
            if not request and name in old_req - new_req:
                self.add(True, location, "response property no longer required (may be missing)")
            if request and name in old_req - new_req:
                self.add(False, location, "property became optional")
            self.schema(old_props[name], new_props[name], location, request)


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                operation = dict(item[method])
                operation["parameters"] = [*shared, *operation.get("parameters", [])]
                found[f"{method.upper()} {path}"] = operation
    return found


def diff(old_document: dict[str, Any], new_document: dict[str, Any]) -> list[Change]:
    old_doc, new_doc = (
        dereference(old_document, old_document),
        dereference(new_document, new_document),
    )
    differ = _Differ()
    old_ops, new_ops = _operations(old_doc), _operations(new_doc)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        differ.add(True, key, "operation removed")
    for key in sorted(new_ops.keys() - old_ops.keys()):
        differ.add(False, key, "operation added")
    for key in sorted(old_ops.keys() & new_ops.keys()):
        _operation(differ, key, old_ops[key], new_ops[key])
    if old_doc.get("security") != new_doc.get("security"):
        differ.add(True, "security", "global security requirement changed")
    old_schemes = old_doc.get("components", {}).get("securitySchemes", {})
    new_schemes = new_doc.get("components", {}).get("securitySchemes", {})
    if old_schemes != new_schemes:
        differ.add(True, "components.securitySchemes", "security schemes changed")
    return differ.changes


def _operation(differ: _Differ, key: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    if old.get("security") != new.get("security"):
        differ.add(
            True, key, f"security changed from {old.get('security')} to {new.get('security')}"
        )
    old_params = {(p["in"], p["name"]): p for p in old["parameters"]}
    new_params = {(p["in"], p["name"]): p for p in new["parameters"]}
    for where, name in sorted(old_params.keys() - new_params.keys()):
        differ.add(True, f"{key} {where} parameter {name}", "parameter removed")
    for where, name in sorted(new_params.keys() - old_params.keys()):
        required = bool(new_params[(where, name)].get("required"))
        differ.add(
            required,
            f"{key} {where} parameter {name}",
            f"new {'required' if required else 'optional'} parameter",
        )
    for ident in sorted(old_params.keys() & new_params.keys()):
        location = f"{key} {ident[0]} parameter {ident[1]}"
        if new_params[ident].get("required") and not old_params[ident].get("required"):
            differ.add(True, location, "parameter became required")
        differ.schema(
            old_params[ident].get("schema", {}), new_params[ident].get("schema", {}), location, True
        )
    old_body, new_body = old.get("requestBody"), new.get("requestBody")
    if new_body and not old_body:
        differ.add(bool(new_body.get("required")), f"{key} request body", "request body added")
    elif old_body and not new_body:
        differ.add(False, f"{key} request body", "request body removed")
    elif old_body and new_body:
        if new_body.get("required") and not old_body.get("required"):
            differ.add(True, f"{key} request body", "request body became required")
        for media in sorted(
            old_body.get("content", {}).keys() - new_body.get("content", {}).keys()
        ):
            differ.add(True, f"{key} request body {media}", "media type removed")
        for media in sorted(
            old_body.get("content", {}).keys() & new_body.get("content", {}).keys()
        ):
            old_schema = old_body["content"][media].get("schema", {})
            new_schema = new_body["content"][media].get("schema", {})
            differ.schema(old_schema, new_schema, f"{key} request body", True)
    old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
    for status in sorted(old_responses.keys() - new_responses.keys()):
        success = str(status).startswith("2")
        differ.add(
            success,
            f"{key} {status}",
            "success status removed" if success else "response status removed",
        )
    for status in sorted(new_responses.keys() - old_responses.keys()):
        differ.add(False, f"{key} {status}", "response status added")
    for status in sorted(old_responses.keys() & new_responses.keys()):
        old_content = old_responses[status].get("content", {})
        new_content = new_responses[status].get("content", {})
        for media in sorted(old_content.keys() - new_content.keys()):
            differ.add(True, f"{key} {status} {media}", "response media type removed")
        for media in sorted(old_content.keys() & new_content.keys()):
            differ.schema(
                old_content[media].get("schema", {}), new_content[media].get("schema", {}),
                f"{key} {status} body", False,
            )  # fmt: skip


def major(document: dict[str, Any]) -> int:
    version = str(document.get("info", {}).get("version", "0"))
    head = version.lstrip("v").split(".")[0]
    return int(head) if head.isdigit() else 0


def gate(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, list[Change]]:
    """(passes, changes): fails on a breaking change unless the major version was raised."""
    changes = diff(old, new)
    breaking = any(change.breaking for change in changes)
    return (not breaking or major(new) > major(old)), changes


def report(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, str]:
    passes, changes = gate(old, new)
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"Breaking changes ({len(breaking)}):"]
    lines += [f"  - {c}" for c in breaking] or ["  (none)"]
    lines += [f"Non-breaking changes ({len(other)}):"]
    lines += [f"  + {c}" for c in other] or ["  (none)"]
    versions = f"{old.get('info', {}).get('version')} -> {new.get('info', {}).get('version')}"
    if passes:
        verdict = "passed" + (" (major version raised)" if breaking else "")
    else:
        verdict = f"FAILED: breaking changes without a major version bump ({versions})"
    lines.append(f"Result: {verdict}")
    return passes, "\n".join(lines)


def load_at_ref(ref: str, path: Path = SPEC) -> dict[str, Any]:
    relative = path.resolve().relative_to(ROOT).as_posix()
    shown = subprocess.run(  # noqa: S603
        ["git", "show", f"{ref}:{relative}"],  # noqa: S607 - git from PATH, as a developer runs it
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if shown.returncode != 0:
        raise SystemExit(f"spec-diff: cannot read {relative} at {ref!r}: {shown.stderr.strip()}")
    document: dict[str, Any] = yaml.safe_load(shown.stdout)
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spec-diff", description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git ref of the old spec (default: main)")
    parser.add_argument("--old", type=Path, help="read the old spec from this file instead")
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="the new spec (default: the working one)"
    )
    args = parser.parse_args(argv)
    old = yaml.safe_load(args.old.read_text()) if args.old else load_at_ref(args.base)
    new = yaml.safe_load(args.spec.read_text())
    passes, text = report(old, new)
    print(text)
    return 0 if passes else 1


if __name__ == "__main__":
    sys.exit(main())

"""The spec as data, for every part that reads it (the mock, the contract suite, the tools):
where it is, the parsed document (read once per process), its operations, ``$ref`` inlining,
and the ``x-talkover-*`` extensions that state behaviour several parts need.

Imports nothing of ours, so the client, the mock and the tools can all depend on it."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

API_PREFIX = "/api/v1"
_REPO_SPEC = Path(__file__).resolve().parents[2] / "openapi" / "talkover.yaml"
__all__ = ["API_PREFIX", "dereference", "load_spec", "operations", "spec_path"]


def spec_path() -> Path:
    """The spec in a source checkout, or the copy packaged with an installed wheel."""
    if _REPO_SPEC.is_file():
        return _REPO_SPEC
    return Path(str(resources.files("talkover_spec") / "talkover.yaml"))


# libyaml's loader (in PyYAML's wheels) reads the spec in about 0.13 s, the pure-Python one in
# 0.8 s: most of the mock's start-up. Same document either way (a test compares them).
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load_spec(path: Path | None = None) -> dict[str, Any]:
    with (path or spec_path()).open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.load(handle, Loader=_LOADER)  # noqa: S506 - a safe loader
    return document


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """operationId -> (method, path template) for every operation in ``spec``."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), path)
    return found


def dereference(node: Any, document: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every local ``$ref`` inlined (a recursive reference is left as is)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
            target: Any = document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return dereference(merged, document, (*seen, ref))
        return {key: dereference(value, document, seen) for key, value in node.items()}
    if isinstance(node, list):
        return [dereference(item, document, seen) for item in node]
    return node

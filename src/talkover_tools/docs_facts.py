"""The docs check (issue 28): the facts of each endpoint page of the docs' source
(``Talqover/talqover-docs``, ``en/api-reference/endpoints/*.mdx``), and how the spec differs
from them.

    scripts/docs-facts extract CHECKOUT    # write openapi/docs-facts.json from a checkout
    scripts/docs-facts changes CHECKOUT    # what the docs changed since the committed facts
    scripts/docs-facts check               # the spec against the committed facts

A page's facts, and nothing of its prose: its method and path; its path, query and body
parameters (name, type, required); the statuses it documents; its response fields (name, type,
required, nesting: ``data.agent.id``, ``data[].id``); its error codes (the table) and the
messages of its error examples. ``check`` lists every difference between the spec and those
facts; each is either fixed in the spec or explained in ``openapi/docs-explained.yaml`` by a
decision of ``docs/decisions.md`` (the test fails on any other, naming page, fact, docs value
and spec value).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from talkover_spec import API_PREFIX, dereference, load_spec
from talkover_spec.extensions import server_path

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "openapi" / "docs-facts.json"
EXPLAINED = ROOT / "openapi" / "docs-explained.yaml"
PAGES = "en/api-reference/endpoints"

_API = re.compile(r'^api:\s*"?(GET|POST|PUT|PATCH|DELETE)\s+(\S+?)"?\s*$', re.M)
_PARAM = re.compile(r"<(/?)ParamField(?:\s+(path|query|body|header)=\"([^\"]+)\"([^>]*))?>")
_TAG = re.compile(r"<(/?)ResponseField(?:\s+name=\"([^\"]+)\"([^>]*))?>")
_TYPE = re.compile(r'type="([^"]+)"')
_STATUS = re.compile(r"^#{2,4}\s.*?\b([1-5]\d\d)\b", re.M)
_CODE_ROW = re.compile(r"^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|[^|\n]*\|\s*([1-5]\d\d)\s*\|", re.M)
_JSON_BLOCK = re.compile(r"```json\s*\n(.*?)\n```", re.S)


def _required(attributes: str) -> bool:
    return bool(re.search(r"\brequired(?!=\{false\})", attributes))


def page_facts(text: str) -> dict[str, Any] | None:
    """The facts of one page, or None when it documents no endpoint."""
    api = _API.search(text)
    if api is None:
        return None
    method, path = api.group(1), api.group(2).removeprefix(API_PREFIX)
    params: dict[str, dict[str, Any]] = {}
    opened: list[str | None] = []  # body fields nest (flow_config.nodes); others do not
    for closing, where, name, attributes in _PARAM.findall(text):
        if closing:
            if opened:
                opened.pop()
            continue
        if where == "header":
            if not attributes.rstrip().endswith("/"):
                opened.append(None)
            continue
        kind = _TYPE.search(attributes)
        parents = [p for p in opened if p]
        dotted = ".".join([*parents, name]) if where == "body" else name
        params[f"{where} {dotted}"] = {
            "type": kind.group(1) if kind else None,
            "required": _required(attributes),
        }
        is_array = bool(kind and kind.group(1).startswith("array"))
        if not attributes.rstrip().endswith("/"):  # <ParamField ... /> holds nothing
            opened.append((name + ("[]" if is_array else "")) if where == "body" else None)
    fields: dict[str, dict[str, Any]] = {}
    stack: list[str] = []
    for closing, name, attributes in _TAG.findall(text):
        if closing:
            if stack:
                stack.pop()
            continue
        kind = _TYPE.search(attributes)
        parent = ".".join(stack)
        dotted = f"{parent}.{name}" if parent else name
        fields[dotted] = {
            "type": kind.group(1) if kind else None,
            "required": _required(attributes),
        }
        if not attributes.rstrip().endswith("/"):
            stack.append(name + ("[]" if kind and kind.group(1).startswith("array") else ""))
    messages: set[str] = set()
    for block in _JSON_BLOCK.findall(text):
        try:
            body = json.loads(block)
        except ValueError:
            continue
        if isinstance(body, dict) and body.get("success") is False:
            if isinstance(body.get("message"), str):
                messages.add(body["message"])
            if isinstance(body.get("code"), str):
                messages.add(f"code {body['code']}")
    return {
        "method": method,
        "path": path,
        "params": params,
        "statuses": sorted({int(s) for s in _STATUS.findall(text)}),
        "response_fields": fields,
        "error_codes": sorted({f"{code} {status}" for code, status in _CODE_ROW.findall(text)}),
        "error_messages": sorted(messages),
    }


def extract(checkout: Path) -> dict[str, Any]:
    """Every endpoint page of a docs checkout (a git directory or a work tree)."""
    work_tree = (checkout / PAGES).is_dir()

    def read(name: str) -> str:
        if work_tree:
            return (checkout / PAGES / name).read_text()
        return _git(checkout, "show", f"HEAD:{PAGES}/{name}")

    if work_tree:
        names = sorted(p.name for p in (checkout / PAGES).glob("*.mdx"))
    else:
        listed = _git(checkout, "ls-tree", "--name-only", "HEAD", f"{PAGES}/")
        names = sorted(Path(line).name for line in listed.splitlines() if line.endswith(".mdx"))
    commit = _git(checkout, "rev-parse", "HEAD")
    pages = {}
    for name in names:
        facts = page_facts(read(name))
        if facts is not None:
            pages[name.removesuffix(".mdx")] = facts
    return {"docs": "Talqover/talqover-docs", "commit": commit, "pages": pages}


def _git(checkout: Path, *args: str) -> str:
    bare = not (checkout / ".git").exists() and not (checkout / PAGES).is_dir()
    where = ["--git-dir", str(checkout)] if bare else ["-C", str(checkout)]
    done = subprocess.run(["git", *where, *args], capture_output=True, text=True, check=True)  # noqa: S603, S607
    return done.stdout.strip()


# -- the spec's side -------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    page: str
    fact: str
    docs: Any
    spec: Any

    def __str__(self) -> str:
        return f"{self.page}: {self.fact}: the docs say {self.docs!r}, the spec {self.spec!r}"


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {**schema, "properties": dict(schema.get("properties", {}))}
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        inner = _merged(part)
        for name, member in inner["properties"].items():
            out["properties"][name] = {**out["properties"].get(name, {}), **member}
        required |= set(inner.get("required", []))
        for key in ("type", "items"):
            if key in inner and key not in out:
                out[key] = inner[key]
    out["required"] = sorted(required)
    return out


def _field(schema: dict[str, Any], dotted: str) -> tuple[dict[str, Any] | None, bool]:
    """The spec's schema at a docs field path, and whether it is required there."""
    node, required = _merged(schema), True
    for part in dotted.split("."):
        name = part.removesuffix("[]")
        if node.get("items") and "properties" not in node:
            node = _merged(node["items"])
        options = node.get("oneOf") or node.get("anyOf")
        if options and not node["properties"]:
            node = next(
                (_merged(o) for o in options if name in _merged(o)["properties"]),
                _merged(options[0]),
            )
        if name not in node["properties"]:
            return None, False
        required = name in node["required"]
        node = _merged(node["properties"][name])
        if part.endswith("[]") and node.get("items"):
            node = _merged(node["items"])
    return node, required


def _spec_messages(definition: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for response in definition.get("responses", {}).values():
        media = (response.get("content") or {}).get("application/json", {})
        values = [media.get("example")] + [
            e.get("value") for e in media.get("examples", {}).values()
        ]
        for value in values:
            if isinstance(value, dict):
                if isinstance(value.get("message"), str):
                    found.add(value["message"])
                if isinstance(value.get("code"), str):
                    found.add(f"code {value['code']}")
    return found


def _outside_base(spec: dict[str, Any], full_path: str) -> dict[str, Any]:
    """The path item of a page whose path is outside ``/api/v1`` (``/api/user``): the one
    whose own ``servers`` end where the page's path begins."""
    for path, item in spec["paths"].items():
        for scope in (item, *[op for op in item.values() if isinstance(op, dict)]):
            servers = scope.get("servers") if isinstance(scope, dict) else None
            if servers and server_path(servers[0]["url"]) + path == full_path:
                return dict(item)
    return {}


def differences(
    facts: dict[str, Any], spec: dict[str, Any] | None = None
) -> tuple[list[Difference], int, list[str]]:
    """Every difference, how many facts were compared, and the pages the spec does not cover."""
    spec = spec or load_spec()
    found: list[Difference] = []
    checked = 0
    uncovered = []
    for page, page_facts_ in sorted(facts["pages"].items()):
        item = spec["paths"].get(page_facts_["path"]) or _outside_base(spec, page_facts_["path"])
        raw = item.get(page_facts_["method"].lower())
        if raw is None:
            uncovered.append(page)
            continue
        op = dereference(raw, spec)
        parameters = {
            f"{p['in']} {p['name']}": p
            for p in [*dereference(item.get("parameters", []), spec), *op.get("parameters", [])]
        }
        body_schema = (
            ((op.get("requestBody") or {}).get("content") or {})
            .get("application/json", {})
            .get("schema")
        )
        for key, docs in page_facts_["params"].items():
            checked += 1
            where, name = key.split(" ", 1)
            if where == "body":
                member, required = _field(body_schema, name) if body_schema else (None, False)
                if member is None:
                    found.append(Difference(page, f"body {name}", "documented", "absent"))
                elif docs["required"] != required:
                    found.append(
                        Difference(page, f"body {name} required", docs["required"], required)
                    )
                continue
            spec_param = parameters.get(key)
            if spec_param is None and f"{key}_id" in parameters:
                found.append(
                    Difference(page, f"{key} (the path template names it {name}_id)",
                               name, f"{name}_id")
                )  # fmt: skip
            elif spec_param is None:
                found.append(Difference(page, key, "documented", "absent"))
            elif bool(spec_param.get("required")) != docs["required"]:
                found.append(
                    Difference(
                        page, f"{key} required", docs["required"], bool(spec_param.get("required"))
                    )
                )
        statuses = {str(s) for s in op.get("responses", {})}
        for status in page_facts_["statuses"]:
            checked += 1
            if str(status) not in statuses:
                found.append(Difference(page, f"status {status}", "documented", "absent"))
        success: dict[str, Any] = next(
            (r for s, r in sorted(op.get("responses", {}).items()) if str(s).startswith("2")), {}
        )
        success_schema = ((success.get("content") or {}).get("application/json") or {}).get(
            "schema"
        )
        for dotted, docs in page_facts_["response_fields"].items():
            checked += 1
            if success_schema is None:
                found.append(Difference(page, f"response {dotted}", "documented", "no JSON body"))
                continue
            member, required = _field(success_schema, dotted)
            if member is None and not dotted.startswith("data"):
                # A page that lists the object's own fields documents the body's `data`.
                member, required = _field(success_schema, f"data.{dotted}")
            if member is None:
                found.append(Difference(page, f"response {dotted}", "documented", "absent"))
            elif docs["required"] and not required:
                found.append(Difference(page, f"response {dotted} required", True, False))
        messages = _spec_messages(op)
        page_codes = {m for m in page_facts_["error_messages"] if m.startswith("code ")}
        for entry in page_facts_["error_codes"]:
            checked += 1
            code = entry.split(" ")[0]
            if f"code {code}" in messages:
                continue
            if f"code {code}" not in page_codes and not page_codes:
                fact = f"error code {code} (a table label: no example of the page carries a code)"
                found.append(Difference(page, fact, entry, "no example with it"))
            else:
                found.append(Difference(page, f"error code {code}", entry, "no example with it"))
        for message in page_facts_["error_messages"]:
            checked += 1
            if message not in messages:
                found.append(
                    Difference(page, f"error message {message!r}", message, "no example with it")
                )
    return found, checked, uncovered


def explanations() -> list[dict[str, str]]:
    loaded = yaml.safe_load(EXPLAINED.read_text()) if EXPLAINED.exists() else None
    return list((loaded or {}).get("explained", []))


def unexplained(found: list[Difference], explained: list[dict[str, str]]) -> list[Difference]:
    """The differences no entry explains (an entry: ``page`` and ``fact`` regular expressions,
    full match, and the ``decision`` that explains it)."""
    rules = [(re.compile(e.get("page", ".*")), re.compile(e["fact"])) for e in explained]
    return [
        d for d in found
        if not any(p.fullmatch(d.page) and f.fullmatch(d.fact) for p, f in rules)
    ]  # fmt: skip


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What the docs changed between two extractions, per page and fact."""
    out: list[str] = []
    for page in sorted(set(old["pages"]) | set(new["pages"])):
        a, b = old["pages"].get(page), new["pages"].get(page)
        if a is None or b is None:
            out.append(f"{page}: page {'added' if a is None else 'removed'}")
            continue
        for key in sorted(set(a) | set(b)):
            if a.get(key) == b.get(key):
                continue
            if isinstance(a.get(key), dict) and isinstance(b.get(key), dict):
                for name in sorted(set(a[key]) | set(b[key])):
                    if a[key].get(name) != b[key].get(name):
                        out.append(
                            f"{page}: {key} {name}: {a[key].get(name)} -> {b[key].get(name)}"
                        )
            else:
                out.append(f"{page}: {key}: {a.get(key)} -> {b.get(key)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/docs-facts", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("extract", "changes"):
        command = sub.add_parser(name)
        command.add_argument(
            "checkout", type=Path, help="a checkout (or git directory) of the docs"
        )
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "extract":
        facts = extract(args.checkout)
        FACTS.write_text(json.dumps(facts, indent=1, sort_keys=True) + "\n")
        print(f"{FACTS.relative_to(ROOT)}: {len(facts['pages'])} pages at {facts['commit'][:12]}")
        return 0
    if args.command == "changes":
        old = json.loads(FACTS.read_text())
        new = extract(args.checkout)
        listed = changes(old, new)
        print(f"docs {old['commit'][:12]} -> {new['commit'][:12]}: {len(listed)} changed facts")
        print("\n".join(listed))
        return 0
    facts = json.loads(FACTS.read_text())
    found, checked, uncovered = differences(facts)
    left = unexplained(found, explanations())
    print(
        f"docs check: {checked} facts of {len(facts['pages']) - len(uncovered)} pages compared, "
        f"{len(found) - len(left)} differences explained by a decision, {len(left)} unexplained; "
        f"{len(uncovered)} pages not in the spec yet"
    )
    for difference in left:
        print(f"  {difference}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())

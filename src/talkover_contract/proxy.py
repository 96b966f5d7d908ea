"""The conformance proxy: ``talkover-contract proxy --upstream URL``.

A reverse proxy a team puts between its application and Talkover (staging, the live API, or a
mock). It forwards every request and answer unchanged, byte for byte, and checks each against
the spec: the operation is known, its path and query parameters and JSON body are valid, the
status is documented for it, the body is valid against that status's schema, the documented
headers are there. It prints a line per violation as it sees it, and on exit (or at
``GET /__proxy__/report``) a report per operation: calls seen, violations by kind with one
example each, operations never exercised; as JSON, JUnit and a plain summary.

What it shows is the spec's side only: a violation names the operation, where in the request
or body it is and what the spec expects there, never a value that was sent, a token or a
header's value. Bodies are checked up to ``MAX_CHECKED`` bytes; a larger one is forwarded in
full, in chunks, and counted as not checked.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import itertools
import json
import re
import signal
import threading
import zlib
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import jsonschema_rs
from jsonschema import Draft202012Validator

from talkover_spec.extensions import Operation, all_operations, api_base_path

from . import junit

MAX_CHECKED = 1 << 20
"""Bytes of a body kept for checking; beyond, it is forwarded without being checked."""
HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
     "transfer-encoding", "upgrade", "host"}
)  # fmt: skip
REPORT_PATH = "/__proxy__/report"


@dataclass(frozen=True)
class Violation:
    kind: str
    """``unknown operation``, ``invalid parameter``, ``invalid request body``,
    ``undocumented status``, ``invalid response body``, ``missing header``."""
    operation: str
    where: str

    def __str__(self) -> str:
        return f"{self.operation}: {self.kind}: {self.where}"


def _describe(error: Any, root: str) -> str:
    """A schema error as where it is and what the spec expects, never the value sent."""
    path = ".".join(str(p) for p in error.absolute_path) or root
    expected = error.validator_value
    if error.validator in ("properties", "items", "allOf", "$ref"):
        return f"{path}: not valid"
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        return f"{path}: required field {missing[0] if missing else ''} missing".rstrip()
    if isinstance(expected, (list, dict)) and len(json.dumps(expected)) > 120:
        expected = "…"
    return f"{path}: expected {error.validator} {expected!r}"


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else (kinds or [])
    for kind in kinds:
        try:
            if kind == "integer":
                return int(value)
            if kind == "number":
                return float(value)
            if kind == "boolean" and value in ("true", "false", "1", "0"):
                return value in ("true", "1")
        except ValueError:
            continue
    return value


class Spec:
    """The operations of the spec, found by method and path, with their checks."""

    def __init__(self, operations: Iterable[Operation] | None = None) -> None:
        self.operations = list(operations if operations is not None else all_operations())
        self._routes = [
            (
                op.method,
                re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(op.path)) + "$"),
                op,
            )
            for op in self.operations
        ]
        self._patterns = {id(op): pattern for _, pattern, op in self._routes}
        self._validators: dict[int, Draft202012Validator] = {}
        self._fast: dict[int, Any] = {}

    def match(self, method: str, path: str, base: str | None = None) -> Operation | None:
        """The operation of ``method`` and ``path`` (relative to ``base``, the spec's API base
        path unless given: Get Current User lives under ``/api``, D61)."""
        base = base or api_base_path()
        for route_method, pattern, op in self._routes:
            if route_method == method and op.base_path == base and pattern.match(path):
                return op
        return None

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        key = id(schema)
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(schema)
        return self._validators[key]

    def _errors(self, schema: dict[str, Any], value: Any) -> list[Any]:
        """The first schema error of ``value``, if any: the compiled (Rust) check says whether
        it is valid, and only an invalid value is walked again to say where."""
        key = id(schema)
        fast = self._fast.get(key)
        if fast is None:
            fast = self._fast[key] = jsonschema_rs.Draft202012Validator(schema)
        if fast.is_valid(value):
            return []
        return list(itertools.islice(self._validator(schema).iter_errors(value), 1))

    def check_request(
        self, op: Operation, path: str, query: str, content_type: str, body: bytes | None
    ) -> list[Violation]:
        found: list[Violation] = []
        values = dict(parse_qsl(query, keep_blank_values=True))
        matched = self._patterns[id(op)].match(path)
        names = re.findall(r"\{([^}]+)\}", op.path)
        path_values = dict(zip(names, matched.groups() if matched else (), strict=False))
        for parameter in op.definition.get("parameters", []):
            where, name = parameter["in"], parameter["name"]
            source = {"query": values, "path": path_values}.get(where)
            if source is None:
                continue
            if name not in source:
                if parameter.get("required"):
                    found.append(
                        Violation("invalid parameter", op.label, f"{where} {name}: missing")
                    )
                continue
            schema = parameter.get("schema", {})
            for error in self._errors(schema, _coerce(source[name], schema)):
                found.append(
                    Violation("invalid parameter", op.label, f"{where} " + _describe(error, name))
                )
        request = op.definition.get("requestBody")
        if request is not None and body is not None:
            media = request.get("content", {}).get("application/json")
            if media is not None and "json" in content_type:
                found += self._check_json(op, "invalid request body", media, body, "body")
        elif request is not None and request.get("required") and body is None:
            found.append(Violation("invalid request body", op.label, "body: missing"))
        return found

    def _check_json(
        self, op: Operation, kind: str, media: dict[str, Any], body: bytes, root: str
    ) -> list[Violation]:
        try:
            document = json.loads(body)
        except ValueError:
            return [Violation(kind, op.label, f"{root}: not JSON")]
        return [
            Violation(kind, op.label, _describe(error, root))
            for error in self._errors(media.get("schema", {}), document)
        ]

    def check_response(
        self, op: Operation, status: int, headers: httpx.Headers, body: bytes | None
    ) -> list[Violation]:
        responses = op.definition.get("responses", {})
        response = (
            responses.get(str(status))
            or responses.get(f"{str(status)[0]}XX")
            or responses.get("default")
        )
        if response is None:
            return [Violation("undocumented status", op.label, f"{status}")]
        found: list[Violation] = []
        for name, header in (response.get("headers") or {}).items():
            if header.get("required") and name.lower() not in headers:
                found.append(Violation("missing header", op.label, f"{status} {name}"))
        media = (response.get("content") or {}).get("application/json")
        if media is not None and body is not None:
            if "json" not in headers.get("content-type", ""):
                found.append(Violation("invalid response body", op.label, f"{status}: not JSON"))
            else:
                found += self._check_json(
                    op, "invalid response body", media, body, f"{status} body"
                )
        return found


@dataclass
class OperationReport:
    calls: int = 0
    violations: dict[str, int] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    unchecked: int = 0


class Report:
    """What the proxy saw, per operation (thread-safe)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.lock = threading.Lock()
        self.operations: dict[str, OperationReport] = {}
        self.unknown: dict[str, int] = {}

    def call(self, label: str | None, method: str, path: str) -> None:
        with self.lock:
            if label is None:
                key = f"{method} {path.split('?')[0]}"
                self.unknown[key] = self.unknown.get(key, 0) + 1
            else:
                self.operations.setdefault(label, OperationReport()).calls += 1

    def add(self, violations: list[Violation], echo: Any = None) -> None:
        with self.lock:
            for violation in violations:
                entry = self.operations.setdefault(violation.operation, OperationReport())
                entry.violations[violation.kind] = entry.violations.get(violation.kind, 0) + 1
                entry.examples.setdefault(violation.kind, violation.where)
                if echo is not None:
                    echo(f"talkover-contract proxy: {violation}")

    def not_checked(self, label: str) -> None:
        with self.lock:
            self.operations.setdefault(label, OperationReport()).unchecked += 1

    @property
    def violation_count(self) -> int:
        with self.lock:
            found = sum(sum(e.violations.values()) for e in self.operations.values())
            return found + sum(self.unknown.values())

    def as_json(self) -> dict[str, Any]:
        with self.lock:
            seen = {label: e for label, e in self.operations.items() if e.calls}
            return {
                "operations": {
                    label: {
                        "calls": e.calls,
                        "violations": dict(e.violations),
                        "examples": dict(e.examples),
                        "bodies_not_checked": e.unchecked,
                    }
                    for label, e in sorted(self.operations.items())
                },
                "unknown_operations": dict(self.unknown),
                "never_exercised": sorted(
                    op.label for op in self.spec.operations if op.label not in seen
                ),
                "calls": sum(e.calls for e in self.operations.values()),
                "violations": sum(sum(e.violations.values()) for e in self.operations.values())
                + sum(self.unknown.values()),
            }

    def summary(self) -> str:
        data = self.as_json()
        lines = [
            f"talkover-contract proxy: {data['calls']} calls over "
            f"{len(self.spec.operations) - len(data['never_exercised'])} of "
            f"{len(self.spec.operations)} operations, {data['violations']} violations"
        ]
        for label, entry in data["operations"].items():
            for kind, count in entry["violations"].items():
                lines.append(f"  {label}: {kind} x{count} (e.g. {entry['examples'][kind]})")
        for key, count in data["unknown_operations"].items():
            lines.append(f"  {key}: unknown operation x{count}")
        return "\n".join(lines)

    def write(self, json_path: Path | None, junit_path: Path | None) -> None:
        data = self.as_json()
        if json_path is not None:
            json_path.parent.mkdir(parents=True, exist_ok=True)
            json_path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
        if junit_path is not None:
            cases: list[junit.Case] = []
            for label, entry in data["operations"].items():
                problems = [
                    f"{kind} x{count}: {entry['examples'][kind]}"
                    for kind, count in entry["violations"].items()
                ]
                cases.append((label, problems, f"{entry['calls']} calls"))
            for key, count in data["unknown_operations"].items():
                cases.append((key, [f"unknown operation x{count}"], ""))
            junit.add_suite(junit_path, "talkover-contract proxy", cases)


def _decoded(body: bytes, encoding: str) -> bytes | None:
    try:
        if encoding == "gzip":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, zlib.error):
        return None
    return body if not encoding or encoding == "identity" else None


class Proxy:
    """The ASGI app: forwards to ``upstream`` and checks what passes."""

    def __init__(
        self,
        upstream: str,
        *,
        spec: Spec | None = None,
        echo: Any = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        parts = urlsplit(upstream.rstrip("/"))
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base_path = parts.path
        self.spec = spec or Spec()
        self.report = Report(self.spec)
        self.echo = echo
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                base_url=self.origin, timeout=httpx.Timeout(60.0), transport=self._transport
            )
        return self._client

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self._client is not None:
                        await self._client.aclose()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        method = scope["method"]
        if path == REPORT_PATH and method == "GET":
            await _answer(send, 200, json.dumps(self.report.as_json()).encode())
            return
        api_path = path[len(self.base_path) :] if path.startswith(self.base_path) else None
        op = self.spec.match(method, api_path) if api_path is not None else None
        if op is None and self.base_path.endswith(api_base_path()):
            root = self.base_path[: -len(api_base_path())]
            for base in {o.base_path for o in self.spec.operations} - {api_base_path()}:
                inner = path[len(root + base) :] if path.startswith(root + base + "/") else None
                op = self.spec.match(method, inner, base) if inner is not None else None
                if op is not None:
                    api_path = inner
                    break
        self.report.call(op.label if op else None, method, api_path or path)
        if op is None and self.echo is not None:
            where = f"{method} {path.split('?')[0]}"
            self.echo(f"talkover-contract proxy: {where}: unknown operation")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        forwarded = [(k, v) for k, v in headers if k.lower() not in HOP]
        content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
        request_kept = bytearray()
        request_over = False
        got_body = False

        async def request_body() -> AsyncIterator[bytes]:
            nonlocal request_over, got_body
            while True:
                message = await receive()
                chunk = message.get("body", b"")
                if chunk:
                    got_body = True
                    if len(request_kept) + len(chunk) <= MAX_CHECKED:
                        request_kept.extend(chunk)
                    else:
                        request_over = True
                    yield chunk
                if not message.get("more_body", False):
                    return

        target = path + (f"?{query}" if query else "")
        request = self._http().build_request(
            method, target, headers=forwarded, content=request_body()
        )
        try:
            upstream = await self._http().send(request, stream=True)
        except httpx.HTTPError as error:
            label = op.label if op is not None else f"{method} {path.split('?')[0]}"
            self.report.add(
                [Violation("upstream unreachable", label, type(error).__name__)], self.echo
            )
            message = f"proxy: upstream unreachable ({type(error).__name__})"
            await _answer(send, 502, json.dumps({"success": False, "message": message}).encode())
            return
        if op is not None:
            if request_over:
                self.report.not_checked(op.label)
            else:
                self.report.add(
                    self.spec.check_request(
                        op, api_path or "", query, content_type,
                        bytes(request_kept) if got_body else None,
                    ),
                    self.echo,
                )  # fmt: skip
        await send({
            "type": "http.response.start",
            "status": upstream.status_code,
            "headers": [
                (k.encode("latin-1"), v.encode("latin-1"))
                for k, v in upstream.headers.multi_items()
                if k.lower() not in HOP
            ],
        })  # fmt: skip
        kept = bytearray()
        over = False
        try:
            async for chunk in upstream.aiter_raw():
                if len(kept) + len(chunk) <= MAX_CHECKED:
                    kept.extend(chunk)
                else:
                    over = True
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            await upstream.aclose()
        if op is None:
            return
        if over:
            self.report.not_checked(op.label)
            return
        body = _decoded(bytes(kept), upstream.headers.get("content-encoding", ""))
        if body is None:
            self.report.not_checked(op.label)
            return
        self.report.add(
            self.spec.check_response(op, upstream.status_code, upstream.headers, body or None),
            self.echo,
        )


async def _answer(send: Any, status: int, body: bytes) -> None:
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"application/json")],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def serve(
    upstream: str,
    *,
    host: str,
    port: int,
    json_path: Path | None,
    junit_path: Path | None,
    fail_on_violation: bool,
) -> int:
    """Run until interrupted; then write the reports and print the summary."""
    import sys

    import uvicorn

    proxy = Proxy(upstream, echo=lambda line: print(line, file=sys.stderr, flush=True))
    print(
        f"talkover-contract proxy: http://{host}:{port}{proxy.base_path} -> {upstream} "
        f"(checking {len(proxy.spec.operations)} operations; the report: "
        f"http://{host}:{port}{REPORT_PATH})",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(
        proxy, host=host, port=port, log_level="warning", access_log=False, ws="none"
    )

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    # uvicorn stops on SIGINT or SIGTERM and raises the signal again once stopped: both end
    # here, where the reports are written.
    signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(uvicorn.Server(config).serve())
    proxy.report.write(json_path, junit_path)
    print(proxy.report.summary())
    if not fail_on_violation:
        return 0
    if not proxy.report.as_json()["calls"]:
        print("talkover-contract proxy: FAILED: no call reached the proxy, so nothing was checked")
        return 1
    return 1 if proxy.report.violation_count else 0

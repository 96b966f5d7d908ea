"""The generated client's catalogue of named errors, rendered from the spec's documented error
examples by ``codegen/extra/error_codes.py.jinja`` (part of generation, so the drift check
covers it): one class per error ``code`` and per named 404 example."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2

from talkover_spec import dereference

TEMPLATE = Path(__file__).resolve().parents[2] / "codegen" / "extra" / "error_codes.py.jinja"
BASE_BY_STATUS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    402: "PaymentRequiredError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


@dataclass(frozen=True)
class NamedError:
    name: str
    base: str
    status: int
    code: str | None
    message: str
    doc: str
    messages: tuple[str, ...] = ()
    """Every documented message of a named error without a code (the pages word an agent's
    404 three ways); the first is ``message``."""


def _class_name(label: str) -> str:
    words = (
        re.split(r"[_\W]+", label)
        if "_" in label or label.isupper()
        else re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", label)
    )
    return "".join(w.capitalize() for w in words if w) + "Error"


def named_errors(spec: dict[str, Any]) -> list[NamedError]:
    """Every documented error with a ``code``, or with a name ending in ``NotFound``."""
    found: dict[str, NamedError] = {}
    resolved = dereference(spec["paths"], spec)
    for item in resolved.values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status_text, response in operation["responses"].items():
                status = int(status_text)
                base = BASE_BY_STATUS.get(status)
                content = response.get("content", {}).get("application/json", {})
                examples = [(None, content["example"])] if "example" in content else []
                examples += [(n, e["value"]) for n, e in content.get("examples", {}).items()]
                for name, body in examples:
                    if base is None or not isinstance(body, dict):
                        continue
                    code, message = body.get("code"), str(body.get("message", ""))
                    if code:
                        error = NamedError(_class_name(code), base, status, code, message, message)
                    elif name and name.endswith("NotFound") and status == 404:
                        error = NamedError(_class_name(name), base, status, None, message, message)
                    else:
                        continue
                    known = found.setdefault(error.name, error)
                    if (known.status, known.code) != (error.status, error.code):
                        raise ValueError(f"{error.name} is documented with two meanings")
                    if error.code is None and message not in (known.messages or (known.message,)):
                        found[error.name] = replace(
                            known, messages=(*(known.messages or (known.message,)), message)
                        )
    return sorted(found.values(), key=lambda e: e.name)


def render(spec: dict[str, Any]) -> str:
    errors = named_errors(spec)
    environment = jinja2.Environment(  # noqa: S701 - renders Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATE.parent), trim_blocks=True, lstrip_blocks=True
    )
    bases = sorted({"APIStatusError", *(e.base for e in errors)})
    return environment.get_template(TEMPLATE.name).render(errors=errors, bases=bases)

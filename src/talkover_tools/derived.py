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


DOCUMENTED_OPERATIONS = 127
"""Operations the docs have a page for (``Talqover/talqover-docs``, one page one operation)."""
BASE_ORDER = [
    "TalkoverError", "ConfigurationError", "TokenRequiredError", "InvalidPathParameterError",
    "APIConnectionError",
    "APITimeoutError", "APIStatusError", "BadRequestError", "AuthenticationError",
    "PaymentRequiredError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "PayloadTooLargeError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
    "UnexpectedStatus", "APIResponseValidationError", "PaginationError",
]  # fmt: skip
"""The base classes in the order a reader meets them (a class missing here fails the render)."""


def _first_sentence(doc: str | None) -> str:
    text = " ".join((doc or "").split())
    end = text.find(". ")
    sentence = text if end < 0 else text[: end + 1]
    return sentence.replace("``", "`").replace("|", "\\|")


def _error_classes() -> str:
    from talkover_api_client import errors

    import talkover

    classes = {
        name: getattr(talkover, name)
        for name in {*errors.__all__, "ConfigurationError"}
        if isinstance(getattr(talkover, name, None), type)
        and name not in __import__("talkover_api_client.error_codes").error_codes.__all__
    }
    missing = sorted(set(classes) - set(BASE_ORDER))
    if missing:
        raise LookupError(f"BASE_ORDER lacks {missing}")
    rows = ["| exception | base | when |", "|---|---|---|"]
    for name in BASE_ORDER:
        cls = classes[name]
        base = next((b.__name__ for b in cls.__bases__ if b.__name__ != "ValueError"), "Exception")
        rows.append(f"| `{name}` | `{base}` | {_first_sentence(cls.__doc__)} |")
    return "\n".join(rows) + "\n"


def _named_errors() -> str:
    from talkover_spec import load_spec

    from .error_catalog import BASE_BY_STATUS, named_errors

    order = {base: n for n, base in enumerate(BASE_BY_STATUS.values())}
    errors = sorted(
        named_errors(load_spec()), key=lambda e: (order[e.base], e.code is None, e.name)
    )
    rows = ["| exception | base | status | matched by |", "|---|---|---|---|"]
    for error in errors:
        matched = (
            f"`{error.code}`"
            if error.code
            else ", ".join(f'"{m.lower()}"' for m in (error.messages or (error.message,)))
        )
        rows.append(f"| `{error.name}` | `{error.base}` | {error.status} | {matched} |")
    return "\n".join(rows) + "\n"


def _faults() -> str:
    import talkover_mock
    from talkover_mock.faults import all_faults

    assert talkover_mock  # its families declare the faults
    rows = ["| fault | the bug it plants | caught by |", "|---|---|---|"]
    for fault in all_faults():
        if fault.tags:
            caught = "the contract run (" + ", ".join(f"`{c}`" for c in fault.caught_by[:1]) + ")"
        else:
            caught = "the model-based test (" + ", ".join(fault.model) + " rules)"
        doc = _first_sentence(fault.doc).replace("``", "`")
        rows.append(f"| `{fault.name}` | {doc} | {caught} |")
    return "\n".join(rows) + "\n"


def _coverage() -> str:
    from talkover_spec.extensions import all_operations

    operations = all_operations()
    tags: dict[str, int] = {}
    for op in operations:
        tags[op.tags[0]] = tags.get(op.tags[0], 0) + 1
    count = len(operations)
    missing = DOCUMENTED_OPERATIONS - count
    lines = [
        f"The docs have a page for {DOCUMENTED_OPERATIONS} operations (`Talqover/talqover-docs`,"
        " pages under `en/api-reference/endpoints/`, counted one page one operation). The spec has"
        f" **{count}** of them"
        + (f"; {missing} are still missing." if missing else ": every documented operation."),
        "",
        "| tag | operations |",
        "|---|---|",
        *(f"| {tag} | {n} |" for tag, n in tags.items()),
    ]
    return "\n".join(lines) + "\n"


def files() -> list[Derived]:
    return [
        Derived("openapi/schemathesis.toml", _schemathesis_config),
        Derived("README.md", _error_classes, section="error-classes"),
        Derived("README.md", _named_errors, section="named-errors"),
        Derived("README.md", _faults, section="faults"),
        Derived("README.md", _coverage, section="coverage"),
    ]


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

"""What a contract run actually tested: every case sent with the run's token, per operation and
status, so that green always means tested.

The schemathesis process appends one line per case to ``$TALKOVER_CONTRACT_TALLY`` (the hook
``after_call``); the ``talkover-contract`` run reads it back and judges (:func:`judge`): an
operation that got no case sent with the token, or whose every such case was refused 401 or
403, was not tested, and the run fails naming it; a token refused on every operation fails it
with one sentence. Refusals on some cases only are reported per operation. Cases sent without
the token (schemathesis' own authentication probes) are not counted.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from talkover_spec.extensions import all_operations

TALLY_ENV = "TALKOVER_CONTRACT_TALLY"
_sink: TextIO | None = None


def _header(headers: Any, wanted: str) -> str | None:
    for name, value in (headers or {}).items():
        if name.lower() == wanted:
            return str(value[0] if isinstance(value, list) and value else value)
    return None


def _authorization(case: Any) -> str | None:
    return _header(getattr(case, "headers", None), "authorization")


_USER_AUTH = frozenset(
    (op.method, op.path) for op in all_operations() if op.security_scheme == "userAuth"
)
"""The Account API's operations: their cases carry the user token (D61)."""


def record(case: Any, response: Any) -> None:
    """Append one case to the tally file (a no-op when the run did not ask for one)."""
    global _sink
    path = os.environ.get(TALLY_ENV)
    if not path:
        return
    route = (case.operation.method.upper(), case.operation.path)
    token = os.environ.get(
        "TALKOVER_CONTRACT_USER_TOKEN" if route in _USER_AUTH else "TALKOVER_CONTRACT_TOKEN", ""
    )
    # What went on the wire: a check's follow-up (schemathesis' ignored-auth probe) reuses the
    # case but sends other headers.
    request = getattr(response, "request", None)
    sent = _header(request.headers, "authorization") if request is not None else None
    if request is None:
        sent = _authorization(case)
    if _sink is None:
        _sink = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the run
    line = {
        "operation": f"{case.operation.method.upper()} {case.operation.path}",
        "status": int(response.status_code),
        "token": bool(token) and sent == f"Bearer {token}",
    }
    _sink.write(json.dumps(line) + "\n")
    _sink.flush()


@dataclass
class OperationTally:
    cases: int = 0
    """Cases sent with the run's token."""
    refused: int = 0
    """Of those, answered 401 or 403."""
    statuses: Counter[int] = field(default_factory=Counter)


def read(path: Path) -> dict[str, OperationTally]:
    found: dict[str, OperationTally] = {}
    if not path.exists():
        return found
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if not entry["token"]:
            continue
        tally = found.setdefault(entry["operation"], OperationTally())
        tally.cases += 1
        tally.statuses[entry["status"]] += 1
        if entry["status"] in (401, 403):
            tally.refused += 1
    return found


@dataclass(frozen=True)
class Verdict:
    problems: list[str]
    """Why the run cannot be green (empty: everything selected was tested)."""
    notes: list[str]
    """Per-operation refusals on some cases only."""
    summary: str


def judge(tallies: dict[str, OperationTally], selected: Iterable[str]) -> Verdict:
    wanted = list(selected)
    untested = [op for op in wanted if tallies.get(op, OperationTally()).cases == 0]
    refused = [
        op for op in wanted if op not in untested and tallies[op].refused == tallies[op].cases
    ]
    problems: list[str] = []
    if wanted and len(refused) == len(wanted):
        problems.append(
            "Authentication failed on every operation: all"
            f" {sum(t.cases for t in tallies.values())} cases sent with the token were refused"
            " (401/403). Check the token and the base URL."
        )
    else:
        problems += [
            f"{op} was not tested: every case sent with the token was refused "
            f"({_statuses(tallies[op])})."
            for op in refused
        ]
    problems += [f"{op} was not tested: no case reached it." for op in untested]
    if not wanted:
        problems.append("No operation was selected: nothing was tested.")
    notes = [
        f"{op}: {t.refused} of {t.cases} cases refused 401/403"
        for op, t in sorted(tallies.items())
        if op in wanted and 0 < t.refused < t.cases
    ]
    total = sum(t.cases for op, t in tallies.items() if op in wanted)
    reached = [op for op in wanted if tallies.get(op, OperationTally()).cases]
    summary = f"{total} cases with the token over {len(reached)} of {len(wanted)} operations"
    if reached:
        fewest = min(reached, key=lambda op: tallies[op].cases)
        most = max(reached, key=lambda op: tallies[op].cases)
        summary += (
            f" (fewest: {fewest} {tallies[fewest].cases}; most: {most} {tallies[most].cases})"
        )
    return Verdict(problems, notes, summary)


def _statuses(tally: OperationTally) -> str:
    return ", ".join(f"{n} x {status}" for status, n in tally.statuses.most_common(3))

"""The run's verdict from its tally (``talkover_contract.tally.judge``): pure, a table."""

from __future__ import annotations

from collections import Counter

import pytest

from talkover_contract.tally import OperationTally, judge


def tally(*statuses: int) -> OperationTally:
    counted = Counter(statuses)
    return OperationTally(len(statuses), counted[401] + counted[403], counted)


@pytest.mark.parametrize(
    ("tallies", "selected", "problem", "note"),
    [
        ({"GET /a": tally(200, 404), "GET /b": tally(422)}, ["GET /a", "GET /b"], None, None),
        ({"GET /a": tally(401, 401), "GET /b": tally(403)}, ["GET /a", "GET /b"],
         "Authentication failed on every operation", None),
        ({"GET /a": tally(200), "GET /b": tally(401, 401)}, ["GET /a", "GET /b"],
         "GET /b was not tested: every case sent with the token was refused (2 x 401)", None),
        ({"GET /a": tally(200)}, ["GET /a", "GET /b"], "GET /b was not tested: no case reached it",
         None),
        ({}, [], "No operation was selected", None),
        ({"GET /a": tally(200, 403, 200)}, ["GET /a"], None, "GET /a: 1 of 3 cases refused"),
        ({}, ["GET /a"], "GET /a was not tested", None),
    ],
)  # fmt: skip
def test_the_verdict(
    tallies: dict[str, OperationTally], selected: list[str], problem: str | None, note: str | None
) -> None:
    verdict = judge(tallies, selected)
    if problem is None:
        assert verdict.problems == []
    else:
        assert any(problem in p for p in verdict.problems), verdict.problems
    if note is not None:
        assert any(note in n for n in verdict.notes), verdict.notes
    assert "cases with the token over" in verdict.summary

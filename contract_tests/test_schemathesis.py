"""Every operation of the spec, every schemathesis check plus ours, positive and negative data."""

from __future__ import annotations

import schemathesis
from hypothesis import settings

from talkover_contract.checks import CUSTOM_CHECKS
from talkover_contract.target import WRITE_METHODS

from .conftest import FUZZ_DEPTH, TARGET, Target

schema = schemathesis.pytest.from_fixture("api_schema")
if not TARGET.writes:
    # The fixture's own filter does not reach a lazy schema: exclude the writes here too.
    schema = schema.exclude(method=list(WRITE_METHODS))
if not TARGET.user_token:
    schema = schema.exclude(tag="Account")  # said in the run's summary (conftest)


@schema.parametrize()
@settings(max_examples=FUZZ_DEPTH) if FUZZ_DEPTH else (lambda test: test)
def test_operation_conforms(case: schemathesis.Case, target: Target) -> None:
    assert target.writes or case.method.upper() not in WRITE_METHODS, (
        "a write on a read-only target"
    )
    case.call_and_validate(
        headers=target.authorization(case.method, case.path),
        additional_checks=list(CUSTOM_CHECKS),
    )

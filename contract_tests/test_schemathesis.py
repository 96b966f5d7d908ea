"""Every operation of the spec, every schemathesis check plus ours, positive and negative data."""

from __future__ import annotations

import schemathesis

from talkover_contract.checks import CUSTOM_CHECKS

from .conftest import Target

schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
def test_operation_conforms(case: schemathesis.Case, target: Target) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {target.token}"},
        additional_checks=list(CUSTOM_CHECKS),
    )

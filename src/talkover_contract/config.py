"""The schemathesis configuration of the contract suite, one text for the ``talkover-contract``
run (a file) and the pytest suite (``SchemathesisConfig.from_str``): the token from the
environment, no failure cache, read-only limits, and per-operation settings the spec states
(``x-talkover-state-refusals``: a schema-valid request may still get these statuses)."""

from __future__ import annotations

from schemathesis.config._warnings import SchemathesisWarning

from talkover_spec.extensions import all_operations

from .target import TOKEN_ENV

POSITIVE_DATA_ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
"""schemathesis' default expectation for schema-valid data."""
NEGATIVE_DATA_REJECTED = [
    "400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "431",
    "5xx",
]  # fmt: skip
"""schemathesis' default refusals of schema-violating data, and the two every operation
documents for a request that is too large: 413 (a body over 1 MiB, D14) and 431 (headers over
16 KiB, D19). A huge invalid body is refused before it is read, as it should be."""
WARNINGS_BUT_MISMATCH = ", ".join(
    f'"{w.value}"' for w in SchemathesisWarning if w is not SchemathesisWarning.VALIDATION_MISMATCH
)


def schemathesis_toml(*, read_only: bool) -> str:
    lines = [
        f'headers = {{ Authorization = "Bearer ${{{TOKEN_ENV}}}" }}',
        # No failure cache: every run starts from the same seed alone, so runs (and the teeth
        # tests, which plant bugs on purpose) do not replay each other's failures.
        "[cache]",
        "enabled = false",
        "[checks.negative_data_rejection]",
        "expected-statuses = [" + ", ".join(f'"{s}"' for s in NEGATIVE_DATA_REJECTED) + "]",
    ]
    if read_only:
        # No probe with an undocumented method: against a real server it could be a DELETE.
        lines += ["[phases.coverage]", "unexpected-methods = []"]
    for operation in all_operations():
        extra = [str(status) for status in operation.state_refusals]
        if not extra:
            continue
        statuses = ", ".join(f'"{s}"' for s in [*POSITIVE_DATA_ACCEPTED, *extra])
        lines += [
            "[[operations]]",
            f'include-operation-id = "{operation.operation_id}"',
            f"checks.positive_data_acceptance.expected-statuses = [{statuses}]",
            # Refusing valid data is this operation's documented rule, not a schema mismatch.
            f"warnings = [{WARNINGS_BUT_MISMATCH}]",
        ]
    return "\n".join(lines) + "\n"

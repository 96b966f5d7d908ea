"""The schemathesis configuration of the contract suite: one text for the ``talkover-contract``
run, the pytest suite (``SchemathesisConfig.from_str``) and teams that run plain schemathesis
(``openapi/schemathesis.toml``, written by ``scripts/regenerate`` and drift-checked, or
``talkover-contract config``). Everything in it comes from the spec: the token from the
environment, the statuses every operation may answer to a request that is too large, and, per
operation, the refusals the spec declares (``x-talkover-state-refusals``: a schema-valid request
may still get these statuses, and a 404 there is a state, not a created resource gone missing).
"""

from __future__ import annotations

from schemathesis.config._warnings import SchemathesisWarning

from talkover_spec.extensions import all_operations

from .target import TOKEN_ENV, USER_TOKEN_ENV

HOOKS_MODULE = "talkover_contract.hooks"
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
HEADER = """\
# The contract suite's schemathesis configuration, generated from openapi/talkover.yaml by
# scripts/regenerate (talkover-contract config); do not edit. With it, plain schemathesis runs
# the suite's phases and checks:
#
#   TALKOVER_CONTRACT_TOKEN=talq_... TALKOVER_CONTRACT_USER_TOKEN=<user token> \\
#   schemathesis --config-file openapi/schemathesis.toml \\
#       run openapi/talkover.yaml --url http://127.0.0.1:8055/api/v1
#
# The Account API's operations send the user token; without one, add --exclude-tag Account
# and write this file with `talkover-contract config --no-user-token`. Get Current User lives
# at /api/user, outside --url: the hooks send it there; without them, add
# --exclude-operation-id getCurrentUser.
#
# The kit's own checks (deletes stay gone, changes send an agent to draft, ...) are Python
# hooks: with `pip install 'talkover[contract]'`, add SCHEMATHESIS_HOOKS=talkover_contract.hooks
# (or write this file with `talkover-contract config --hooks`).
"""


def schemathesis_toml(
    *, read_only: bool, hooks: bool = False, shared: bool = False, user_token: bool = True
) -> str:
    """The configuration text. ``hooks``: name the kit's hooks module (the checks of
    ``talkover_contract.checks``); ``shared``: the file teams take (a header that says how to
    use it, and the run's generation settings); ``user_token``: the Account API's operations
    send ``$TALKOVER_CONTRACT_USER_TOKEN`` (without one they are excluded from the run, and
    the file must not name a variable schemathesis cannot resolve)."""
    lines = [HEADER] if shared else []
    if hooks:
        lines.append(f'hooks = "{HOOKS_MODULE}"')
    lines += [
        f'headers = {{ Authorization = "Bearer ${{{TOKEN_ENV}}}" }}',
        # A token that fails everywhere is a failed run, not a warning.
        "[warnings]",
        'fail-on = ["missing_auth"]',
        # No failure cache: every run starts from the same seed alone, so runs (and the teeth
        # tests, which plant bugs on purpose) do not replay each other's failures.
        "[cache]",
        "enabled = false",
        "[checks.negative_data_rejection]",
        "expected-statuses = [" + ", ".join(f'"{s}"' for s in NEGATIVE_DATA_REJECTED) + "]",
    ]
    if shared:
        lines += ["[generation]", 'mode = "all"']
    if read_only:
        # No probe with an undocumented method: against a real server it could be a DELETE.
        lines += ["[phases.coverage]", "unexpected-methods = []"]
    for operation in all_operations():
        settings: list[str] = []
        if operation.security_scheme == "userAuth" and user_token:
            # The Account API takes the user token (D61), and lives where its servers say
            # (the hooks rebase Get Current User's URL).
            settings.append(f'headers = {{ Authorization = "Bearer ${{{USER_TOKEN_ENV}}}" }}')
        extra = [str(status) for status in operation.state_refusals]
        if extra:
            statuses = ", ".join(f'"{s}"' for s in [*POSITIVE_DATA_ACCEPTED, *extra])
            settings += [
                f"checks.positive_data_acceptance.expected-statuses = [{statuses}]",
                # Refusing valid data is this operation's documented rule, not a schema mismatch.
                f"warnings = [{WARNINGS_BUT_MISMATCH}]",
            ]
            if 404 in operation.state_refusals:
                settings.append("checks.ensure_resource_availability.enabled = false")
        if settings:
            lines += [
                "[[operations]]",
                f'include-operation-id = "{operation.operation_id}"',
                *settings,
            ]
    return "\n".join(lines) + "\n"

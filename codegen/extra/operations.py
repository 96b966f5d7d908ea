"""Facts of each operation the generator does not carry, rendered from the spec by
``talkover_tools.codegen`` (never edited by hand): where an operation with servers of its own
lives, and which token it takes. Every endpoint module passes its request through
:func:`prepare` before sending it.

Generated file: edit the spec (or ``codegen/extra/operations.py``) and regenerate."""

from typing import Any

from . import errors

API_BASE_PATH = "@base@"  # type: ignore[assignment]
"""The path the spec's servers end in: a client's ``base_url`` points there."""
BASE_PATHS: dict[tuple[str, str], str] = "@bases@"  # type: ignore[assignment]
"""(method, path template) -> the path its own ``servers`` end in, when not ``API_BASE_PATH``."""
USER_TOKEN: frozenset[tuple[str, str]] = "@user@"  # type: ignore[assignment]  # noqa: S105
"""The operations that take a user token (``userAuth``: the Account API)."""
ENVIRONMENT_TOKEN: frozenset[tuple[str, str]] = "@environment@"  # type: ignore[assignment]  # noqa: S105
"""The operations that take an environment token (``bearerAuth``)."""


def root_of(base_url: str) -> str:
    """The server's root under which ``API_BASE_PATH`` lives (``https://app.talkover.ai`` for
    ``https://app.talkover.ai/api/v1``); a base URL without that path is taken as the root."""
    base_url = base_url.rstrip("/")
    return base_url[: -len(API_BASE_PATH)] if base_url.endswith(API_BASE_PATH) else base_url


def prepare(client: Any, method: str, template: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request as the operation needs it: the user token instead of the environment token
    for the Account API (refused before sending when the client has none), and an absolute URL
    for an operation outside ``API_BASE_PATH``."""
    key = (method, template)
    if key in USER_TOKEN:
        token = getattr(client, "user_token", None)
        if not token:
            raise errors.TokenRequiredError(
                f"{method.upper()} {template} is an Account API operation: it takes a user token"
                " (pass user_token=... or set TALKOVER_USER_TOKEN), not an environment token."
            )
        prefix = getattr(client, "prefix", "Bearer")
        header = getattr(client, "auth_header_name", "Authorization")
        kwargs["headers"] = dict(kwargs.get("headers") or ())
        kwargs["headers"][header] = f"{prefix} {token}" if prefix else token
    elif key in ENVIRONMENT_TOKEN and not getattr(client, "token", None):
        raise errors.TokenRequiredError(
            f"{method.upper()} {template} takes an environment token (pass token=... or set"
            " TALKOVER_API_TOKEN); this client has only a user token."
        )
    base = BASE_PATHS.get(key)
    if base is not None:
        kwargs["url"] = root_of(str(client._base_url)) + base + kwargs["url"]
    return kwargs

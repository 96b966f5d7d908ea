"""Facts of each operation the generator does not carry, rendered from the spec by
``talkover_tools.codegen`` (never edited by hand): where an operation with servers of its own
lives, and which token it takes. Every endpoint module passes its request through
:func:`prepare` before sending it.

Generated file: edit the spec (or ``codegen/extra/operations.py``) and regenerate."""

from typing import Any

from . import errors

API_BASE_PATH = "/api/v1"
"""The path the spec's servers end in: a client's ``base_url`` points there."""
BASE_PATHS: dict[tuple[str, str], str] = {("get", "/user"): "/api"}
"""(method, path template) -> the path its own ``servers`` end in, when not ``API_BASE_PATH``."""
USER_TOKEN: frozenset[tuple[str, str]] = frozenset(
    {
        ("delete", "/user/api-tokens/{token_id}"),
        ("get", "/credits/balance"),
        ("get", "/user"),
        ("get", "/user/api-tokens"),
        ("post", "/credits/purchase"),
        ("post", "/user/api-tokens"),
    }
)  # noqa: S105
"""The operations that take a user token (``userAuth``: the Account API)."""
ENVIRONMENT_TOKEN: frozenset[tuple[str, str]] = frozenset(
    {
        ("delete", "/agents/{agent_id}"),
        ("delete", "/agents/{agent_id}/actions/{action_id}"),
        ("delete", "/agents/{agent_id}/callback"),
        ("delete", "/agents/{agent_id}/trainings/{training_id}"),
        ("delete", "/agents/{agent_id}/webhooks/{webhook_id}"),
        ("delete", "/calendars/{calendar_id}"),
        ("delete", "/calendars/{calendar_id}/availability-rules/{rule_id}"),
        ("delete", "/calendars/{calendar_id}/events/{event_id}"),
        ("delete", "/calendars/{calendar_id}/events/{event_id}/attendees/{attendee_id}"),
        ("delete", "/calendars/{calendar_id}/members/{member_id}"),
        ("delete", "/calendars/{calendar_id}/providers/{provider_id}"),
        ("delete", "/campaigns/{campaign_id}"),
        ("delete", "/campaigns/{campaign_id}/webhooks/{webhook_id}"),
        ("delete", "/phone-numbers/release-requests/{release_request_id}"),
        ("delete", "/sip-trunks/{trunk_id}"),
        ("delete", "/sip-trunks/{trunk_id}/dids/{phone_number_id}"),
        ("get", "/action-integrations"),
        ("get", "/agents"),
        ("get", "/agents/{agent_id}"),
        ("get", "/agents/{agent_id}/actions"),
        ("get", "/agents/{agent_id}/active-call/{phone}"),
        ("get", "/agents/{agent_id}/calls"),
        ("get", "/agents/{agent_id}/flow"),
        ("get", "/agents/{agent_id}/flow/versions"),
        ("get", "/agents/{agent_id}/optimized-costs-eligibility"),
        ("get", "/agents/{agent_id}/pricing"),
        ("get", "/agents/{agent_id}/pricing/summary"),
        ("get", "/agents/{agent_id}/trainings"),
        ("get", "/agents/{agent_id}/webhooks"),
        ("get", "/agents/{agent_id}/webhooks/{webhook_id}"),
        ("get", "/agents/{agent_id}/webhooks/{webhook_id}/logs"),
        ("get", "/auto-topup/history"),
        ("get", "/auto-topup/payment-methods"),
        ("get", "/auto-topup/settings"),
        ("get", "/calendars"),
        ("get", "/calendars/events"),
        ("get", "/calendars/sync-status"),
        ("get", "/calendars/{calendar_id}"),
        ("get", "/calendars/{calendar_id}/availability"),
        ("get", "/calendars/{calendar_id}/availability-rules"),
        ("get", "/calendars/{calendar_id}/events"),
        ("get", "/calendars/{calendar_id}/events/{event_id}"),
        ("get", "/calendars/{calendar_id}/members"),
        ("get", "/calendars/{calendar_id}/providers"),
        ("get", "/callback-agents"),
        ("get", "/callback-agents/source-agents"),
        ("get", "/callback-agents/stats"),
        ("get", "/callback-agents/{agent_id}"),
        ("get", "/calls"),
        ("get", "/campaigns"),
        ("get", "/campaigns/{campaign_id}"),
        ("get", "/campaigns/{campaign_id}/sftp"),
        ("get", "/campaigns/{campaign_id}/sftp/logs"),
        ("get", "/campaigns/{campaign_id}/webhooks"),
        ("get", "/campaigns/{campaign_id}/webhooks/{webhook_id}"),
        ("get", "/campaigns/{campaign_id}/webhooks/{webhook_id}/logs"),
        ("get", "/phone-numbers"),
        ("get", "/phone-numbers/release-requests"),
        ("get", "/sip-trunks"),
        ("get", "/sip-trunks/{trunk_id}"),
        ("get", "/sip-trunks/{trunk_id}/dids"),
        ("get", "/sip-trunks/{trunk_id}/health"),
        ("get", "/voice-templates"),
        ("get", "/voice-templates/{voice_template_id}/demo"),
        ("patch", "/agents/{agent_id}/advanced-settings"),
        ("patch", "/agents/{agent_id}/webhooks/{webhook_id}/toggle"),
        ("patch", "/campaigns/{campaign_id}/status"),
        ("patch", "/campaigns/{campaign_id}/webhooks/{webhook_id}/toggle"),
        ("post", "/agents"),
        ("post", "/agents/{agent_id}/actions"),
        ("post", "/agents/{agent_id}/call"),
        ("post", "/agents/{agent_id}/callback"),
        ("post", "/agents/{agent_id}/end-call"),
        ("post", "/agents/{agent_id}/flow/validate"),
        ("post", "/agents/{agent_id}/publish"),
        ("post", "/agents/{agent_id}/trainings"),
        ("post", "/agents/{agent_id}/unpublish"),
        ("post", "/agents/{agent_id}/webhooks"),
        ("post", "/agents/{agent_id}/webhooks/{webhook_id}/logs/{log_id}/retry"),
        ("post", "/agents/{agent_id}/webhooks/{webhook_id}/test"),
        ("post", "/auto-topup/disable"),
        ("post", "/auto-topup/test"),
        ("post", "/calendars"),
        ("post", "/calendars/sync"),
        ("post", "/calendars/{calendar_id}/availability-rules"),
        ("post", "/calendars/{calendar_id}/events"),
        ("post", "/calendars/{calendar_id}/events/{event_id}/attendees"),
        ("post", "/calendars/{calendar_id}/events/{event_id}/meeting"),
        ("post", "/calendars/{calendar_id}/members"),
        ("post", "/calendars/{calendar_id}/providers"),
        ("post", "/calendars/{calendar_id}/providers/{provider_id}/sync"),
        ("post", "/callback-agents/{agent_id}/check-constraints"),
        ("post", "/campaigns"),
        ("post", "/campaigns/{campaign_id}/call"),
        ("post", "/campaigns/{campaign_id}/sftp"),
        ("post", "/campaigns/{campaign_id}/sftp/test-connection"),
        ("post", "/campaigns/{campaign_id}/sftp/trigger-export"),
        ("post", "/campaigns/{campaign_id}/sftp/trigger-import"),
        ("post", "/campaigns/{campaign_id}/webhooks"),
        ("post", "/campaigns/{campaign_id}/webhooks/{webhook_id}/logs/{log_id}/retry"),
        ("post", "/campaigns/{campaign_id}/webhooks/{webhook_id}/test"),
        ("post", "/phone-numbers/{phone_number_id}/request-release"),
        ("post", "/sip-trunks"),
        ("post", "/sip-trunks/{trunk_id}/dids"),
        ("post", "/sip-trunks/{trunk_id}/verify"),
        ("put", "/agents/{agent_id}/callback"),
        ("put", "/agents/{agent_id}/calling"),
        ("put", "/agents/{agent_id}/flow"),
        ("put", "/agents/{agent_id}/knowledge"),
        ("put", "/agents/{agent_id}/voice"),
        ("put", "/agents/{agent_id}/webhooks/{webhook_id}"),
        ("put", "/auto-topup/settings"),
        ("put", "/calendars/{calendar_id}"),
        ("put", "/calendars/{calendar_id}/availability-rules/{rule_id}"),
        ("put", "/calendars/{calendar_id}/events/{event_id}"),
        ("put", "/calendars/{calendar_id}/members/{member_id}"),
        ("put", "/campaigns/{campaign_id}"),
        ("put", "/campaigns/{campaign_id}/sftp"),
        ("put", "/campaigns/{campaign_id}/webhooks/{webhook_id}"),
        ("put", "/sip-trunks/{trunk_id}"),
    }
)  # noqa: S105
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

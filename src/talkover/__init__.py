"""The Talkover Python client: the generated operations plus timeouts, retries, typed errors
and auth from the environment.

    from talkover import make_client
    from talkover_api_client.api.trainings import list_trainings

    client = make_client()  # $TALKOVER_API_TOKEN
    trainings = list_trainings.sync("agent-id", client=client).data

Every exception class of the generated client (one per documented status and error code) is
importable from here.
"""

from talkover_api_client import error_codes as _error_codes
from talkover_api_client import errors as _errors
from talkover_api_client.error_codes import *  # noqa: F403 - one class per documented error
from talkover_api_client.errors import *  # noqa: F403 - the exception hierarchy

from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ConfigurationError, make_client
from .options import options
from .retry import RetryPolicy
from .webhooks import WebhookSignatureError, verify_webhook

__all__ = [
    *_errors.__all__,
    *_error_codes.__all__,
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ConfigurationError",
    "RetryPolicy",
    "WebhookSignatureError",
    "make_client",
    "options",
    "verify_webhook",
]

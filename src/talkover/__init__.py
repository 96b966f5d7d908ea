"""The Talkover Python client: every operation of the spec as a method, with timeouts,
retries, typed errors, pagination and auth from the environment.

    import talkover

    tk = talkover.Talkover()  # $TALKOVER_API_TOKEN
    trainings = tk.agents.trainings.list("agent-id")
    for agent in tk.agents.list(per_page=50):  # across every page
        ...

Every exception class of the generated client (one per documented status and error code) is
importable from here.
"""

from talkover_api_client import __version__ as _version
from talkover_api_client import error_codes as _error_codes
from talkover_api_client import errors as _errors
from talkover_api_client.error_codes import *  # noqa: F403 - one class per documented error
from talkover_api_client.errors import *  # noqa: F403 - the exception hierarchy

from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ConfigurationError, make_client
from .options import options
from .retry import RetryPolicy
from .sdk import AsyncTalkover, Talkover
from .webhooks import WebhookEvent, WebhookSignatureError, verify_webhook

__version__ = _version

__all__ = [
    *_errors.__all__,
    *_error_codes.__all__,
    "AsyncTalkover",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ConfigurationError",
    "RetryPolicy",
    "Talkover",
    "WebhookEvent",
    "WebhookSignatureError",
    "make_client",
    "options",
    "verify_webhook",
]

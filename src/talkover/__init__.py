"""The Talkover Python client: the generated operations plus timeouts, retries, typed errors
and auth from the environment.

    from talkover import make_client
    from talkover_api_client.api.trainings import list_trainings

    client = make_client()  # $TALKOVER_API_TOKEN
    trainings = list_trainings.sync("agent-id", client=client).data
"""

from talkover_api_client.errors import (
    AgentNotFoundError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    TalkoverError,
    TrainingNotFoundError,
    UnprocessableEntityError,
)

from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ConfigurationError, make_client
from .options import options
from .retry import RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AgentNotFoundError",
    "AuthenticationError",
    "ConfigurationError",
    "InternalServerError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "TalkoverError",
    "TrainingNotFoundError",
    "UnprocessableEntityError",
    "make_client",
    "options",
]

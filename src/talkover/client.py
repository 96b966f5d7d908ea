"""The one way to make a client: token and base URL from arguments or the environment, a
default timeout, retries, and the generated client's typed operations on top."""

from __future__ import annotations

import os

import httpx
from talkover_api_client import AuthenticatedClient
from talkover_api_client.errors import TalkoverError

from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

TOKEN_ENV = "TALKOVER_API_TOKEN"  # noqa: S105 - an environment variable's name
BASE_URL_ENV = "TALKOVER_BASE_URL"
DEFAULT_BASE_URL = "https://app.talkover.ai/api/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s to read, write or wait for a pooled connection; 5 s to connect."""


class ConfigurationError(TalkoverError):
    """The client cannot be built as asked (for example, no token anywhere)."""


def make_client(
    token: str | None = None,
    *,
    base_url: str | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    max_retries: int = 2,
    retry_posts: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    verify: bool = True,
) -> AuthenticatedClient:
    """A client for the generated operations, sync and async.

    ``token`` defaults to ``$TALKOVER_API_TOKEN`` and ``base_url`` to ``$TALKOVER_BASE_URL`` or
    production. Retries (``max_retries``, 0 for none) cover connection errors and 408, 429,
    500, 502, 503, 504 for GET and DELETE; POST only with ``retry_posts=True``.
    ``transport`` / ``async_transport`` replace the network (e.g. the mock, in-process).
    """
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if not token:
        raise ConfigurationError(
            f"No Talkover token: pass token=... or set {TOKEN_ENV} (an environment token)."
        )
    base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    policy = RetryPolicy(max_retries=max_retries, retry_posts=retry_posts)
    headers = {"Authorization": f"Bearer {token}"}
    client = AuthenticatedClient(base_url=base_url, token=token, timeout=timeout, verify_ssl=verify)
    client.set_httpx_client(
        httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            transport=RetryTransport(transport or httpx.HTTPTransport(verify=verify), policy),
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            transport=AsyncRetryTransport(
                async_transport or httpx.AsyncHTTPTransport(verify=verify), policy
            ),
        )
    )
    return client

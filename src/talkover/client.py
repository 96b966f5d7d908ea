"""The one way to make a client: token and base URL from arguments or the environment, a
default timeout, retries, proxies, and the generated client's typed operations on top."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx
from talkover_api_client import AuthenticatedClient
from talkover_api_client.errors import TalkoverError

from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

TOKEN_ENV = "TALKOVER_API_TOKEN"  # noqa: S105 - an environment variable's name
BASE_URL_ENV = "TALKOVER_BASE_URL"
USER_TOKEN_ENV = "TALKOVER_USER_TOKEN"  # noqa: S105 - an environment variable's name
"""The Account API's user token (a user session token or a personal access token, D61)."""
DEFAULT_BASE_URL = "https://app.talkover.ai/api/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s to read, write or wait for a pooled connection; 5 s to connect."""


class ConfigurationError(TalkoverError):
    """The client cannot be built as asked (no token, a token that is not a header value, …)."""


def token_problem(token: str) -> str | None:
    """Why ``token`` cannot be sent in an ``Authorization`` header, or None. Never quotes it."""
    for position, char in enumerate(token, start=1):
        if char in "\r\n":
            return f"the token holds a line break (character {position} of {len(token)})"
        if ord(char) < 0x20 or ord(char) == 0x7F:
            return f"the token holds a control character (character {position} of {len(token)})"
        if char == " ":
            return f"the token holds a space (character {position} of {len(token)})"
        if ord(char) > 0x7E:
            return f"the token holds a non-ASCII character (character {position} of {len(token)})"
    return None


def proxy_for(base_url: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The proxy the environment names for ``base_url``: ``HTTPS_PROXY`` / ``HTTP_PROXY`` by
    scheme, else ``ALL_PROXY``, unless ``NO_PROXY`` covers the host. What httpx does with
    ``trust_env``, decided once, since every request of the client goes to this one origin."""
    variables = dict(os.environ if environ is None else environ)
    proxies = {
        name[: -len("_proxy")].lower(): value
        for name, value in variables.items()
        if name.lower().endswith("_proxy") and value and name.lower() != "no_proxy"
    }
    url = httpx.URL(base_url)
    chosen = proxies.get(url.scheme) or proxies.get("all")
    if not chosen:
        return None
    no_proxy = variables.get("NO_PROXY", variables.get("no_proxy", ""))
    if any(_bypasses(entry.strip().lower(), url) for entry in no_proxy.split(",")):
        return None
    return chosen


def _bypasses(entry: str, url: httpx.URL) -> bool:
    """Whether one ``NO_PROXY`` entry (``*``, a host, ``.domain``, ``host:port``) covers ``url``."""
    if not entry:
        return False
    if entry == "*":
        return True
    host, _, port = entry.partition(":") if not entry.startswith("[") else (entry, "", "")
    default_port = {"https": 443, "http": 80}.get(url.scheme)
    if port and port != str(url.port or default_port):
        return False
    host = host.strip("[]").lstrip("*").lstrip(".")
    return url.host == host or url.host.endswith("." + host)


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
    proxy: str | None = None,
    trust_env: bool = True,
    strict_responses: bool = False,
    user_token: str | None = None,
) -> AuthenticatedClient:
    """A client for the generated operations, sync and async.

    ``token`` defaults to ``$TALKOVER_API_TOKEN`` and ``base_url`` to ``$TALKOVER_BASE_URL`` or
    production; ``user_token`` (the Account API's, D61) to ``$TALKOVER_USER_TOKEN``. Either
    may be missing: an operation whose token the client lacks raises ``TokenRequiredError``
    before sending. Retries (``max_retries``, 0 for none) cover connection errors that can succeed
    on a retry and 408, 429, 500, 502, 503, 504, for GET, PUT and DELETE; POST only with
    ``retry_posts=True``. ``proxy`` names a proxy URL; without it, and with ``trust_env``
    (the default, as in httpx), ``HTTP(S)_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` apply.
    ``transport`` / ``async_transport`` replace the network (e.g. the mock, in-process).
    Responses are read leniently (a status value the spec does not list yet comes through as
    its string, a required field left out reads as None, each recorded on ``Response.drift``
    and logged); ``strict_responses=True`` makes any such body fail as not the documented one.

    Copies made with ``with_headers`` / ``with_timeout`` / ``with_cookies`` keep all of this.
    The async side works across event loops: each new loop gets its own connection pool.
    """
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    user_token = user_token if user_token is not None else os.environ.get(USER_TOKEN_ENV)
    if not token and not user_token:
        raise ConfigurationError(
            f"No Talkover token: pass token=... or set {TOKEN_ENV} (an environment token);"
            f" for the Account API, user_token=... or {USER_TOKEN_ENV}."
        )
    for given in (token, user_token):
        if given and (problem := token_problem(given)) is not None:
            raise ConfigurationError(f"The Talkover token cannot be sent: {problem}.")
    base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    policy = RetryPolicy(max_retries=max_retries, retry_posts=retry_posts)
    chosen_proxy = proxy or (proxy_for(base_url) if trust_env else None)

    # Each httpx client (one per copy, and one per event loop on the async side) gets its own
    # pool. A transport passed in is shared by them and stays the caller's to close.
    def sync_factory() -> httpx.BaseTransport:
        if transport is not None:
            return RetryTransport(transport, policy, owns_inner=False)
        return RetryTransport(httpx.HTTPTransport(verify=verify, proxy=chosen_proxy), policy)

    def async_factory() -> httpx.AsyncBaseTransport:
        if async_transport is not None:
            return AsyncRetryTransport(async_transport, policy, owns_inner=False)
        inner = httpx.AsyncHTTPTransport(verify=verify, proxy=chosen_proxy)
        return AsyncRetryTransport(inner, policy)

    return AuthenticatedClient(
        base_url=base_url,
        token=token or "",
        user_token=user_token or None,
        timeout=timeout,
        verify_ssl=verify,
        transport_factory=sync_factory,
        async_transport_factory=async_factory,
        strict_responses=strict_responses,
    )

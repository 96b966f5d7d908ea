"""``Talkover()`` and ``AsyncTalkover()``: one object with every operation as a method.

    import talkover

    tk = talkover.Talkover()  # $TALKOVER_API_TOKEN, $TALKOVER_BASE_URL or production
    for agent in tk.agents.list(per_page=50):  # every page
        print(agent.name, [t.subject for t in tk.agents.trainings.list(agent.id)])

The namespaces and methods are generated from the spec (``talkover_api_client.resources``);
this module only builds them on the runtime's client (timeouts, retries, typed errors,
proxies). ``.with_raw_response`` on any namespace gives the whole response instead.
"""

from __future__ import annotations

from types import TracebackType

import httpx
from talkover_api_client import AuthenticatedClient
from talkover_api_client.resources import AsyncResources, Resources

from .client import DEFAULT_TIMEOUT, make_client


class Talkover(Resources):
    """The Talkover API, sync. Arguments as :func:`talkover.make_client`; or pass ``client``."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_posts: bool = False,
        transport: httpx.BaseTransport | None = None,
        verify: bool = True,
        proxy: str | None = None,
        trust_env: bool = True,
        strict_responses: bool = False,
        user_token: str | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        self.client = client or make_client(
            token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_posts=retry_posts,
            transport=transport,
            verify=verify,
            proxy=proxy,
            trust_env=trust_env,
            strict_responses=strict_responses,
            user_token=user_token,
        )
        super().__init__(self.client)

    def close(self) -> None:
        """Close the connection pool. As with an httpx client, no call can be made after it."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Talkover:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncTalkover(AsyncResources):
    """The Talkover API, async: the same namespaces and methods as :class:`Talkover`, awaited;
    ``async for`` over a list reads every page."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_posts: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool = True,
        proxy: str | None = None,
        trust_env: bool = True,
        strict_responses: bool = False,
        user_token: str | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        self.client = client or make_client(
            token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_posts=retry_posts,
            async_transport=transport,
            verify=verify,
            proxy=proxy,
            trust_env=trust_env,
            strict_responses=strict_responses,
            user_token=user_token,
        )
        super().__init__(self.client)

    async def close(self) -> None:
        """Close this event loop's connection pool."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncTalkover:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

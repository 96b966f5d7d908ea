from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.webhook_response import WebhookResponse
from ...types import Response, http_status


def _get_kwargs(
    agent_id: str,
    webhook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/agents/{agent_id}/webhooks/{webhook_id}/toggle".format(
            agent_id=errors.path_segment("agent_id", agent_id),
            webhook_id=errors.path_segment("webhook_id", webhook_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebhookResponse | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = WebhookResponse.from_dict(response.json())

            return response_200

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 403:
            response_403 = Error.from_dict(response.json())

            return response_403

        if status == 404:
            response_404 = Error.from_dict(response.json())

            return response_404

        if status == 429:
            response_429 = Error.from_dict(response.json())

            return response_429

        if status == 431:
            response_431 = Error.from_dict(response.json())

            return response_431

        if status == 500:
            response_500 = Error.from_dict(response.json())

            return response_500

        if 200 <= status < 300:  # an undocumented success status: the documented success body
            response_200 = WebhookResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WebhookResponse]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("toggle_webhook", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | WebhookResponse]:
    """Enable or disable a webhook

     Flips `enabled`; `status` follows (`active` or `disabled`). No body. A disabled
    webhook receives no events; deliveries already queued for it still go out, and its
    automatic retries stop (D35).

    Args:
        agent_id (str):
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookResponse]
    """

    kwargs = _operations.prepare(
        client,
        "patch",
        "/agents/{agent_id}/webhooks/{webhook_id}/toggle",
        _get_kwargs(
            agent_id=agent_id,
            webhook_id=webhook_id,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> WebhookResponse:
    """Enable or disable a webhook: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        WebhookResponse,
        errors.unwrap(
            sync_detailed(
                agent_id=agent_id,
                webhook_id=webhook_id,
                client=client,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | WebhookResponse]:
    """Enable or disable a webhook

     Flips `enabled`; `status` follows (`active` or `disabled`). No body. A disabled
    webhook receives no events; deliveries already queued for it still go out, and its
    automatic retries stop (D35).

    Args:
        agent_id (str):
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookResponse]
    """

    kwargs = _operations.prepare(
        client,
        "patch",
        "/agents/{agent_id}/webhooks/{webhook_id}/toggle",
        _get_kwargs(
            agent_id=agent_id,
            webhook_id=webhook_id,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> WebhookResponse:
    """Enable or disable a webhook: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        WebhookResponse,
        errors.unwrap(
            await asyncio_detailed(
                agent_id=agent_id,
                webhook_id=webhook_id,
                client=client,
            ),
            expects_body=True,
        ),
    )

from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_webhook_response import CampaignWebhookResponse
from ...models.campaign_webhook_update_input import CampaignWebhookUpdateInput
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    campaign_id: str,
    webhook_id: str,
    *,
    body: CampaignWebhookUpdateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{campaign_id}/webhooks/{webhook_id}".format(
            campaign_id=errors.path_segment("campaign_id", campaign_id),
            webhook_id=errors.path_segment("webhook_id", webhook_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignWebhookResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = CampaignWebhookResponse.from_dict(response.json())

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

        if status == 413:
            response_413 = Error.from_dict(response.json())

            return response_413

        if status == 422:
            response_422 = ValidationError.from_dict(response.json())

            return response_422

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
            response_200 = CampaignWebhookResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignWebhookResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("update_campaign_webhook", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    campaign_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignWebhookUpdateInput,
) -> Response[CampaignWebhookResponse | Error | ValidationError]:
    """Update a campaign webhook

     Changes only the fields sent; `events`, when sent, needs at least one.

    Args:
        campaign_id (str):
        webhook_id (str):
        body (CampaignWebhookUpdateInput): Update Campaign Webhook's body: the agent webhook's
            settings with the campaign's
            events and `include_call_events`; every field optional (D43).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignWebhookResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "put",
        "/campaigns/{campaign_id}/webhooks/{webhook_id}",
        _get_kwargs(
            campaign_id=campaign_id,
            webhook_id=webhook_id,
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignWebhookUpdateInput,
) -> CampaignWebhookResponse:
    """Update a campaign webhook: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CampaignWebhookResponse,
        errors.unwrap(
            sync_detailed(
                campaign_id=campaign_id,
                webhook_id=webhook_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    campaign_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignWebhookUpdateInput,
) -> Response[CampaignWebhookResponse | Error | ValidationError]:
    """Update a campaign webhook

     Changes only the fields sent; `events`, when sent, needs at least one.

    Args:
        campaign_id (str):
        webhook_id (str):
        body (CampaignWebhookUpdateInput): Update Campaign Webhook's body: the agent webhook's
            settings with the campaign's
            events and `include_call_events`; every field optional (D43).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignWebhookResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "put",
        "/campaigns/{campaign_id}/webhooks/{webhook_id}",
        _get_kwargs(
            campaign_id=campaign_id,
            webhook_id=webhook_id,
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignWebhookUpdateInput,
) -> CampaignWebhookResponse:
    """Update a campaign webhook: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CampaignWebhookResponse,
        errors.unwrap(
            await asyncio_detailed(
                campaign_id=campaign_id,
                webhook_id=webhook_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

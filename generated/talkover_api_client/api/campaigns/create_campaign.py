from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_input import CampaignInput
from ...models.campaign_response import CampaignResponse
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: CampaignInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 201:
            response_201 = CampaignResponse.from_dict(response.json())

            return response_201

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 403:
            response_403 = Error.from_dict(response.json())

            return response_403

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
            response_201 = CampaignResponse.from_dict(response.json())

            return response_201

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("create_campaign", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CampaignInput,
) -> Response[CampaignResponse | Error | ValidationError]:
    """Create a campaign

     A new campaign, always `draft` (Update Campaign Status activates it). `agent_id` must
    be an agent of the environment (422); `end_date` after `start_date`; each call
    window's `end` after its `start`; `timezone` an IANA zone. Defaults: no delay, 3
    retries, 24-hour cooldowns (168 after completion), no DNC (D40). An environment holds
    at most 1,000 campaigns (403 `CAMPAIGN_LIMIT_REACHED`).

    Args:
        body (CampaignInput): Create Campaign's body. Defaults as on the page (D40).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/campaigns",
        _get_kwargs(
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CampaignInput,
) -> CampaignResponse:
    """Create a campaign: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CampaignResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CampaignInput,
) -> Response[CampaignResponse | Error | ValidationError]:
    """Create a campaign

     A new campaign, always `draft` (Update Campaign Status activates it). `agent_id` must
    be an agent of the environment (422); `end_date` after `start_date`; each call
    window's `end` after its `start`; `timezone` an IANA zone. Defaults: no delay, 3
    retries, 24-hour cooldowns (168 after completion), no DNC (D40). An environment holds
    at most 1,000 campaigns (403 `CAMPAIGN_LIMIT_REACHED`).

    Args:
        body (CampaignInput): Create Campaign's body. Defaults as on the page (D40).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/campaigns",
        _get_kwargs(
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CampaignInput,
) -> CampaignResponse:
    """Create a campaign: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CampaignResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

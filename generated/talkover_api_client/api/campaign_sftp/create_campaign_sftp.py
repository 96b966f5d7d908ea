from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sftp_config_response import SftpConfigResponse
from ...models.sftp_input import SftpInput
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    campaign_id: str,
    *,
    body: SftpInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{campaign_id}/sftp".format(
            campaign_id=errors.path_segment("campaign_id", campaign_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SftpConfigResponse | ValidationError | None:
    status = response.status_code
    try:
        if status == 201:
            response_201 = SftpConfigResponse.from_dict(response.json())

            return response_201

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 403:
            response_403 = Error.from_dict(response.json())

            return response_403

        if status == 404:
            response_404 = Error.from_dict(response.json())

            return response_404

        if status == 409:
            response_409 = Error.from_dict(response.json())

            return response_409

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
            response_201 = SftpConfigResponse.from_dict(response.json())

            return response_201

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SftpConfigResponse | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("create_campaign_sftp", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SftpInput,
) -> Response[Error | SftpConfigResponse | ValidationError]:
    """Configure SFTP for a campaign

     The campaign's SFTP configuration, created disabled (a passing connection test comes
    first). `password` is required with `auth_type: password`, `private_key` with
    `private_key`. Port 22 and a `manual` schedule by default. A campaign has one
    configuration: a second is 409 (change it with PUT) (D44).

    Args:
        campaign_id (str):
        body (SftpInput): Create Campaign SFTP Config's body (D44). The credential `auth_type`
            names is
            required too (`password`, or `private_key`): a rule across fields, answered 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SftpConfigResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/campaigns/{campaign_id}/sftp",
        _get_kwargs(
            campaign_id=campaign_id,
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SftpInput,
) -> SftpConfigResponse:
    """Configure SFTP for a campaign: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SftpConfigResponse,
        errors.unwrap(
            sync_detailed(
                campaign_id=campaign_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SftpInput,
) -> Response[Error | SftpConfigResponse | ValidationError]:
    """Configure SFTP for a campaign

     The campaign's SFTP configuration, created disabled (a passing connection test comes
    first). `password` is required with `auth_type: password`, `private_key` with
    `private_key`. Port 22 and a `manual` schedule by default. A campaign has one
    configuration: a second is 409 (change it with PUT) (D44).

    Args:
        campaign_id (str):
        body (SftpInput): Create Campaign SFTP Config's body (D44). The credential `auth_type`
            names is
            required too (`password`, or `private_key`): a rule across fields, answered 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SftpConfigResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/campaigns/{campaign_id}/sftp",
        _get_kwargs(
            campaign_id=campaign_id,
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SftpInput,
) -> SftpConfigResponse:
    """Configure SFTP for a campaign: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SftpConfigResponse,
        errors.unwrap(
            await asyncio_detailed(
                campaign_id=campaign_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

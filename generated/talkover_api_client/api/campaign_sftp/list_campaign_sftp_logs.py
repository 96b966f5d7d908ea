from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sftp_log_list_response import SftpLogListResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    campaign_id: str,
    *,
    per_page: int | Unset = 25,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_id}/sftp/logs".format(
            campaign_id=errors.path_segment("campaign_id", campaign_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SftpLogListResponse | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = SftpLogListResponse.from_dict(response.json())

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
            response_200 = SftpLogListResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SftpLogListResponse | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("list_campaign_sftp_logs", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 25,
    page: int | Unset = 1,
) -> Response[Error | SftpLogListResponse | ValidationError]:
    """List the campaign's SFTP jobs

     Import and export jobs, newest first; the `pagination` has no `last_page`.

    Args:
        campaign_id (str):
        per_page (int | Unset):  Default: 25.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SftpLogListResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/campaigns/{campaign_id}/sftp/logs",
        _get_kwargs(
            campaign_id=campaign_id,
            per_page=per_page,
            page=page,
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
    per_page: int | Unset = 25,
    page: int | Unset = 1,
) -> SftpLogListResponse:
    """List the campaign's SFTP jobs: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SftpLogListResponse,
        errors.unwrap(
            sync_detailed(
                campaign_id=campaign_id,
                client=client,
                per_page=per_page,
                page=page,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 25,
    page: int | Unset = 1,
) -> Response[Error | SftpLogListResponse | ValidationError]:
    """List the campaign's SFTP jobs

     Import and export jobs, newest first; the `pagination` has no `last_page`.

    Args:
        campaign_id (str):
        per_page (int | Unset):  Default: 25.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SftpLogListResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/campaigns/{campaign_id}/sftp/logs",
        _get_kwargs(
            campaign_id=campaign_id,
            per_page=per_page,
            page=page,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 25,
    page: int | Unset = 1,
) -> SftpLogListResponse:
    """List the campaign's SFTP jobs: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SftpLogListResponse,
        errors.unwrap(
            await asyncio_detailed(
                campaign_id=campaign_id,
                client=client,
                per_page=per_page,
                page=page,
            ),
            expects_body=True,
        ),
    )

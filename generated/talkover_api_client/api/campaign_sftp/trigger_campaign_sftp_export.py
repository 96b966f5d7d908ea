from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sftp_export_input import SftpExportInput
from ...models.sftp_export_response import SftpExportResponse
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    campaign_id: str,
    *,
    body: SftpExportInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{campaign_id}/sftp/trigger-export".format(
            campaign_id=errors.path_segment("campaign_id", campaign_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SftpExportResponse | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = SftpExportResponse.from_dict(response.json())

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
            response_200 = SftpExportResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SftpExportResponse | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("trigger_campaign_sftp_export", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SftpExportInput,
) -> Response[Error | SftpExportResponse | ValidationError]:
    """Export result files now

     Starts an export job of the given files of the campaign (422 for an id that is not
    one of its `files`). One export at a time: 409 while one runs. Ends 5 seconds later
    on the mock's clock (D44).

    Args:
        campaign_id (str):
        body (SftpExportInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SftpExportResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/campaigns/{campaign_id}/sftp/trigger-export",
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
    body: SftpExportInput,
) -> SftpExportResponse:
    """Export result files now: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SftpExportResponse,
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
    body: SftpExportInput,
) -> Response[Error | SftpExportResponse | ValidationError]:
    """Export result files now

     Starts an export job of the given files of the campaign (422 for an id that is not
    one of its `files`). One export at a time: 409 while one runs. Ends 5 seconds later
    on the mock's clock (D44).

    Args:
        campaign_id (str):
        body (SftpExportInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SftpExportResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/campaigns/{campaign_id}/sftp/trigger-export",
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
    body: SftpExportInput,
) -> SftpExportResponse:
    """Export result files now: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SftpExportResponse,
        errors.unwrap(
            await asyncio_detailed(
                campaign_id=campaign_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

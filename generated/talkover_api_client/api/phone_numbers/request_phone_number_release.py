from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.release_request_input import ReleaseRequestInput
from ...models.release_request_response import ReleaseRequestResponse
from ...types import Response, http_status


def _get_kwargs(
    phone_number_id: str,
    *,
    body: ReleaseRequestInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phone-numbers/{phone_number_id}/request-release".format(
            phone_number_id=errors.path_segment("phone_number_id", phone_number_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReleaseRequestResponse | None:
    status = response.status_code
    try:
        if status == 201:
            response_201 = ReleaseRequestResponse.from_dict(response.json())

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
            response_422 = Error.from_dict(response.json())

            return response_422

        if status == 429:
            response_429 = Error.from_dict(response.json())

            return response_429

        if status == 431:
            response_431 = Error.from_dict(response.json())

            return response_431

        if 200 <= status < 300:  # an undocumented success status: the documented success body
            response_201 = ReleaseRequestResponse.from_dict(response.json())

            return response_201

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReleaseRequestResponse]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("request_phone_number_release", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseRequestInput,
) -> Response[Error | ReleaseRequestResponse]:
    """Request the release of a phone number

     Files a `pending` release request; it is reviewed outside the API (the mock's control
    plane approves or rejects it, D32). One pending request per number (409
    `RELEASE_ALREADY_PENDING`); a number assigned to any agent cannot be released (422
    `PHONE_NUMBER_IN_USE`; detach it with Update Agent Calling first, D32).

    Args:
        phone_number_id (str):
        body (ReleaseRequestInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReleaseRequestResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/phone-numbers/{phone_number_id}/request-release",
        _get_kwargs(
            phone_number_id=phone_number_id,
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseRequestInput,
) -> ReleaseRequestResponse:
    """Request the release of a phone number: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        ReleaseRequestResponse,
        errors.unwrap(
            sync_detailed(
                phone_number_id=phone_number_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseRequestInput,
) -> Response[Error | ReleaseRequestResponse]:
    """Request the release of a phone number

     Files a `pending` release request; it is reviewed outside the API (the mock's control
    plane approves or rejects it, D32). One pending request per number (409
    `RELEASE_ALREADY_PENDING`); a number assigned to any agent cannot be released (422
    `PHONE_NUMBER_IN_USE`; detach it with Update Agent Calling first, D32).

    Args:
        phone_number_id (str):
        body (ReleaseRequestInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReleaseRequestResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/phone-numbers/{phone_number_id}/request-release",
        _get_kwargs(
            phone_number_id=phone_number_id,
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseRequestInput,
) -> ReleaseRequestResponse:
    """Request the release of a phone number: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        ReleaseRequestResponse,
        errors.unwrap(
            await asyncio_detailed(
                phone_number_id=phone_number_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sip_trunk_input import SipTrunkInput
from ...models.sip_trunk_response import SipTrunkResponse
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: SipTrunkInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sip-trunks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SipTrunkResponse | None:
    status = response.status_code
    try:
        if status == 201:
            response_201 = SipTrunkResponse.from_dict(response.json())

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
            response_422 = Error.from_dict(response.json())

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
            response_201 = SipTrunkResponse.from_dict(response.json())

            return response_201

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SipTrunkResponse]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("create_sip_trunk", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SipTrunkInput,
) -> Response[Error | SipTrunkResponse]:
    """Register a SIP trunk

     Registers a trunk, unverified and inactive unless `is_active` is sent true, which is
    refused (422 `TRUNK_NOT_VERIFIED`): a trunk is verified before it is activated (D49).
    `transport` defaults to `tls`, `port` to 5061 for TLS and 5060 for UDP and TCP. The
    password is stored and never returned.

    Args:
        body (SipTrunkInput): Create SIP Trunk's body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SipTrunkResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/sip-trunks",
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
    body: SipTrunkInput,
) -> SipTrunkResponse:
    """Register a SIP trunk: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SipTrunkResponse,
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
    body: SipTrunkInput,
) -> Response[Error | SipTrunkResponse]:
    """Register a SIP trunk

     Registers a trunk, unverified and inactive unless `is_active` is sent true, which is
    refused (422 `TRUNK_NOT_VERIFIED`): a trunk is verified before it is activated (D49).
    `transport` defaults to `tls`, `port` to 5061 for TLS and 5060 for UDP and TCP. The
    password is stored and never returned.

    Args:
        body (SipTrunkInput): Create SIP Trunk's body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SipTrunkResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/sip-trunks",
        _get_kwargs(
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SipTrunkInput,
) -> SipTrunkResponse:
    """Register a SIP trunk: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        SipTrunkResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

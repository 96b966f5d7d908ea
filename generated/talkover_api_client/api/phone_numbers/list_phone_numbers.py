from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.phone_number_list_response import PhoneNumberListResponse
from ...models.phone_number_type import PhoneNumberType
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    type_: PhoneNumberType | Unset = UNSET,
    has_voice: bool | Unset = UNSET,
    has_whatsapp: bool | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["has_voice"] = has_voice

    params["has_whatsapp"] = has_whatsapp

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phone-numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PhoneNumberListResponse | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = PhoneNumberListResponse.from_dict(response.json())

            return response_200

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

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
            response_200 = PhoneNumberListResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PhoneNumberListResponse | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("list_phone_numbers", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: PhoneNumberType | Unset = UNSET,
    has_voice: bool | Unset = UNSET,
    has_whatsapp: bool | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | PhoneNumberListResponse | ValidationError]:
    """List phone numbers

     The phone numbers of the caller's environment, oldest first (D24), not paginated.
    `search` matches a part of the number or of the id. Numbers are provisioned in the
    dashboard (and by SIP trunk DIDs); a number whose release was approved is no longer
    listed (D32).

    Args:
        type_ (PhoneNumberType | Unset):
        has_voice (bool | Unset):
        has_whatsapp (bool | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhoneNumberListResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/phone-numbers",
        _get_kwargs(
            type_=type_,
            has_voice=has_voice,
            has_whatsapp=has_whatsapp,
            search=search,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: PhoneNumberType | Unset = UNSET,
    has_voice: bool | Unset = UNSET,
    has_whatsapp: bool | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PhoneNumberListResponse:
    """List phone numbers: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        PhoneNumberListResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
                type_=type_,
                has_voice=has_voice,
                has_whatsapp=has_whatsapp,
                search=search,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: PhoneNumberType | Unset = UNSET,
    has_voice: bool | Unset = UNSET,
    has_whatsapp: bool | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | PhoneNumberListResponse | ValidationError]:
    """List phone numbers

     The phone numbers of the caller's environment, oldest first (D24), not paginated.
    `search` matches a part of the number or of the id. Numbers are provisioned in the
    dashboard (and by SIP trunk DIDs); a number whose release was approved is no longer
    listed (D32).

    Args:
        type_ (PhoneNumberType | Unset):
        has_voice (bool | Unset):
        has_whatsapp (bool | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhoneNumberListResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/phone-numbers",
        _get_kwargs(
            type_=type_,
            has_voice=has_voice,
            has_whatsapp=has_whatsapp,
            search=search,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: PhoneNumberType | Unset = UNSET,
    has_voice: bool | Unset = UNSET,
    has_whatsapp: bool | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PhoneNumberListResponse:
    """List phone numbers: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        PhoneNumberListResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                type_=type_,
                has_voice=has_voice,
                has_whatsapp=has_whatsapp,
                search=search,
            ),
            expects_body=True,
        ),
    )

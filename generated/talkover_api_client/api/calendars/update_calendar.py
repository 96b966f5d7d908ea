from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_response import CalendarResponse
from ...models.calendar_update_input import CalendarUpdateInput
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    calendar_id: str,
    *,
    body: CalendarUpdateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/calendars/{calendar_id}".format(
            calendar_id=errors.path_segment("calendar_id", calendar_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = CalendarResponse.from_dict(response.json())

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
            response_200 = CalendarResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("update_calendar", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarUpdateInput,
) -> Response[CalendarResponse | Error | ValidationError]:
    """Update a calendar

     Changes only the fields sent (`name`, `timezone`, `metadata`, which it replaces); the
    owner is not changed here. Answers the whole calendar, as Get Calendar does (the page's
    example shows `id`, `name` and `updated_at` of it, D55).

    Args:
        calendar_id (str):
        body (CalendarUpdateInput): Update Calendar's body; every field optional, only those sent
            change (D55).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "put",
        "/calendars/{calendar_id}",
        _get_kwargs(
            calendar_id=calendar_id,
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarUpdateInput,
) -> CalendarResponse:
    """Update a calendar: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarResponse,
        errors.unwrap(
            sync_detailed(
                calendar_id=calendar_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarUpdateInput,
) -> Response[CalendarResponse | Error | ValidationError]:
    """Update a calendar

     Changes only the fields sent (`name`, `timezone`, `metadata`, which it replaces); the
    owner is not changed here. Answers the whole calendar, as Get Calendar does (the page's
    example shows `id`, `name` and `updated_at` of it, D55).

    Args:
        calendar_id (str):
        body (CalendarUpdateInput): Update Calendar's body; every field optional, only those sent
            change (D55).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "put",
        "/calendars/{calendar_id}",
        _get_kwargs(
            calendar_id=calendar_id,
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarUpdateInput,
) -> CalendarResponse:
    """Update a calendar: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarResponse,
        errors.unwrap(
            await asyncio_detailed(
                calendar_id=calendar_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

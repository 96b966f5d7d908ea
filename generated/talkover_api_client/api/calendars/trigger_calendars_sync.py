from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_sync_response import CalendarSyncResponse
from ...models.error import Error
from ...types import Response, http_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calendars/sync",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarSyncResponse | Error | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = CalendarSyncResponse.from_dict(response.json())

            return response_200

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

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
            response_200 = CalendarSyncResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarSyncResponse | Error]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("trigger_calendars_sync", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CalendarSyncResponse | Error]:
    """Sync every connected calendar

     Starts a sync of every calendar of the environment that has an active provider connection,
     and answers at once: `syncing` lists the calendars whose sync now runs (or already ran),
     `up_to_date` those whose every active connection synced in the last five minutes, which are
     not synced again. A sync finishes on the mock's clock (30 seconds); poll Get Calendars Sync
     Status (D60).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarSyncResponse | Error]
    """

    kwargs = _operations.prepare(client, "post", "/calendars/sync", _get_kwargs())

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CalendarSyncResponse:
    """Sync every connected calendar: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarSyncResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CalendarSyncResponse | Error]:
    """Sync every connected calendar

     Starts a sync of every calendar of the environment that has an active provider connection,
     and answers at once: `syncing` lists the calendars whose sync now runs (or already ran),
     `up_to_date` those whose every active connection synced in the last five minutes, which are
     not synced again. A sync finishes on the mock's clock (30 seconds); poll Get Calendars Sync
     Status (D60).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarSyncResponse | Error]
    """

    kwargs = _operations.prepare(client, "post", "/calendars/sync", _get_kwargs())

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CalendarSyncResponse:
    """Sync every connected calendar: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarSyncResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
            ),
            expects_body=True,
        ),
    )

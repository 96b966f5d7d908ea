import datetime
from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_event_list import CalendarEventList
from ...models.error import Error
from ...models.event_status import EventStatus
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    calendar_id: str,
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calendars/{calendar_id}/events".format(
            calendar_id=errors.path_segment("calendar_id", calendar_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarEventList | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = CalendarEventList.from_dict(response.json())

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
            response_200 = CalendarEventList.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarEventList | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("list_calendar_events", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
) -> Response[CalendarEventList | Error | ValidationError]:
    """List a calendar's events

     The calendar's events ordered by `start_at`: `from` keeps those that start at or after
    it, `to` those that end at or before it, `status` those with that status.

    Args:
        calendar_id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        status (EventStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEventList | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/calendars/{calendar_id}/events",
        _get_kwargs(
            calendar_id=calendar_id,
            from_=from_,
            to=to,
            status=status,
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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
) -> CalendarEventList:
    """List a calendar's events: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarEventList,
        errors.unwrap(
            sync_detailed(
                calendar_id=calendar_id,
                client=client,
                from_=from_,
                to=to,
                status=status,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
) -> Response[CalendarEventList | Error | ValidationError]:
    """List a calendar's events

     The calendar's events ordered by `start_at`: `from` keeps those that start at or after
    it, `to` those that end at or before it, `status` those with that status.

    Args:
        calendar_id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        status (EventStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEventList | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/calendars/{calendar_id}/events",
        _get_kwargs(
            calendar_id=calendar_id,
            from_=from_,
            to=to,
            status=status,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    status: EventStatus | Unset = UNSET,
) -> CalendarEventList:
    """List a calendar's events: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarEventList,
        errors.unwrap(
            await asyncio_detailed(
                calendar_id=calendar_id,
                client=client,
                from_=from_,
                to=to,
                status=status,
            ),
            expects_body=True,
        ),
    )

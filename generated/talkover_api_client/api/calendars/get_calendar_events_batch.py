import datetime
from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_event_list import CalendarEventList
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    calendar_ids: list[str],
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_calendar_ids = calendar_ids

    params["calendar_ids[]"] = json_calendar_ids

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calendars/events",
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
        drift=_drift.report("get_calendar_events_batch", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    calendar_ids: list[str],
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
) -> Response[CalendarEventList | Error | ValidationError]:
    """Get events of several calendars

     The events of the calendars named by `calendar_ids[]` (repeat the parameter, at most 50),
     in one list ordered by `start_at`, each with its `calendar_id`. `from` keeps events that start
     at or after it, `to` those that end at or before it. Every calendar must exist and be the
     caller's: an unknown id answers 404, another environment's 403, as its own path would (D60).

    Args:
        calendar_ids (list[str]):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEventList | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/calendars/events",
        _get_kwargs(
            calendar_ids=calendar_ids,
            from_=from_,
            to=to,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    calendar_ids: list[str],
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
) -> CalendarEventList:
    """Get events of several calendars: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarEventList,
        errors.unwrap(
            sync_detailed(
                client=client,
                calendar_ids=calendar_ids,
                from_=from_,
                to=to,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    calendar_ids: list[str],
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
) -> Response[CalendarEventList | Error | ValidationError]:
    """Get events of several calendars

     The events of the calendars named by `calendar_ids[]` (repeat the parameter, at most 50),
     in one list ordered by `start_at`, each with its `calendar_id`. `from` keeps events that start
     at or after it, `to` those that end at or before it. Every calendar must exist and be the
     caller's: an unknown id answers 404, another environment's 403, as its own path would (D60).

    Args:
        calendar_ids (list[str]):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEventList | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/calendars/events",
        _get_kwargs(
            calendar_ids=calendar_ids,
            from_=from_,
            to=to,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    calendar_ids: list[str],
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
) -> CalendarEventList:
    """Get events of several calendars: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CalendarEventList,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                calendar_ids=calendar_ids,
                from_=from_,
                to=to,
            ),
            expects_body=True,
        ),
    )

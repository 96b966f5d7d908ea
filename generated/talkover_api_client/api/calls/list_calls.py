import datetime
from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.call_list_response import CallListResponse
from ...models.call_status import CallStatus
from ...models.direction import Direction
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["agent_id"] = agent_id

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["search"] = search

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallListResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = CallListResponse.from_dict(response.json())

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
            response_200 = CallListResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallListResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("list_calls", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> Response[CallListResponse | Error | ValidationError]:
    """List the environment's calls

     Every call placed in the environment (one-off and campaign calls; a campaign call
    shows here once placed), newest first (D41), with the `pagination` window object.

    Args:
        status (CallStatus | Unset): `initiated`, `ringing` and `answered` are active;
            `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        direction (Direction | Unset):
        agent_id (str | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        search (str | Unset):
        per_page (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallListResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/calls",
        _get_kwargs(
            status=status,
            direction=direction,
            agent_id=agent_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            per_page=per_page,
            page=page,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> CallListResponse:
    """List the environment's calls: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CallListResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
                status=status,
                direction=direction,
                agent_id=agent_id,
                date_from=date_from,
                date_to=date_to,
                search=search,
                per_page=per_page,
                page=page,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> Response[CallListResponse | Error | ValidationError]:
    """List the environment's calls

     Every call placed in the environment (one-off and campaign calls; a campaign call
    shows here once placed), newest first (D41), with the `pagination` window object.

    Args:
        status (CallStatus | Unset): `initiated`, `ringing` and `answered` are active;
            `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        direction (Direction | Unset):
        agent_id (str | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        search (str | Unset):
        per_page (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallListResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/calls",
        _get_kwargs(
            status=status,
            direction=direction,
            agent_id=agent_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            per_page=per_page,
            page=page,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> CallListResponse:
    """List the environment's calls: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CallListResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                status=status,
                direction=direction,
                agent_id=agent_id,
                date_from=date_from,
                date_to=date_to,
                search=search,
                per_page=per_page,
                page=page,
            ),
            expects_body=True,
        ),
    )

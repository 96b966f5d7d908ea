import datetime
from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.agent_call_list_response import AgentCallListResponse
from ...models.call_status import CallStatus
from ...models.direction import Direction
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    agent_id: str,
    *,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
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
        "url": "/agents/{agent_id}/calls".format(
            agent_id=errors.path_segment("agent_id", agent_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentCallListResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = AgentCallListResponse.from_dict(response.json())

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
            response_200 = AgentCallListResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentCallListResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("list_agent_calls", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> Response[AgentCallListResponse | Error | ValidationError]:
    """List an agent's calls

     List Calls for one agent, without the `agent` object in the items.

    Args:
        agent_id (str):
        status (CallStatus | Unset): `initiated`, `ringing` and `answered` are active;
            `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        direction (Direction | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        search (str | Unset):
        per_page (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentCallListResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/agents/{agent_id}/calls",
        _get_kwargs(
            agent_id=agent_id,
            status=status,
            direction=direction,
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
    agent_id: str,
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> AgentCallListResponse:
    """List an agent's calls: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        AgentCallListResponse,
        errors.unwrap(
            sync_detailed(
                agent_id=agent_id,
                client=client,
                status=status,
                direction=direction,
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
    agent_id: str,
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> Response[AgentCallListResponse | Error | ValidationError]:
    """List an agent's calls

     List Calls for one agent, without the `agent` object in the items.

    Args:
        agent_id (str):
        status (CallStatus | Unset): `initiated`, `ringing` and `answered` are active;
            `completed`, `failed`, `busy` and
            `no-answer` are final (D39).
        direction (Direction | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        search (str | Unset):
        per_page (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentCallListResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/agents/{agent_id}/calls",
        _get_kwargs(
            agent_id=agent_id,
            status=status,
            direction=direction,
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
    agent_id: str,
    *,
    client: AuthenticatedClient,
    status: CallStatus | Unset = UNSET,
    direction: Direction | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = 20,
    page: int | Unset = 1,
) -> AgentCallListResponse:
    """List an agent's calls: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        AgentCallListResponse,
        errors.unwrap(
            await asyncio_detailed(
                agent_id=agent_id,
                client=client,
                status=status,
                direction=direction,
                date_from=date_from,
                date_to=date_to,
                search=search,
                per_page=per_page,
                page=page,
            ),
            expects_body=True,
        ),
    )

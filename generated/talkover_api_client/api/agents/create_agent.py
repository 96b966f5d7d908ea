from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.agent_input import AgentInput
from ...models.agent_message_response import AgentMessageResponse
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: AgentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentMessageResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 201:
            response_201 = AgentMessageResponse.from_dict(response.json())

            return response_201

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

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

        if 200 <= status < 300:  # an undocumented success status: the documented success body
            response_201 = AgentMessageResponse.from_dict(response.json())

            return response_201

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentMessageResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("create_agent", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentInput,
) -> Response[AgentMessageResponse | Error | ValidationError]:
    """Create an agent

     Creates an agent in `draft`, with no voice (`voice: null`) and so not ready to
    publish. `phone_number_ids` must be numbers of the caller's environment (D25). Fields
    the Agent object does not show (`llm_temperature`, `enable_recording`, the idle and
    duration settings) are kept but not echoed, as on the page.

    Args:
        body (AgentInput): The fields of Create Agent, required as the page tables them. Unknown
            fields are
            ignored (D13). `idle_time_seconds` takes 1 to 300, as the page's own 422 message says
            (its parameter table says 60, D22).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentMessageResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents",
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
    body: AgentInput,
) -> AgentMessageResponse:
    """Create an agent: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        AgentMessageResponse,
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
    body: AgentInput,
) -> Response[AgentMessageResponse | Error | ValidationError]:
    """Create an agent

     Creates an agent in `draft`, with no voice (`voice: null`) and so not ready to
    publish. `phone_number_ids` must be numbers of the caller's environment (D25). Fields
    the Agent object does not show (`llm_temperature`, `enable_recording`, the idle and
    duration settings) are kept but not echoed, as on the page.

    Args:
        body (AgentInput): The fields of Create Agent, required as the page tables them. Unknown
            fields are
            ignored (D13). `idle_time_seconds` takes 1 to 300, as the page's own 422 message says
            (its parameter table says 60, D22).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentMessageResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents",
        _get_kwargs(
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgentInput,
) -> AgentMessageResponse:
    """Create an agent: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        AgentMessageResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.error_list import ErrorList
from ...models.flow_input import FlowInput
from ...models.flow_response import FlowResponse
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    agent_id: str,
    *,
    body: FlowInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agents/{agent_id}/flow".format(
            agent_id=errors.path_segment("agent_id", agent_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorList | ValidationError | FlowResponse | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = FlowResponse.from_dict(response.json())

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

            def _parse_response_422(data: object) -> ErrorList | ValidationError:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_422_type_0 = ValidationError.from_dict(data)

                    return response_422_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = ErrorList.from_dict(data)

                return response_422_type_1

            response_422 = _parse_response_422(response.json())

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
            response_200 = FlowResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ErrorList | ValidationError | FlowResponse]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("update_agent_flow", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowInput,
) -> Response[Error | ErrorList | ValidationError | FlowResponse]:
    """Update an agent's conversation mode and flow

     Replaces the mode and flow. `flow_driven` needs a `flow_config`, which must pass the
    checks of Validate Agent Flow (422 "Flow validation failed" with the list of problems
    otherwise); `llm_driven` takes `flow_config: null` or none (a flow sent with it is
    refused). Every save is a new version (List Agent Flow Versions). The agent's status
    does not change: a published agent stays published (the page; re-publish after a
    breaking change is the user's call) (D34).

    Args:
        agent_id (str):
        body (FlowInput): Update Agent Flow's body. `flow_config` is required when
            `conversation_mode` is
            `flow_driven` and must be null or absent when it is `llm_driven` (D34).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorList | ValidationError | FlowResponse]
    """

    kwargs = _operations.prepare(
        client,
        "put",
        "/agents/{agent_id}/flow",
        _get_kwargs(
            agent_id=agent_id,
            body=body,
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
    body: FlowInput,
) -> FlowResponse:
    """Update an agent's conversation mode and flow: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        FlowResponse,
        errors.unwrap(
            sync_detailed(
                agent_id=agent_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowInput,
) -> Response[Error | ErrorList | ValidationError | FlowResponse]:
    """Update an agent's conversation mode and flow

     Replaces the mode and flow. `flow_driven` needs a `flow_config`, which must pass the
    checks of Validate Agent Flow (422 "Flow validation failed" with the list of problems
    otherwise); `llm_driven` takes `flow_config: null` or none (a flow sent with it is
    refused). Every save is a new version (List Agent Flow Versions). The agent's status
    does not change: a published agent stays published (the page; re-publish after a
    breaking change is the user's call) (D34).

    Args:
        agent_id (str):
        body (FlowInput): Update Agent Flow's body. `flow_config` is required when
            `conversation_mode` is
            `flow_driven` and must be null or absent when it is `llm_driven` (D34).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorList | ValidationError | FlowResponse]
    """

    kwargs = _operations.prepare(
        client,
        "put",
        "/agents/{agent_id}/flow",
        _get_kwargs(
            agent_id=agent_id,
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowInput,
) -> FlowResponse:
    """Update an agent's conversation mode and flow: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        FlowResponse,
        errors.unwrap(
            await asyncio_detailed(
                agent_id=agent_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.error_list import ErrorList
from ...models.flow_validate_input import FlowValidateInput
from ...models.message_response import MessageResponse
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    agent_id: str,
    *,
    body: FlowValidateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/{agent_id}/flow/validate".format(
            agent_id=errors.path_segment("agent_id", agent_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorList | ValidationError | MessageResponse | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = MessageResponse.from_dict(response.json())

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
            response_200 = MessageResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ErrorList | ValidationError | MessageResponse]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("validate_agent_flow", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowValidateInput,
) -> Response[Error | ErrorList | ValidationError | MessageResponse]:
    """Check a flow without saving it

     A dry run: the checks Update Agent Flow applies, and nothing is saved. The checks
    (D34): node ids are unique; `initial_node_id` names a node; every `next` and branch
    `next` names a node; every node is reachable from the initial one; each type has its
    own required field (`content` for `say` and `ask`, at least one branch for
    `decision`, `action_id` naming one of the agent's actions, by id or `node_id`, for
    `action`, `transfer_to` for `transfer`). A flow with problems answers 422 with the
    list (the page leaves its status open; Update uses 422 for the same errors) (D34).

    Args:
        agent_id (str):
        body (FlowValidateInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorList | ValidationError | MessageResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents/{agent_id}/flow/validate",
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
    body: FlowValidateInput,
) -> MessageResponse:
    """Check a flow without saving it: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        MessageResponse,
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
    body: FlowValidateInput,
) -> Response[Error | ErrorList | ValidationError | MessageResponse]:
    """Check a flow without saving it

     A dry run: the checks Update Agent Flow applies, and nothing is saved. The checks
    (D34): node ids are unique; `initial_node_id` names a node; every `next` and branch
    `next` names a node; every node is reachable from the initial one; each type has its
    own required field (`content` for `say` and `ask`, at least one branch for
    `decision`, `action_id` naming one of the agent's actions, by id or `node_id`, for
    `action`, `transfer_to` for `transfer`). A flow with problems answers 422 with the
    list (the page leaves its status open; Update uses 422 for the same errors) (D34).

    Args:
        agent_id (str):
        body (FlowValidateInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorList | ValidationError | MessageResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents/{agent_id}/flow/validate",
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
    body: FlowValidateInput,
) -> MessageResponse:
    """Check a flow without saving it: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        MessageResponse,
        errors.unwrap(
            await asyncio_detailed(
                agent_id=agent_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

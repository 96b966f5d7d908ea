from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.callback_constraints_input import CallbackConstraintsInput
from ...models.error import Error
from ...models.error_list import ErrorList
from ...models.message_response import MessageResponse
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    agent_id: str,
    *,
    body: CallbackConstraintsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/callback-agents/{agent_id}/check-constraints".format(
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
        drift=_drift.report("check_callback_constraints", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CallbackConstraintsInput,
) -> Response[Error | ErrorList | ValidationError | MessageResponse]:
    """Check a callback configuration without saving it

     A dry run of Set Agent as Callback: with `is_callback_agent` true (the default) the
    agent must be inbound and `callback_source_agents` must name at least one agent of
    the environment that is outbound and published. Problems answer 422 "Configuration
    has errors" with the list (the page leaves the status open). Nothing is saved; the
    trigger statuses are checked for shape only (no endpoint stores them) (D38).

    Args:
        agent_id (str):
        body (CallbackConstraintsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorList | ValidationError | MessageResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/callback-agents/{agent_id}/check-constraints",
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
    body: CallbackConstraintsInput,
) -> MessageResponse:
    """Check a callback configuration without saving it: return the success body, raise a typed error otherwise.

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
    body: CallbackConstraintsInput,
) -> Response[Error | ErrorList | ValidationError | MessageResponse]:
    """Check a callback configuration without saving it

     A dry run of Set Agent as Callback: with `is_callback_agent` true (the default) the
    agent must be inbound and `callback_source_agents` must name at least one agent of
    the environment that is outbound and published. Problems answer 422 "Configuration
    has errors" with the list (the page leaves the status open). Nothing is saved; the
    trigger statuses are checked for shape only (no endpoint stores them) (D38).

    Args:
        agent_id (str):
        body (CallbackConstraintsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorList | ValidationError | MessageResponse]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/callback-agents/{agent_id}/check-constraints",
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
    body: CallbackConstraintsInput,
) -> MessageResponse:
    """Check a callback configuration without saving it: return the success body, raise a typed error otherwise.

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

from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.training_input import TrainingInput
from ...models.training_response import TrainingResponse
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    agent_id: str,
    *,
    body: TrainingInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/{agent_id}/trainings".format(
            agent_id=errors.path_segment("agent_id", agent_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TrainingResponse | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = TrainingResponse.from_dict(response.json())

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
            response_200 = TrainingResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TrainingResponse | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("create_or_update_training", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: TrainingInput,
) -> Response[Error | TrainingResponse | ValidationError]:
    """Create or update a training

     An upsert keyed on `node_id` within the agent (D3): when the agent already has a
    training with the given `node_id`, that training is updated; otherwise (or when
    `node_id` is omitted) a new training is created. Both answer 200 with the documented
    message "Agent training updated successfully" (D4); a create is recognisable by
    `created_at == updated_at`.

    Any successful create or update sends the agent back to `draft`; it must be
    published again (D5). An update changes only the fields sent: an omitted
    `current_status` keeps its value (D3), so no request field has a default.

    Args:
        agent_id (str):
        body (TrainingInput): Unknown fields are ignored, as the live API does (D13). Empty and
            blank strings
            (spaces, tabs, line breaks only) count as missing (Laravel's `required`). Text fields may
            hold tabs and line breaks but no other
            control characters (NUL, BEL, ESC, DEL, …); a body that repeats a key is refused (D18).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrainingResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents/{agent_id}/trainings",
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
    body: TrainingInput,
) -> TrainingResponse:
    """Create or update a training: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        TrainingResponse,
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
    body: TrainingInput,
) -> Response[Error | TrainingResponse | ValidationError]:
    """Create or update a training

     An upsert keyed on `node_id` within the agent (D3): when the agent already has a
    training with the given `node_id`, that training is updated; otherwise (or when
    `node_id` is omitted) a new training is created. Both answer 200 with the documented
    message "Agent training updated successfully" (D4); a create is recognisable by
    `created_at == updated_at`.

    Any successful create or update sends the agent back to `draft`; it must be
    published again (D5). An update changes only the fields sent: an omitted
    `current_status` keeps its value (D3), so no request field has a default.

    Args:
        agent_id (str):
        body (TrainingInput): Unknown fields are ignored, as the live API does (D13). Empty and
            blank strings
            (spaces, tabs, line breaks only) count as missing (Laravel's `required`). Text fields may
            hold tabs and line breaks but no other
            control characters (NUL, BEL, ESC, DEL, …); a body that repeats a key is refused (D18).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrainingResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents/{agent_id}/trainings",
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
    body: TrainingInput,
) -> TrainingResponse:
    """Create or update a training: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        TrainingResponse,
        errors.unwrap(
            await asyncio_detailed(
                agent_id=agent_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

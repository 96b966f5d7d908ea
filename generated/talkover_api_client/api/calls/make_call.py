from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.make_call_input import MakeCallInput
from ...models.make_call_response import MakeCallResponse
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    agent_id: str,
    *,
    body: MakeCallInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/{agent_id}/call".format(
            agent_id=errors.path_segment("agent_id", agent_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MakeCallResponse | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = MakeCallResponse.from_dict(response.json())

            return response_200

        if status == 400:
            response_400 = Error.from_dict(response.json())

            return response_400

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 402:
            response_402 = Error.from_dict(response.json())

            return response_402

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
            response_200 = MakeCallResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MakeCallResponse | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("make_call", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: MakeCallInput,
) -> Response[Error | MakeCallResponse | ValidationError]:
    """Place a call with an agent

     Places an outbound call from the agent to `to` (international form). The agent must
    be published (400 `AGENT_INACTIVE`) and, unless `is_testing`, the environment must
    have credits (402 `INSUFFICIENT_CREDITS`). Answers 200 with the call `initiated`; the
    call then progresses on its own: `ringing`, `answered`, `completed` (or `busy`,
    `no-answer`, `failed`), firing the agent's webhook events on the way (D39). Every
    answer carries the rate-limit headers; past the limit, 429 (D15).
    Errors use the envelope of every other page, with the page's `code` (D39).

    Args:
        agent_id (str):
        body (MakeCallInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MakeCallResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents/{agent_id}/call",
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
    body: MakeCallInput,
) -> MakeCallResponse:
    """Place a call with an agent: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        MakeCallResponse,
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
    body: MakeCallInput,
) -> Response[Error | MakeCallResponse | ValidationError]:
    """Place a call with an agent

     Places an outbound call from the agent to `to` (international form). The agent must
    be published (400 `AGENT_INACTIVE`) and, unless `is_testing`, the environment must
    have credits (402 `INSUFFICIENT_CREDITS`). Answers 200 with the call `initiated`; the
    call then progresses on its own: `ringing`, `answered`, `completed` (or `busy`,
    `no-answer`, `failed`), firing the agent's webhook events on the way (D39). Every
    answer carries the rate-limit headers; past the limit, 429 (D15).
    Errors use the envelope of every other page, with the page's `code` (D39).

    Args:
        agent_id (str):
        body (MakeCallInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MakeCallResponse | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/agents/{agent_id}/call",
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
    body: MakeCallInput,
) -> MakeCallResponse:
    """Place a call with an agent: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        MakeCallResponse,
        errors.unwrap(
            await asyncio_detailed(
                agent_id=agent_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

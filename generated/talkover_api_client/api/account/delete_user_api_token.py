from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.bare_message import BareMessage
from ...models.error import Error
from ...types import Response, http_status


def _get_kwargs(
    token_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/user/api-tokens/{token_id}".format(
            token_id=errors.path_segment("token_id", token_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BareMessage | Error | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = BareMessage.from_dict(response.json())

            return response_200

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 404:
            response_404 = Error.from_dict(response.json())

            return response_404

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
            response_200 = BareMessage.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BareMessage | Error]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("delete_user_api_token", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareMessage | Error]:
    """Delete a user API token

     Revokes the token at once: every later request with it answers 401. A token the user
    does not have answers 404 (D61).

    Args:
        token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareMessage | Error]
    """

    kwargs = _operations.prepare(
        client,
        "delete",
        "/user/api-tokens/{token_id}",
        _get_kwargs(
            token_id=token_id,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> BareMessage:
    """Delete a user API token: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        BareMessage,
        errors.unwrap(
            sync_detailed(
                token_id=token_id,
                client=client,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareMessage | Error]:
    """Delete a user API token

     Revokes the token at once: every later request with it answers 401. A token the user
    does not have answers 404 (D61).

    Args:
        token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareMessage | Error]
    """

    kwargs = _operations.prepare(
        client,
        "delete",
        "/user/api-tokens/{token_id}",
        _get_kwargs(
            token_id=token_id,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> BareMessage:
    """Delete a user API token: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        BareMessage,
        errors.unwrap(
            await asyncio_detailed(
                token_id=token_id,
                client=client,
            ),
            expects_body=True,
        ),
    )

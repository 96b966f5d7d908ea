from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.demo_error import DemoError
from ...models.error import Error
from ...models.voice_demo import VoiceDemo
from ...types import Response, http_status


def _get_kwargs(
    voice_template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/voice-templates/{voice_template_id}/demo".format(
            voice_template_id=errors.path_segment("voice_template_id", voice_template_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DemoError | Error | VoiceDemo | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = VoiceDemo.from_dict(response.json())

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
            response_500 = DemoError.from_dict(response.json())

            return response_500

        if 200 <= status < 300:  # an undocumented success status: the documented success body
            response_200 = VoiceDemo.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DemoError | Error | VoiceDemo]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("generate_voice_template_demo", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    voice_template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DemoError | Error | VoiceDemo]:
    """Generate a voice template demo

     A temporary signed URL of an MP3 sample of the template. The body is bare, with no
    envelope, as documented; so is the 500's (`{"error": ...}`).

    Args:
        voice_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DemoError | Error | VoiceDemo]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/voice-templates/{voice_template_id}/demo",
        _get_kwargs(
            voice_template_id=voice_template_id,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_template_id: str,
    *,
    client: AuthenticatedClient,
) -> VoiceDemo:
    """Generate a voice template demo: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        VoiceDemo,
        errors.unwrap(
            sync_detailed(
                voice_template_id=voice_template_id,
                client=client,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    voice_template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DemoError | Error | VoiceDemo]:
    """Generate a voice template demo

     A temporary signed URL of an MP3 sample of the template. The body is bare, with no
    envelope, as documented; so is the 500's (`{"error": ...}`).

    Args:
        voice_template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DemoError | Error | VoiceDemo]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/voice-templates/{voice_template_id}/demo",
        _get_kwargs(
            voice_template_id=voice_template_id,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_template_id: str,
    *,
    client: AuthenticatedClient,
) -> VoiceDemo:
    """Generate a voice template demo: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        VoiceDemo,
        errors.unwrap(
            await asyncio_detailed(
                voice_template_id=voice_template_id,
                client=client,
            ),
            expects_body=True,
        ),
    )

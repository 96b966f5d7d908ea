from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.language import Language
from ...models.list_voice_templates_gender import ListVoiceTemplatesGender
from ...models.quality_tier import QualityTier
from ...models.validation_error import ValidationError
from ...models.voice_template_list_response import VoiceTemplateListResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    language: Language | Unset = UNSET,
    quality_tier: QualityTier | Unset = UNSET,
    gender: ListVoiceTemplatesGender | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    json_quality_tier: str | Unset = UNSET
    if not isinstance(quality_tier, Unset):
        json_quality_tier = quality_tier

    params["quality_tier"] = json_quality_tier

    json_gender: str | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender

    params["gender"] = json_gender

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/voice-templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ValidationError | VoiceTemplateListResponse | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = VoiceTemplateListResponse.from_dict(response.json())

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
            response_200 = VoiceTemplateListResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ValidationError | VoiceTemplateListResponse]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("list_voice_templates", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    language: Language | Unset = UNSET,
    quality_tier: QualityTier | Unset = UNSET,
    gender: ListVoiceTemplatesGender | Unset = UNSET,
) -> Response[Error | ValidationError | VoiceTemplateListResponse]:
    """List voice templates

     The catalogue of voice templates (the same for every environment), grouped by display
    name in catalogue order, each group holding the quality tiers of one voice. Not
    paginated.

    Args:
        language (Language | Unset): The languages an agent can speak (Create Agent).
        quality_tier (QualityTier | Unset):
        gender (ListVoiceTemplatesGender | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationError | VoiceTemplateListResponse]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/voice-templates",
        _get_kwargs(
            language=language,
            quality_tier=quality_tier,
            gender=gender,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    language: Language | Unset = UNSET,
    quality_tier: QualityTier | Unset = UNSET,
    gender: ListVoiceTemplatesGender | Unset = UNSET,
) -> VoiceTemplateListResponse:
    """List voice templates: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        VoiceTemplateListResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
                language=language,
                quality_tier=quality_tier,
                gender=gender,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    language: Language | Unset = UNSET,
    quality_tier: QualityTier | Unset = UNSET,
    gender: ListVoiceTemplatesGender | Unset = UNSET,
) -> Response[Error | ValidationError | VoiceTemplateListResponse]:
    """List voice templates

     The catalogue of voice templates (the same for every environment), grouped by display
    name in catalogue order, each group holding the quality tiers of one voice. Not
    paginated.

    Args:
        language (Language | Unset): The languages an agent can speak (Create Agent).
        quality_tier (QualityTier | Unset):
        gender (ListVoiceTemplatesGender | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationError | VoiceTemplateListResponse]
    """

    kwargs = _operations.prepare(
        client,
        "get",
        "/voice-templates",
        _get_kwargs(
            language=language,
            quality_tier=quality_tier,
            gender=gender,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    language: Language | Unset = UNSET,
    quality_tier: QualityTier | Unset = UNSET,
    gender: ListVoiceTemplatesGender | Unset = UNSET,
) -> VoiceTemplateListResponse:
    """List voice templates: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        VoiceTemplateListResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                language=language,
                quality_tier=quality_tier,
                gender=gender,
            ),
            expects_body=True,
        ),
    )

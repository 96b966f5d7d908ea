from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.availability_rule_input import AvailabilityRuleInput
from ...models.availability_rule_response import AvailabilityRuleResponse
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    calendar_id: str,
    *,
    body: AvailabilityRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calendars/{calendar_id}/availability-rules".format(
            calendar_id=errors.path_segment("calendar_id", calendar_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailabilityRuleResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 201:
            response_201 = AvailabilityRuleResponse.from_dict(response.json())

            return response_201

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
            response_201 = AvailabilityRuleResponse.from_dict(response.json())

            return response_201

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AvailabilityRuleResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("create_availability_rule", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: AvailabilityRuleInput,
) -> Response[AvailabilityRuleResponse | Error | ValidationError]:
    """Create an availability rule

     A `recurring` rule opens `start_time`–`end_time` (`HH:MM`, end after start) on the ISO
    weekdays of `days_of_week` (1 = Monday … 7 = Sunday). An `exception` rule changes one
    `date`: `available: false` blocks it (the whole day, or `start_time`–`end_time` when
    given), `available: true` makes it available instead of what the recurring rules say (the
    whole day, or the given window). The fields a type needs are required for it (422). Wall
    times are in the rule's `timezone`, which is the calendar's when not given (D60).

    Args:
        calendar_id (str):
        body (AvailabilityRuleInput): Create Availability Rule's body: `recurring` needs
            `days_of_week`, `start_time` and
            `end_time`; `exception` needs `date` and `available` (and takes an optional window).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityRuleResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/calendars/{calendar_id}/availability-rules",
        _get_kwargs(
            calendar_id=calendar_id,
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: AvailabilityRuleInput,
) -> AvailabilityRuleResponse:
    """Create an availability rule: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        AvailabilityRuleResponse,
        errors.unwrap(
            sync_detailed(
                calendar_id=calendar_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: AvailabilityRuleInput,
) -> Response[AvailabilityRuleResponse | Error | ValidationError]:
    """Create an availability rule

     A `recurring` rule opens `start_time`–`end_time` (`HH:MM`, end after start) on the ISO
    weekdays of `days_of_week` (1 = Monday … 7 = Sunday). An `exception` rule changes one
    `date`: `available: false` blocks it (the whole day, or `start_time`–`end_time` when
    given), `available: true` makes it available instead of what the recurring rules say (the
    whole day, or the given window). The fields a type needs are required for it (422). Wall
    times are in the rule's `timezone`, which is the calendar's when not given (D60).

    Args:
        calendar_id (str):
        body (AvailabilityRuleInput): Create Availability Rule's body: `recurring` needs
            `days_of_week`, `start_time` and
            `end_time`; `exception` needs `date` and `available` (and takes an optional window).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityRuleResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/calendars/{calendar_id}/availability-rules",
        _get_kwargs(
            calendar_id=calendar_id,
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: AvailabilityRuleInput,
) -> AvailabilityRuleResponse:
    """Create an availability rule: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        AvailabilityRuleResponse,
        errors.unwrap(
            await asyncio_detailed(
                calendar_id=calendar_id,
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.charge_response import ChargeResponse
from ...models.error import Error
from ...types import Response, http_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto-topup/test",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChargeResponse | Error | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = ChargeResponse.from_dict(response.json())

            return response_200

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 402:
            response_402 = Error.from_dict(response.json())

            return response_402

        if status == 422:
            response_422 = Error.from_dict(response.json())

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
            response_200 = ChargeResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChargeResponse | Error]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("test_auto_topup", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ChargeResponse | Error]:
    """Charge one recharge now

     A real charge of `recharge_amount` to the saved payment method, whatever the balance,
    credited at once; it counts toward `daily_limit` and `recharge_count_today` and is in
    the history with `trigger: test`. Without a saved `recharge_amount` and payment method:
    422 `AUTO_TOPUP_NOT_CONFIGURED`; over the day's limit: 422
    `AUTO_TOPUP_DAILY_LIMIT_REACHED` (D50); a declined card: 402 `PAYMENT_FAILED`, recorded
    in the history as `failed` (the mock declines when its control plane says so).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeResponse | Error]
    """

    kwargs = _operations.prepare(client, "post", "/auto-topup/test", _get_kwargs())

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ChargeResponse:
    """Charge one recharge now: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        ChargeResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ChargeResponse | Error]:
    """Charge one recharge now

     A real charge of `recharge_amount` to the saved payment method, whatever the balance,
    credited at once; it counts toward `daily_limit` and `recharge_count_today` and is in
    the history with `trigger: test`. Without a saved `recharge_amount` and payment method:
    422 `AUTO_TOPUP_NOT_CONFIGURED`; over the day's limit: 422
    `AUTO_TOPUP_DAILY_LIMIT_REACHED` (D50); a declined card: 402 `PAYMENT_FAILED`, recorded
    in the history as `failed` (the mock declines when its control plane says so).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeResponse | Error]
    """

    kwargs = _operations.prepare(client, "post", "/auto-topup/test", _get_kwargs())

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ChargeResponse:
    """Charge one recharge now: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        ChargeResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
            ),
            expects_body=True,
        ),
    )

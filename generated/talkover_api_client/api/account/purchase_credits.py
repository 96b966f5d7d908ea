from typing import Any, cast

import httpx

from ... import _drift, _operations, errors
from ...client import AuthenticatedClient, Client
from ...models.credit_purchase_input import CreditPurchaseInput
from ...models.credit_purchase_response import CreditPurchaseResponse
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: CreditPurchaseInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credits/purchase",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditPurchaseResponse | Error | ValidationError | None:
    status = response.status_code
    try:
        if status == 200:
            response_200 = CreditPurchaseResponse.from_dict(response.json())

            return response_200

        if status == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if status == 402:
            response_402 = Error.from_dict(response.json())

            return response_402

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
            response_200 = CreditPurchaseResponse.from_dict(response.json())

            return response_200

    except errors.PARSE_ERRORS:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditPurchaseResponse | Error | ValidationError]:
    with _drift.reading(strict=client.strict_responses) as reading:
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=_drift.report("purchase_credits", reading.notes) if reading.notes else (),
        attempts=response.extensions.get(errors.ATTEMPTS_EXTENSION, 1),
        retried_after_success_possible=response.extensions.get(errors.AMBIGUOUS_EXTENSION, False),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreditPurchaseInput,
) -> Response[CreditPurchaseResponse | Error | ValidationError]:
    """Purchase credits

     Charges `amount` (more than 0, at most 10,000) to a saved card, the default one when
    `payment_method_id` is not sent, and credits the balance of the user's current
    environment: the balance calls spend and auto top-up refills (D61). A declined card
    answers 402 `PAYMENT_FAILED` and credits nothing.

    Args:
        body (CreditPurchaseInput): Purchase Credits' body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditPurchaseResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/credits/purchase",
        _get_kwargs(
            body=body,
        ),
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreditPurchaseInput,
) -> CreditPurchaseResponse:
    """Purchase credits: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CreditPurchaseResponse,
        errors.unwrap(
            sync_detailed(
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreditPurchaseInput,
) -> Response[CreditPurchaseResponse | Error | ValidationError]:
    """Purchase credits

     Charges `amount` (more than 0, at most 10,000) to a saved card, the default one when
    `payment_method_id` is not sent, and credits the balance of the user's current
    environment: the balance calls spend and auto top-up refills (D61). A declined card
    answers 402 `PAYMENT_FAILED` and credits nothing.

    Args:
        body (CreditPurchaseInput): Purchase Credits' body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditPurchaseResponse | Error | ValidationError]
    """

    kwargs = _operations.prepare(
        client,
        "post",
        "/credits/purchase",
        _get_kwargs(
            body=body,
        ),
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreditPurchaseInput,
) -> CreditPurchaseResponse:
    """Purchase credits: return the success body, raise a typed error otherwise.

    Raises:
        errors.APIStatusError: a subclass for every documented error status
            (see ``errors.exception_class_for``), or ``errors.UnexpectedStatus``.
    """

    return cast(
        CreditPurchaseResponse,
        errors.unwrap(
            await asyncio_detailed(
                client=client,
                body=body,
            ),
            expects_body=True,
        ),
    )

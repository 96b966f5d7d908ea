from typing import Literal, cast

from .._drift import unknown_value

PaymentMethodType = Literal["card"]

PAYMENT_METHOD_TYPE_VALUES: set[PaymentMethodType] = {
    "card",
}


def check_payment_method_type(value: str) -> PaymentMethodType:
    if value in PAYMENT_METHOD_TYPE_VALUES:
        return value
    unknown_value("PaymentMethodType", value, PAYMENT_METHOD_TYPE_VALUES)
    return cast(PaymentMethodType, value)

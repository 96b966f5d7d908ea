from typing import Literal

PaymentMethodType = Literal["card"]

PAYMENT_METHOD_TYPE_VALUES: set[PaymentMethodType] = {
    "card",
}


def check_payment_method_type(value: str) -> PaymentMethodType:
    if value in PAYMENT_METHOD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_METHOD_TYPE_VALUES!r}")

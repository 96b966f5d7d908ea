"""What the mock shows of secrets outside the API: nothing.

The control plane's state dump and the mock's own log lines go through :func:`redact`, which
knows secrets by where they sit, not by which resource holds them: text fields whose name
ends in a word for a secret (``webhook_secret``, ``password``, ``private_key``, ``api_key``,
``auth_token``, …), the
values of ``custom_headers`` (authorization headers live there), and the password of any URL's
user information. A new resource with such a field is covered without being named here.
"""

from __future__ import annotations

import re
from typing import Any

REDACTED = "[redacted]"
SECRET_NAME = re.compile(
    r"(^|_)(secret|password|passphrase|private_key|api_key|apikey|token|credentials?)$",
    re.IGNORECASE,
)
URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^/?#@:\s]*:)[^/?#@\s]*(?=@)")


def redact_text(text: str) -> str:
    """``text`` with the password of every URL in it replaced."""
    return URL_PASSWORD.sub(lambda m: m.group("head") + REDACTED, text)


def redact(value: Any) -> Any:
    """A copy of JSON-like ``value`` with every secret it holds replaced by ``[redacted]``."""
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            if isinstance(key, str) and SECRET_NAME.search(key) and isinstance(item, str) and item:
                out[key] = REDACTED
            elif key == "custom_headers" and isinstance(item, list):
                out[key] = [_header(header) for header in item]
            else:
                out[key] = redact(item)
        return out
    if isinstance(value, list):
        return [redact(item) for item in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


def _header(header: Any) -> Any:
    if isinstance(header, dict) and "value" in header:
        return {**redact(header), "value": REDACTED}
    return redact(header)

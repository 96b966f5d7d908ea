"""Request-body validation driven by the spec: the JSON Schema of each operation's request body
is read from ``openapi/talkover.yaml`` at start-up, never copied by hand.

Failures are reported in the API's validation shape: a ``field -> [messages]`` map with
Laravel's wording (the live API is a Laravel application, as its 422 bodies show).
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

BODY = "body"
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass
class InvalidRequest(Exception):
    """A request the API refuses with 422; ``errors`` maps field -> messages."""

    errors: dict[str, list[str]]
    message: str = "The given data was invalid."


BLANK = " \t\n\r\x0b\x00"
"""What Laravel's TrimStrings removes (PHP's trim): a string of only these is missing (D13)."""
MAX_INTEGER_DIGITS = 4300
"""Integers in a body may have this many characters (Python's own limit for int parsing, far
beyond any field's range); a longer one is refused with a clear message (D21)."""


def is_blank(text: str) -> bool:
    return not text.strip(BLANK)


def _human(field: str) -> str:
    return field.replace("_", " ")


def _message(error: SchemaError, field: str) -> str:
    name = _human(field)
    match error.validator:
        case "required":
            return f"The {name} field is required."
        case "type":
            expected = error.validator_value
            kind = {
                "string": "a string",
                "object": "an object",
                "array": "an array",
                "integer": "an integer",
                "number": "a number",
                "boolean": "true or false",
            }
            wanted = expected if isinstance(expected, str) else "/".join(map(str, expected))  # type: ignore[arg-type]
            return f"The {name} field must be {kind.get(wanted, wanted)}."
        case "minLength" if error.validator_value == 1:
            return f"The {name} field is required."
        case "minLength":
            return f"The {name} field must be at least {error.validator_value} characters."
        case "maxLength":
            return f"The {name} field must not be greater than {error.validator_value} characters."
        case "enum":
            return f"The selected {name} is invalid."
        case "pattern" if isinstance(error.instance, str) and is_blank(error.instance):
            return f"The {name} field is required."
        case "pattern" if isinstance(error.schema, dict) and "x-talkover-invalid" in error.schema:
            return f"The {name} {error.schema['x-talkover-invalid']}."
        case "pattern":
            return f"The {name} field must not contain control characters."
        case "not" if isinstance(error.validator_value, dict) and (
            "x-talkover-invalid" in error.validator_value
        ):
            return f"The {name} {error.validator_value['x-talkover-invalid']}."
        case "exclusiveMinimum":
            return f"The {name} must be greater than {error.validator_value}."
        case "minimum" | "maximum":
            return _range_message(name, error.schema)
        case "minItems":
            return f"The {name} field must contain at least {error.validator_value} items."
        case "format" if isinstance(error.schema, dict) and "x-talkover-invalid" in error.schema:
            return f"The {name} {error.schema['x-talkover-invalid']}."
        case "format":
            return f"The {name} format is invalid."
        case "maxItems":
            return f"The {name} field must not have more than {error.validator_value} items."
        case _:
            return f"The {name} field is invalid."  # fmt: skip


def _range_message(name: str, schema: Any) -> str:
    low = schema.get("minimum") if isinstance(schema, dict) else None
    high = schema.get("maximum") if isinstance(schema, dict) else None
    if low is not None and high is not None:
        return f"The {name} must be between {low} and {high}."
    if low is not None:
        return f"The {name} must be at least {low}."
    return f"The {name} must not be greater than {high}."


def prohibited(field: str) -> str:
    return f"The {_human(field)} field is prohibited."


def required(field: str) -> str:
    return f"The {_human(field)} field is required."


class BodyValidator:
    """Validates one operation's JSON body against its schema in the spec (references inlined).

    A compiled validator (jsonschema-rs) answers "valid?" on the hot path; only a refused body
    goes through jsonschema, whose errors carry what the messages need.
    """

    def __init__(self, schema: dict[str, Any]) -> None:
        """``schema``: the body's JSON Schema with every reference already inlined."""
        self._fast = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
        self._validator = Draft202012Validator(
            schema, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def errors(
        self, body: Any, *, ignore: frozenset[tuple[str, str]] = frozenset()
    ) -> dict[str, list[str]]:
        """``field -> messages`` for every problem; ``ignore`` skips (field, keyword) pairs
        (field ``*``: every field)."""
        if not ignore and self._fast.is_valid(body):
            return {}
        found: dict[str, list[str]] = {}
        for error in self._validator.iter_errors(body):
            if error.validator == "required":
                missing = [
                    f for f in error.validator_value if isinstance(body, dict) and f not in body
                ]
                fields = missing or [BODY]
            else:
                fields = [str(error.absolute_path[0]) if error.absolute_path else BODY]
            for field in fields:
                keyword = str(error.validator)
                if (field, keyword) in ignore or ("*", keyword) in ignore:
                    continue
                message = (
                    "The request body must be a JSON object."
                    if field == BODY and error.validator == "type"
                    else _message(error, field)
                )
                if message not in found.setdefault(field, []):
                    found[field].append(message)
        if not found and not ignore:
            # A format only jsonschema-rs checks (``uri`` needs a package jsonschema lacks).
            for fast_error in self._fast.iter_errors(body):
                path = list(fast_error.instance_path)
                field = str(path[0]) if path else BODY
                message = f"The {_human(field)} format is invalid."
                if message not in found.setdefault(field, []):
                    found[field].append(message)
        return found


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class _DuplicateKey(ValueError):
    pass


class _NumberTooLong(ValueError):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _NumberTooLong
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKey
    return result


def parse_json(raw: bytes, content_types: list[str]) -> Any:
    """The decoded JSON body, or :class:`InvalidRequest` with a ``body`` error.

    ``content_types`` holds every Content-Type header sent; exactly one, naming JSON, is accepted.
    """
    media_types = [value.split(";")[0].strip().lower() for value in content_types]
    if media_types != ["application/json"]:
        raise InvalidRequest({BODY: ["The request body must be sent as application/json."]})
    try:
        text = raw.decode("utf-8")
        body = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_int=_bounded_int,
            object_pairs_hook=_unique_keys,
        )
        # Lone surrogates decode from \\ud800 escapes but cannot be stored or sent back.
        if _SURROGATE_ESCAPE.search(text):
            json.dumps(body, ensure_ascii=False).encode("utf-8")
    except RecursionError:
        raise InvalidRequest({BODY: ["The request body is nested too deeply."]}) from None
    except _DuplicateKey:
        raise InvalidRequest({BODY: ["The request body repeats a key."]}) from None
    except _NumberTooLong:
        message = f"The request body holds an integer longer than {MAX_INTEGER_DIGITS} digits."
        raise InvalidRequest({BODY: [message]}) from None
    except (ValueError, UnicodeError):
        raise InvalidRequest({BODY: ["The request body is not valid JSON."]}) from None
    return body


class QueryValidator:
    """Query parameters checked against their schemas in the spec, Laravel-style: a value is
    converted to the parameter's type first (``per_page=abc`` is "must be an integer")."""

    def __init__(self, parameters: list[dict[str, Any]]) -> None:
        self._parameters = {p["name"]: p.get("schema", {}) for p in parameters}
        self._required = frozenset(p["name"] for p in parameters if p.get("required"))

    @classmethod
    def of(cls, parameters: list[dict[str, Any]]) -> QueryValidator | None:
        return cls(parameters) if parameters else None

    def parse(self, given: Any) -> dict[str, Any]:
        """The documented parameters of ``given`` (a multi-dict), converted and checked; others
        are ignored, as the live API does. :class:`InvalidRequest` on a bad value."""
        values: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        for name, schema in self._parameters.items():
            if schema.get("type") == "array":
                problem, value = _query_list(name, given.getlist(name), schema)
                if problem:
                    errors[name] = [problem]
                elif value or name in self._required:
                    values[name] = value
                continue
            raw = given.get(name)
            if raw is None:
                if name in self._required:
                    errors[name] = [f"The {_human(name)} field is required."]
                elif "default" in schema:
                    values[name] = schema["default"]
                continue
            problem, value = _query_value(name, raw, schema)
            if problem:
                errors[name] = [problem]
            else:
                values[name] = value
        if errors:
            raise InvalidRequest(errors)
        return values


def _query_list(name: str, raws: list[str], schema: dict[str, Any]) -> tuple[str | None, Any]:
    """A repeated parameter (``calendar_ids[]=a&calendar_ids[]=b``), each value checked as its
    items' schema says."""
    human = _human(name.removesuffix("[]"))
    if not raws:
        return (f"The {human} field is required.", None) if schema.get("minItems") else (None, [])
    most = schema.get("maxItems")
    if most is not None and len(raws) > most:
        return f"The {human} field must not have more than {most} items.", None
    items = []
    for raw in raws:
        problem, value = _query_value(name, raw, schema.get("items", {}))
        if problem:
            return problem, None
        items.append(value)
    return None, items


def _query_value(name: str, raw: str, schema: dict[str, Any]) -> tuple[str | None, Any]:
    human = _human(name)
    if schema.get("type") == "integer":
        text = raw.strip()
        digits = text[1:] if text.startswith("-") else text
        if not (digits.isascii() and digits.isdigit()) or len(text) > 18:
            return f"The {human} field must be an integer.", None
        value: Any = int(text)
        low, high = schema.get("minimum"), schema.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            if low is not None and high is not None:
                return f"The {human} must be between {low} and {high}.", None
            bound = low if low is not None else high
            side = "at least" if low is not None else "not be greater than"
            return f"The {human} field must be {side} {bound}.", None
        return None, value
    if schema.get("type") == "boolean":
        truth = {"true": True, "1": True, "false": False, "0": False}.get(raw.strip().lower())
        if truth is None:
            return f"The {human} field must be true or false.", None
        return None, truth
    if "enum" in schema and raw not in schema["enum"]:
        return f"The selected {human} is invalid.", None
    shortest = schema.get("minLength", 0)
    if len(raw) < shortest:
        return f"The {human} field must be at least {shortest} characters.", None
    limit = schema.get("maxLength", 255)
    if len(raw) > limit:
        return f"The {human} field must not be greater than {limit} characters.", None
    if "pattern" in schema and not re.search(schema["pattern"], raw):
        return f"The {human} {schema.get('x-talkover-invalid', 'format is invalid')}.", None
    if schema.get("format") == "date":
        try:
            datetime.date.fromisoformat(raw)
        except ValueError:
            return f"The {human} must be a valid date.", None
    if schema.get("format") == "date-time":
        instant = parse_instant(raw)
        if instant is None:
            return f"The {human} {INSTANT_PROBLEM}.", None
        return None, instant
    return None, raw


_INSTANT = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)


INSTANT_PROBLEM = "must be a valid date"


def parse_instant(raw: str) -> datetime.datetime | None:
    """An RFC 3339 date-time (``2024-01-15T10:00:00Z``, an offset, fractions of a second) as
    an aware UTC datetime; None when ``raw`` is not one."""
    if not _INSTANT.match(raw):
        return None
    text = raw.replace("z", "Z").replace("t", "T").replace(" ", "T")
    head, dot, rest = text.partition(".")
    if dot:
        digits = "".join(c for c in rest if c.isdigit())
        text = f"{head}.{digits[:6].ljust(6, '0')}{rest[len(digits) :]}"
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    try:
        return value.astimezone(datetime.UTC)
    except (OverflowError, ValueError):
        # 0001-01-01T00:00:00+01:00 is before the first instant Python has (and the end of
        # 9999 after its last): the nearest one it has stands for it.
        edge = datetime.datetime.min if value.year == 1 else datetime.datetime.max
        return edge.replace(tzinfo=datetime.UTC)

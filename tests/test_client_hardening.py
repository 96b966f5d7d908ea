"""The client against hostile ids, hostile responses and awkward set-ups, for every generated
operation: what goes on the wire is recorded with ``httpx.MockTransport``."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import httpx
import pytest
from talkover_api_client import AuthenticatedClient
from talkover_api_client import errors as api_errors
from talkover_api_client.api.trainings import delete_training, list_trainings

import talkover
from talkover.client import proxy_for
from talkover.retry import RetryPolicy, RetryTransport
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.server import serve_in_thread

from .generated_operations import Operation, all_operations

OPERATIONS = all_operations()
BASE = "http://api.test/api/v1"


def recording_client(
    answer: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]
) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    mock = httpx.MockTransport(handler)
    return talkover.make_client(
        "talq_test", base_url=BASE, transport=mock, async_transport=mock, max_retries=0,
        user_token="user_test_token",
    )  # fmt: skip


def test_every_spec_operation_has_a_generated_module() -> None:
    from talkover_spec import load_spec, operations

    assert {op.operation_id for op in OPERATIONS} == set(operations(load_spec()))


# -- 1. path parameters never change which endpoint is addressed ----------------------------

REFUSED_IDS = ["", ".", ".."]
ENCODED_IDS = {
    "a/b": "a%2Fb",
    "%2e%2e": "%252e%252e",
    "two words": "two%20words",
    "ação": "a%C3%A7%C3%A3o",
    "../x": "..%2Fx",
}
PATH_CASES = [
    (op, name) for op in OPERATIONS for name in op.path_parameters
]  # every path parameter of every operation


@pytest.mark.parametrize(("op", "name"), PATH_CASES, ids=lambda v: getattr(v, "operation_id", v))
@pytest.mark.parametrize("value", REFUSED_IDS)
def test_unsafe_path_segments_are_refused_before_sending(
    op: Operation, name: str, value: str
) -> None:
    seen: list[httpx.Request] = []
    client = recording_client(lambda r: httpx.Response(200, json={}), seen)
    with pytest.raises(api_errors.InvalidPathParameterError) as refused:
        op.module.sync_detailed(client=client, **op.arguments(**{name: value}))
    assert name in str(refused.value)
    assert isinstance(refused.value, ValueError)
    assert seen == []


@pytest.mark.parametrize(("op", "name"), PATH_CASES, ids=lambda v: getattr(v, "operation_id", v))
@pytest.mark.parametrize(("value", "encoded"), ENCODED_IDS.items())
def test_other_ids_are_sent_percent_encoded_as_one_segment(
    op: Operation, name: str, value: str, encoded: str
) -> None:
    seen: list[httpx.Request] = []
    client = recording_client(lambda r: httpx.Response(200, json={}), seen)
    op.module.sync_detailed(client=client, **op.arguments(**{name: value}))
    (request,) = seen
    expected = op.path
    for param in op.path_parameters:
        expected = expected.replace("{" + param + "}", encoded if param == name else "x")
    assert request.url.raw_path.decode().partition("?")[0] == "/api/v1" + expected
    assert request.method == op.method


# -- 2, 3. any body gives a typed error; an undocumented 2xx is read or refused, never None ----


def body(status: int, content: bytes, content_type: str = "application/json", **headers: str):  # type: ignore[no-untyped-def]
    return lambda request: httpx.Response(
        status, content=content, headers={"content-type": content_type, **headers}
    )


HOSTILE: list[tuple[str, Callable[[httpx.Request], httpx.Response], type[Exception], str]] = [
    ("html 500", body(500, b"<html><head><title>502 Bad Gateway</title></head><body>x</body></html>", "text/html"),
     talkover.InternalServerError, "502 Bad Gateway"),
    ("plain 429", body(429, b"Too many requests, slow down", "text/plain", **{"Retry-After": "7"}),
     talkover.RateLimitError, "Too many requests, slow down"),
    ("nginx 413", body(413, b"<html><body><center><h1>413 Request Entity Too Large</h1></center></body></html>", "text/html"),
     talkover.PayloadTooLargeError, "413 Request Entity Too Large"),
    ("500 error key", body(500, b'{"error": "Voice generation failed"}'),
     talkover.InternalServerError, "Voice generation failed"),
    ("nested error", body(400, b'{"success": false, "error": {"code": "BAD", "message": "Bad thing"}}'),
     api_errors.BadRequestError, "Bad thing"),
    ("422 list", body(422, b'{"valid": false, "errors": ["Node n1 is unreachable"]}'),
     talkover.UnprocessableEntityError, "Node n1 is unreachable"),
    ("422 no errors", body(422, b'{"success": false, "message": "Nope"}'),
     talkover.UnprocessableEntityError, "Nope"),
    ("422 errors not a map", body(422, b'{"message": "Bad", "errors": 5}'),
     talkover.UnprocessableEntityError, "Bad"),
    ("empty 503", body(503, b"", "text/plain"), talkover.InternalServerError, "(empty body)"),
    ("json array 404", body(404, b"[1, 2]"), talkover.NotFoundError, "[1, 2]"),
    ("invalid utf-8 400", body(400, b'{"message": "\xff\xfe"}'), api_errors.BadRequestError, ""),
    ("deep json 500", body(500, b"[" * 100_000), talkover.InternalServerError, "[[["),
    ("unregistered 599", body(599, b'{"message": "odd"}'), talkover.InternalServerError, "odd"),
    ("200 not json", body(200, b"<html>ok</html>", "text/html"), api_errors.APIResponseValidationError, ""),
    ("200 wrong shape", body(200, b'{"success": true}'), api_errors.APIResponseValidationError, ""),
    ("200 array", body(200, b"[]"), api_errors.APIResponseValidationError, ""),
    ("204 empty", body(204, b"", "text/plain"), api_errors.APIResponseValidationError, ""),
    ("299 unregistered", body(299, b"{}"), api_errors.APIResponseValidationError, ""),
]  # fmt: skip


@pytest.mark.drift  # a body without its envelope is read (and logged) before it is refused
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize(
    ("answer", "error", "message"),
    [case[1:] for case in HOSTILE],
    ids=[case[0] for case in HOSTILE],
)
def test_hostile_bodies_give_typed_errors_and_detailed_never_raises(
    op: Operation,
    answer: Callable[[httpx.Request], httpx.Response],
    error: type[Exception],
    message: str,
) -> None:
    client = recording_client(answer, [])
    detailed = op.module.sync_detailed(client=client, **op.arguments())
    assert int(detailed.status_code) == answer(httpx.Request("GET", BASE)).status_code
    with pytest.raises(error) as raised:
        op.module.sync(client=client, **op.arguments())
    assert isinstance(raised.value, api_errors.APIStatusError)
    assert message in raised.value.message
    assert raised.value.message  # never empty


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("status", [200, 201, 202])
def test_any_2xx_with_the_documented_body_is_parsed(op: Operation, status: int) -> None:
    example = json.dumps(op.success_example()).encode()
    client = recording_client(body(status, example), [])
    result = op.module.sync(client=client, **op.arguments())
    assert result is not None
    assert result == type(result).from_dict(op.success_example())


@pytest.mark.anyio
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_async_hostile_body_is_typed_too(op: Operation) -> None:
    client = recording_client(body(500, b"<html><title>Oops</title></html>", "text/html"), [])
    await op.module.asyncio_detailed(client=client, **op.arguments())
    with pytest.raises(talkover.InternalServerError, match="Oops"):
        await op.module.asyncio(client=client, **op.arguments())


# -- 4. copies keep the runtime layer --------------------------------------------------------


@pytest.mark.parametrize(
    "copy",
    [
        lambda c: c.with_headers({"X-Trace": "1"}),
        lambda c: c.with_timeout(httpx.Timeout(3.0)),
        lambda c: c.with_cookies({"k": "v"}),
    ],
    ids=["with_headers", "with_timeout", "with_cookies"],
)
def test_copies_keep_retries_options_auth_and_transport(copy: Callable[[Any], Any]) -> None:
    seen: list[httpx.Request] = []
    answers = iter([503, 200])

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), json={"success": True, "data": []})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    original = talkover.make_client(
        "talq_test", base_url=BASE, transport=httpx.MockTransport(handler), max_retries=1
    )
    clone = copy(original)
    with talkover.options(timeout=2.0):
        list_trainings.sync("a", client=clone)
    assert len(seen) == 2  # retried through the copy
    assert all(r.headers["authorization"] == "Bearer talq_test" for r in seen)
    assert seen[-1].extensions["timeout"] == httpx.Timeout(2.0).as_dict()  # options apply
    assert "x-trace" not in original.get_httpx_client().headers  # the original is unchanged


def test_with_timeout_sets_the_copy_s_timeout() -> None:
    seen: list[httpx.Request] = []
    client = recording_client(
        lambda r: httpx.Response(200, json={"success": True, "data": []}), seen
    )
    list_trainings.sync("a", client=client.with_timeout(httpx.Timeout(3.0)))
    assert seen[0].extensions["timeout"] == httpx.Timeout(3.0).as_dict()


# -- 5. proxies --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"HTTPS_PROXY": "http://proxy:3128"}, "http://proxy:3128"),
        ({"https_proxy": "http://proxy:3128"}, "http://proxy:3128"),
        ({"HTTP_PROXY": "http://proxy:3128"}, None),  # another scheme
        ({"ALL_PROXY": "http://all:1"}, "http://all:1"),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "talkover.ai"}, None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": ".talkover.ai"}, None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "*"}, None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "app.talkover.ai:443"}, None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "app.talkover.ai:8443"}, "http://p:1"),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "other.ai, localhost"}, "http://p:1"),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "ver.ai"}, "http://p:1"),  # not a suffix match
    ],
)  # fmt: skip
def test_proxy_for_reads_the_environment_as_httpx_does(
    environ: dict[str, str], expected: str | None
) -> None:
    assert proxy_for("https://app.talkover.ai/api/v1", environ) == expected


class _ForwardProxy(http.server.BaseHTTPRequestHandler):
    """A plain-HTTP forward proxy stand-in: records the absolute URL and answers itself."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        payload = b'{"success": true, "data": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def forward_proxy() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ForwardProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _ForwardProxy.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_environment_and_explicit_proxies_are_used(
    forward_proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    client = talkover.make_client("talq_test", base_url="http://talkover.invalid/api/v1")
    list_trainings.sync("a", client=client)
    assert _ForwardProxy.seen == ["http://talkover.invalid/api/v1/agents/a/trainings"]
    monkeypatch.delenv("HTTP_PROXY")
    explicit = talkover.make_client(
        "talq_test", base_url="http://talkover.invalid/api/v1", proxy=forward_proxy
    )
    list_trainings.sync("b", client=explicit)
    assert _ForwardProxy.seen[-1].endswith("/agents/b/trainings")
    monkeypatch.setenv("HTTP_PROXY", forward_proxy)
    ignoring = talkover.make_client(
        "talq_test", base_url="http://talkover.invalid/api/v1", trust_env=False, max_retries=0
    )
    with pytest.raises(talkover.APIConnectionError):
        list_trainings.sync("c", client=ignoring)
    assert len(_ForwardProxy.seen) == 2


# -- 6. one async client across event loops ------------------------------------------------


def test_one_client_serves_successive_event_loops() -> None:
    with serve_in_thread(create_app(MockConfig(seed=5))) as base_url:
        client = talkover.make_client(DEMO_TOKEN, base_url=base_url)

        async def call() -> int:
            async with client:  # closes the loop's pool before the loop ends
                return len((await list_trainings.asyncio(DEMO_AGENT_ID, client=client)).data)

        first = asyncio.run(call())
        second = asyncio.run(call())  # a new loop: the client builds a new pool for it
        assert first == second


# -- 7. a token that is not a header value -----------------------------------------------------


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("talq_secret_value\n", "line break"),
        ("talq_secret\rvalue", "line break"),
        ("talq_secret\x00value", "control character"),
        ("talq secret value", "space"),
        ("talq_sécret_value", "non-ASCII"),
    ],
)
def test_a_token_that_cannot_be_sent_is_refused_at_construction(token: str, problem: str) -> None:
    with pytest.raises(talkover.ConfigurationError) as refused:
        talkover.make_client(token, base_url=BASE)
    assert problem in str(refused.value)
    assert "secret" not in str(refused.value)


@pytest.mark.parametrize(
    "error", [httpx.UnsupportedProtocol("no"), httpx.LocalProtocolError("bad header")]
)
def test_transport_errors_that_cannot_succeed_are_not_retried(error: Exception) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise error

    client = talkover.make_client(
        "talq_test", base_url=BASE, transport=httpx.MockTransport(handler), max_retries=3
    )
    with pytest.raises(talkover.APIConnectionError):
        list_trainings.sync("a", client=client)
    assert len(seen) == 1


# -- 8, 9. retry_after, attempts and whether an earlier attempt may have succeeded -------------


@pytest.mark.parametrize(
    ("status", "header", "cls", "expected"),
    [
        (429, "7", talkover.RateLimitError, 7.0),
        (503, "Wed, 21 Oct 2015 07:28:00 GMT", talkover.InternalServerError, 0.0),
        (429, None, talkover.RateLimitError, None),
        (429, "soon", talkover.RateLimitError, None),
    ],
)
def test_retry_after_is_parsed_onto_the_error(
    status: int, header: str | None, cls: type[Exception], expected: float | None
) -> None:
    from talkover_api_client.api.trainings import create_or_update_training
    from talkover_api_client.models import TrainingInput

    headers = {"Retry-After": header} if header else {}
    client = recording_client(
        lambda r: httpx.Response(status, json={"message": "slow down"}, headers=headers), []
    )
    with pytest.raises(cls) as raised:  # a POST: not retried, so the caller sees the 429
        create_or_update_training.sync(
            "a", client=client, body=TrainingInput(subject="s", instructions="i")
        )
    assert getattr(raised.value, "retry_after") == expected  # noqa: B009


def no_sleep_client(
    outcomes: list[Callable[[httpx.Request], httpx.Response]],
) -> AuthenticatedClient:
    answers = iter(outcomes)
    transport = RetryTransport(
        httpx.MockTransport(lambda request: next(answers)(request)),
        RetryPolicy(max_retries=2),
        sleep=lambda seconds: None,
    )
    return AuthenticatedClient(
        base_url=BASE, token="talq_test", transport_factory=lambda: transport,
        user_token="user_test_token",
    )  # fmt: skip


def gone(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"success": False, "message": "Training not found"})


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


def connect_error(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize(
    ("first", "attempts", "possible"),
    [
        (lambda r: httpx.Response(502, json={"message": "bad gateway"}), 2, True),
        (lambda r: httpx.Response(500, json={"message": "boom"}), 2, True),
        (read_timeout, 2, True),
        (lambda r: httpx.Response(503, json={"message": "busy"}), 2, False),
        (lambda r: httpx.Response(429, json={"message": "slow"}), 2, False),
        (connect_error, 2, False),
        (gone, 1, False),
    ],
    ids=["502", "500", "read timeout", "503", "429", "connect error", "first try"],
)
def test_a_retried_delete_says_whether_an_earlier_attempt_may_have_deleted(
    first: Callable[[httpx.Request], httpx.Response], attempts: int, possible: bool
) -> None:
    client = no_sleep_client([first, gone] if attempts == 2 else [gone])
    with pytest.raises(talkover.TrainingNotFoundError) as raised:
        delete_training.sync("a", "t", client=client)
    assert raised.value.attempts == attempts
    assert raised.value.retried_after_success_possible is possible
    detailed = no_sleep_client([first, gone] if attempts == 2 else [gone])
    response = delete_training.sync_detailed("a", "t", client=detailed)
    assert (response.attempts, response.retried_after_success_possible) == (attempts, possible)


# -- one typed error per documented error code and named 404 ------------------------------------


def _documented_errors() -> list[object]:
    from talkover_spec import load_spec

    try:
        from talkover_tools.error_catalog import named_errors
    except ModuleNotFoundError as error:  # a wheel-only run (scripts/check-resolutions)
        if error.name not in ("talkover_tools", "jinja2"):
            raise
        why = "the catalogue is read by the maintainer tools, not installed with the wheel"
        return [pytest.param(None, marks=pytest.mark.skip(reason=why))]
    return list(named_errors(load_spec()))


@pytest.mark.parametrize("named", _documented_errors(), ids=lambda e: getattr(e, "name", ""))
def test_every_documented_error_has_its_class(named: Any) -> None:
    cls = getattr(talkover, named.name)
    body: dict[str, Any] = {"success": False, "message": named.message}
    if named.code:
        body["code"] = named.code
    client = recording_client(lambda r: httpx.Response(named.status, json=body), [])
    with pytest.raises(cls) as raised:
        list_trainings.sync("a", client=client)
    assert type(raised.value) is cls
    assert raised.value.status_code == named.status
    assert issubclass(cls, api_errors.APIStatusError)


@pytest.mark.parametrize(
    ("named", "message"),
    [(e, m) for e in _documented_errors() for m in getattr(e, "messages", ())],
    ids=lambda v: v if isinstance(v, str) else getattr(v, "name", ""),
)
def test_every_documented_wording_of_a_named_error_finds_its_class(
    named: Any, message: str
) -> None:
    """The pages word some errors several ways (an agent's 404); each wording is the class."""
    body = {"success": False, "message": message}
    client = recording_client(lambda r: httpx.Response(named.status, json=body), [])
    with pytest.raises(getattr(talkover, named.name)):
        list_trainings.sync("a", client=client)


def test_a_second_wording_is_kept() -> None:
    named_errors = pytest.importorskip(
        "talkover_tools.error_catalog",
        reason="the catalogue is read by the maintainer tools, not installed with the wheel",
    ).named_errors

    response = {
        "404": {
            "content": {
                "application/json": {
                    "examples": {
                        "ThingNotFound": {"value": {"success": False, "message": "Thing gone"}}
                    }
                }
            }
        }
    }
    other = {"404": {"content": {"application/json": {"examples": {
        "ThingNotFound": {"value": {"success": False, "message": "Voice thing gone"}}}}}}}  # fmt: skip
    spec = {"paths": {"/a": {"get": {"responses": response}}, "/b": {"get": {"responses": other}}}}
    (found,) = named_errors(spec)
    assert found.messages == ("Thing gone", "Voice thing gone")

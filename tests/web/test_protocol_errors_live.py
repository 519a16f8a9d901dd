"""uvicorn's own error answers come in the one JSON error shape, over a raw socket (harden55).

A request that is no HTTP, a header block too large, conflicting lengths, a body on a read endpoint, and an app that
fails outside the middleware: each answer is JSON {"error": {"code", "message", "detail"}} with the security headers.
"""
from __future__ import annotations

import json
import socket
from contextlib import contextmanager

import pytest

from tests.web.conftest import free_port, live_server, running, serving


@pytest.fixture(scope="module")
def port(web_db):
    with live_server(web_db) as p:
        yield p


def raw_exchange(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send `request` as bytes and read the answer to the connection's close: status, headers, body."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
            head, sep, body = data.partition(b"\r\n\r\n")
            length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), None)
            if sep and length is not None and len(body) >= length:
                break
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def assert_shape(answer, status: int, code: str) -> dict:
    got, headers, body = answer
    assert got == status and headers["content-type"].startswith("application/json"), (got, headers, body[:200])
    assert headers["x-content-type-options"] == "nosniff"
    error = json.loads(body)["error"]
    assert set(error) == {"code", "message", "detail"} and error["code"] == code and error["message"]
    return error


HOST = b"Host: 127.0.0.1\r\n"


@pytest.mark.parametrize("request_bytes,status", [
    (b"HELLO THERE\r\n\r\n", 400),  # no HTTP request line
    (b"GET /api/stats HTTP/1.1\r\n" + HOST + b"Bad Header Name: x\r\n\r\n", 400),  # a space in a header name
    (b"GET /api/stats HTTP/1.1\r\n" + HOST + b"Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
    (b"POST /api/events HTTP/1.1\r\n" + HOST + b"Transfer-Encoding: gzip\r\n\r\n{", 501),  # unknown coding
])
def test_a_request_that_is_no_http_gets_the_shape(port, request_bytes, status):
    error = assert_shape(raw_exchange(port, request_bytes), status, "bad_http_request")
    assert error["detail"]["problem"]


def test_headers_over_the_limit_get_the_shape(port):
    """A header block over h11's limit still unfinished (the server answers before the client is done sending)."""
    request = b"GET /api/stats HTTP/1.1\r\n" + HOST + b"X-Filler: " + b"a" * 100_000
    assert_shape(raw_exchange(port, request), 431, "headers_too_large")


@pytest.mark.parametrize("body", [b'{"country": "URY", ', "{'도시': 살토}".encode()])  # broken JSON, en and ko
def test_a_broken_json_body_on_a_read_endpoint_gets_the_shape(port, body):
    request = (b"POST /api/events HTTP/1.1\r\n" + HOST + b"Content-Type: application/json\r\nConnection: close\r\n"
               + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    assert_shape(raw_exchange(port, request), 405, "http_error")


def test_a_good_request_still_answers(port):
    status, headers, body = raw_exchange(port, b"GET /api/stats HTTP/1.1\r\n" + HOST + b"Connection: close\r\n\r\n")
    assert status == 200 and "error" not in json.loads(body)


async def failing_app(scope, receive, send):
    if scope["type"] == "http":
        raise RuntimeError("a fault past every handler")


async def silent_app(scope, receive, send):
    return None  # ends without an answer


@pytest.mark.parametrize("app", [failing_app, silent_app])
def test_an_app_failing_outside_its_handlers_gets_the_shape(app):
    with serving(app) as p:
        error = assert_shape(raw_exchange(p, b"GET / HTTP/1.1\r\n" + HOST + b"\r\n"), 500, "internal_error")
    assert "a fault" not in error["message"]


async def plain_app(scope, receive, send):
    if scope["type"] == "http":
        headers = [(b"content-type", b"application/json"), (b"content-length", b"2")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"{}", "more_body": False})


@contextmanager
def limited(app, limit: int):
    """`app` under readout's protocol with uvicorn's `limit_concurrency`, on a free port, in a thread."""
    import uvicorn

    from readout.web.protocol import JsonErrorProtocol, JsonErrors

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(JsonErrors(app), host="127.0.0.1", port=port, log_level="critical",
                                        http=JsonErrorProtocol, limit_concurrency=limit))
    with running(srv):
        yield port


GET = b"GET /api/stats HTTP/1.1\r\n" + HOST + b"Connection: close\r\n\r\n"


def test_a_request_over_the_concurrency_limit_gets_the_shape():
    """uvicorn counts the request's own connection: a limit of 1 refuses every request (its plain-text 503 before;
    harden56)."""
    with limited(plain_app, 1) as p:
        answer = raw_exchange(p, GET)
    error = assert_shape(answer, 503, "service_unavailable")
    assert answer[1]["retry-after"] == "1" and error["detail"] == {"limit_concurrency": 1}


def test_a_request_within_the_concurrency_limit_is_answered():
    with limited(plain_app, 5) as p:
        status, _, body = raw_exchange(p, GET)
    assert status == 200 and body == b"{}"

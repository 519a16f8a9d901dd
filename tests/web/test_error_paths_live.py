"""Every error path of the HTTP API answers the one JSON error shape, over a real socket (harden54).

The shape: {"error": {"code", "message", "detail"}}, JSON, with the security headers. The server is uvicorn on a free
port (`live_server`), so what the client sees is what a browser or curl sees, not what the test client makes of it.
"""
from __future__ import annotations

import http.client
import json

import pytest

from readout.errors import CorruptDatabase, ReadoutError
from readout.settings import SETTINGS
from tests.web.conftest import live_server

OVER = SETTINGS.api_max_body_bytes + 1


@pytest.fixture(scope="module")
def port(web_db):
    with live_server(web_db) as p:
        yield p


def ask(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
        chunks: list[bytes] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        if chunks is not None:
            conn.putrequest(method, path)
            for name, value in {"Transfer-Encoding": "chunked", **(headers or {})}.items():
                conn.putheader(name, value)
            conn.endheaders()
            for chunk in chunks + [b""]:
                conn.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        else:
            conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheader("content-type"), response.read()
    finally:
        conn.close()


def assert_shape(status: int, content_type: str, raw: bytes, expected_status: int, code: str) -> dict:
    assert status == expected_status and content_type.startswith("application/json")
    body = json.loads(raw)
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code and body["error"]["message"] and isinstance(body["error"]["detail"], dict)
    return body["error"]


@pytest.mark.parametrize("path, status, code", [
    ("/api/events?limit=abc", 422, "bad_parameter"),  # not a number
    ("/api/events?date_from=2026-02-30", 422, "bad_parameter"),  # not a calendar day
    ("/api/events?colour=red", 422, "bad_parameter"),  # no such parameter
    ("/api/events?offset=99999999999", 422, "bad_parameter"),
    ("/api/events?q=" + "a" * 500, 422, "bad_parameter"),
    ("/api/events?q=%00", 422, "bad_parameter"),
    ("/api/events/ev_0000000000", 404, "not_found"),  # an unknown id
    ("/api/people/per_0000000000", 404, "not_found"),
    ("/api/no-such-endpoint", 404, "not_found"),
])
def test_a_bad_request_gets_the_error_shape(port, path, status, code):
    error = assert_shape(*ask(port, "GET", path), status, code)
    assert "Traceback" not in error["message"]


def test_a_too_large_body_is_refused_before_any_endpoint(port):
    error = assert_shape(*ask(port, "POST", "/api/events", body=b"x" * OVER,
                              headers={"Content-Type": "application/json"}), 413, "body_too_large")
    assert error["detail"] == {"limit": SETTINGS.api_max_body_bytes, "size": OVER}


def test_a_too_large_chunked_body_is_refused(port):
    assert_shape(*ask(port, "POST", "/api/events", chunks=[b"y" * 8192] * 4), 413, "body_too_large")


def test_a_length_that_is_no_number_is_refused(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.putrequest("GET", "/api/stats")
        conn.putheader("Content-Length", "-5")
        conn.endheaders()
        response = conn.getresponse()
        status, raw = response.status, response.read()
    finally:
        conn.close()
    assert status in (400, 413)  # the HTTP parser may refuse it first; if it reaches us, it is our shape
    if status == 413:
        assert json.loads(raw)["error"]["code"] == "body_too_large"


def test_a_small_body_on_a_read_endpoint_is_the_method_error(port):
    assert_shape(*ask(port, "POST", "/api/events", body=b"{}", headers={"Content-Type": "application/json"}),
                 405, "http_error")


def test_a_body_on_a_get_within_the_limit_is_ignored(port):
    status, content_type, raw = ask(port, "GET", "/api/stats", body=b"{}")
    assert status == 200 and "error" not in json.loads(raw)


def test_every_exception_class_of_readout_has_its_status(web_db, monkeypatch):
    """The exception tree: a NotFound is 404, a failing database 503, any other ReadoutError 400, anything else 500;
    each in the shape."""
    from fastapi.testclient import TestClient

    from readout.store import queries
    from readout.web.server import create_app

    client = TestClient(create_app(web_db), base_url="http://localhost", raise_server_exceptions=False)
    for exc, status in [(CorruptDatabase("the file is damaged"), 503), (ReadoutError("odd request"), 400),
                        (RuntimeError("boom"), 500)]:
        def fail(*_args, _exc=exc, **_kwargs):
            raise _exc
        monkeypatch.setattr(queries, "stats", fail)
        response = client.get("/api/stats")
        assert response.status_code == status
        assert set(response.json()) == {"error"} and "boom" not in response.text

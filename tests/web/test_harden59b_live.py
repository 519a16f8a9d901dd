"""The API under malformed queries over a real socket (harden59b): escapes that are not UTF-8, a parameter given twice,
digits of another script in a date. Each is the one JSON error shape with a 422 naming the parameter; before, each
was a 200 (a search for replacement characters, one of the two values silently dropped, 'no event matches')."""
from __future__ import annotations

import json
import socket

import pytest

from tests.web.conftest import live_server


@pytest.fixture(scope="module")
def port(web_db):
    with live_server(web_db) as p:
        yield p


def ask(port: int, target: bytes) -> tuple[int, bytes]:
    """The status and body of a GET of `target`, sent byte for byte (no client re-escapes it)."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


@pytest.mark.parametrize("target, parameter", [
    (b"/api/events?q=%ff%fe", "q"),  # Latin-1 bytes escaped, no UTF-8
    (b"/api/events?person=%ed%a0%80", "person"),  # an escaped surrogate: not UTF-8
    (b"/api/suggest?q=%c3", "q"),  # a UTF-8 sequence cut short
    (b"/api/events?place=%b1%bd", "place"),  # CP949 bytes (a Hangul syllable), not UTF-8
    (b"/api/events/%ff%fe", "path"),
    (b"/api/people/per_%e9", "path"),
    (b"/api/events?q=port&q=harbour", "q"),
    (b"/api/events?limit=1&limit=2", "limit"),
    (b"/api/timeline?type=CONSULT&type=AGREE", "type"),
    (b"/api/events?date_from=%ef%bc%92%ef%bc%90%ef%bc%92%ef%bc%93", "date_from"),  # full-width digits
    (b"/api/events?date_to=%d9%a2%d9%a0%d9%a2%d9%a3-01", "date_to"),  # Arabic-Indic digits
])
def test_a_malformed_query_is_a_422_naming_the_parameter(port, target, parameter):
    status, body = ask(port, target)
    error = json.loads(body)["error"]
    assert status == 422 and error["code"] == "bad_parameter" and set(error) == {"code", "message", "detail"}
    assert parameter in [p["parameter"] for p in error["detail"]["problems"]]


@pytest.mark.parametrize("target", [
    b"/api/events?q=%ed%95%b4%ec%96%91",  # UTF-8 Hangul escaped: a search like any other
    b"/api/events?q=%ef%bf%bd",  # a real replacement character, sent as UTF-8
    b"/api/events?date_from=2023&date_to=2023-12",
    b"/api/suggest?q=%e2%80%8f%f0%9f%9a%a2",  # a right-to-left mark and an emoji
])
def test_a_well_formed_query_still_answers(port, target):
    status, body = ask(port, target)
    assert status == 200 and "error" not in json.loads(body)


@pytest.mark.parametrize("blank", [b"", b"%20", b"%20%20", b"%09%20%20%20"])
def test_a_search_of_white_space_only_is_no_search(port, blank):
    """Before harden59b two spaces matched nothing while one space or none listed every event."""
    total = json.loads(ask(port, b"/api/events")[1])["total"]
    assert total and json.loads(ask(port, b"/api/events?q=" + blank)[1])["total"] == total

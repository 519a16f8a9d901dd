"""The web server's guard (readout/web/security.py): headers, Host check, bounded parameters, NUL, the
500 shape, escaped LIKE, and the one Kiwi built before the first request."""
from __future__ import annotations

import pytest

from readout.web.security import CSP, host_allowed, host_name

HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY",
           "referrer-policy": "no-referrer"}


def assert_error_shape(response, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    assert isinstance(body["error"]["detail"], dict)


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/api/events", "/api/events/nope", "/api/stats",
                                  "/api/events?limit=0", "/no/such/page"])
def test_every_response_has_the_security_headers(client, path):
    response = client.get(path)
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, (path, name)


def test_the_policy_allows_no_inline_script_and_no_other_origin():
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'self'" and directives["default-src"] == "'none'"
    assert "unsafe-inline" not in CSP and "http" not in CSP and "*" not in CSP
    assert directives["frame-ancestors"] == "'none'"


@pytest.mark.parametrize("host", ["evil.example", "attacker.localhost.evil", "127.0.0.1.nip.io", "", "10.0.0.1"])
def test_a_foreign_host_is_refused(client, host):
    response = client.get("/api/events", headers={"host": host})
    assert_error_shape(response, 421, "bad_host")
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"])
def test_loopback_hosts_are_served(client, host):
    assert client.get("/api/stats", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("header,bound,allowed", [
    ("localhost:1", "127.0.0.1", True), ("192.168.1.5:8000", "192.168.1.5", True),
    ("192.168.1.5", "0.0.0.0", True), ("example.org", "0.0.0.0", False), ("example.org", "example.org", True),
    (None, "127.0.0.1", False),
])
def test_host_rules(header, bound, allowed):
    assert host_allowed(header, bound) is allowed


def test_host_name_strips_the_port():
    assert [host_name(h) for h in ("a:1", "[::1]:80", "::1", "A.B")] == ["a", "::1", "::1", "a.b"]


@pytest.mark.parametrize("params,problem", [
    ({"q": "a\x00b"}, "NUL"), ({"person": "\x00"}, "NUL"), ({"q": "x" * 60000}, "longer"),
    ({"q": "가" * 201}, "longer"), ({"place": "y" * 1001}, "longer"), ({"offset": str(2 ** 63)}, "greater"),
    ({"offset": "1000001"}, "greater"),
])
def test_bad_parameters_are_422_in_the_error_shape(client, params, problem):
    response = client.get("/api/events", params=params)
    assert_error_shape(response, 422, "bad_parameter")
    assert problem in response.json()["error"]["detail"]["problems"][0]["problem"]


def test_people_endpoint_is_guarded_too(client):
    assert_error_shape(client.get("/api/people", params={"q": "\x00"}), 422, "bad_parameter")
    assert_error_shape(client.get("/api/people", params={"offset": str(2 ** 63)}), 422, "bad_parameter")


@pytest.mark.parametrize("q", ["%", "_", "%%", "\\", "_%_"])
def test_like_wildcards_match_only_themselves(client, q):
    everything = client.get("/api/events", params={"limit": 500}).json()["total"]
    assert everything > 0
    events = client.get("/api/events", params={"q": q}).json()
    people = client.get("/api/people", params={"q": q}).json()
    assert events["total"] == 0 and people["total"] == 0


def test_a_percent_around_a_name_is_not_a_wildcard(client):
    assert client.get("/api/people", params={"q": "%Park%"}).json()["total"] == 0


def test_a_plain_name_still_matches(client):
    assert client.get("/api/people", params={"q": "Park"}).json()["total"] >= 1
    assert client.get("/api/events", params={"q": "블링컨"}).json()["total"] >= 1


def test_an_unexpected_error_is_a_500_in_the_error_shape(web_db, monkeypatch):
    from fastapi.testclient import TestClient

    from readout.store import queries
    from readout.web.server import create_app

    def broken(_conn):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(queries, "stats", broken)
    client = TestClient(create_app(web_db), base_url="http://localhost", raise_server_exceptions=False)
    response = client.get("/api/stats")
    assert_error_shape(response, 500, "internal_error")
    assert "secret" not in response.text and response.headers["x-content-type-options"] == "nosniff"


def test_kiwi_is_built_once_before_the_first_request(web_db):
    from readout.lang.ko.sentences import kiwi
    from readout.web.server import create_app

    create_app(web_db)
    assert kiwi.cache_info().currsize == 1
    built = kiwi()
    create_app(web_db)
    assert kiwi() is built


def test_a_server_on_a_damaged_database_does_not_start(tmp_path):
    from readout.errors import CorruptDatabase
    from readout.web.server import create_app

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all\n" * 100)
    with pytest.raises(CorruptDatabase):
        create_app(str(bad))

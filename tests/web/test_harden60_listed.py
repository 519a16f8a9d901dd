"""(harden60, issue 20) A 422 lists at most `api_max_listed_parameters` bad parameters, then 'and N more', each name
cut to `api_max_listed_name_chars`: ten thousand unknown names or a megabyte-long one give a small, fast answer."""
from __future__ import annotations

import time
from urllib.parse import urlencode

import pytest

from readout.settings import Settings
from readout.web.security import cut_name, listed

SMALL = 4096  # bytes: what a 422 naming ten parameters takes, with room


@pytest.mark.parametrize("count, shown, more", [(1, 1, 0), (10, 10, 0), (11, 10, 1), (10_000, 10, 9_990)])
def test_the_list_is_capped_and_the_rest_counted(count, shown, more):
    problems = [{"parameter": f"p{n}", "problem": "unknown parameter"} for n in range(count)]
    names, detail = listed(problems, Settings())
    assert len(detail["problems"]) == shown and detail.get("more", 0) == more
    assert names.endswith(f" and {more} more") == bool(more)


@pytest.mark.parametrize("name, limit, expected", [
    ("country", 64, "country"), ("x" * 64, 64, "x" * 64), ("y" * 65, 64, "y" * 64 + "… (65 characters)"),
])
def test_a_long_name_is_cut_and_its_length_said(name, limit, expected):
    assert cut_name(name, limit) == expected


def test_the_thresholds_are_settings():
    problems = [{"parameter": "abcdef", "problem": "unknown"}] * 3
    names, detail = listed(problems, Settings(api_max_listed_parameters=2, api_max_listed_name_chars=3))
    assert names == "abc… (6 characters), abc… (6 characters) and 1 more" and detail["more"] == 1


@pytest.mark.parametrize("query", [
    urlencode({f"unknown{n}": "1" for n in range(10_000)}),  # ten thousand unknown names
    "z" * 1_000_000 + "=1",  # a megabyte-long name, with a value
    "z" * 1_000_000,  # a megabyte-long name, no value
    urlencode([("limit", "1")] * 5_000 + [("offset", "0")] * 5_000),  # names given thousands of times
])
@pytest.mark.parametrize("path", ["/api/events", "/api/people", "/api/stats"])
def test_a_huge_query_gets_a_small_422_fast(client, monkeypatch, query, path):
    monkeypatch.setattr("httpx._urlparse.MAX_URL_LENGTH", 4 * len(query))  # the test client's own cap: 64 KB
    started = time.perf_counter()
    response = client.get(f"{path}?{query}")
    elapsed = time.perf_counter() - started
    body = response.json()["error"]
    assert response.status_code == 422 and body["code"] == "bad_parameter"
    assert len(response.content) < SMALL, len(response.content)
    assert len(body["detail"]["problems"]) <= Settings().api_max_listed_parameters
    assert elapsed < 5.0, elapsed


def test_a_few_unknown_names_are_all_listed_whole(client):
    error = client.get("/api/events?persn=x&contry=y").json()["error"]
    assert error["message"] == "a parameter is not valid: contry, persn"
    assert [p["parameter"] for p in error["detail"]["problems"]] == ["contry", "persn"]
    assert "more" not in error["detail"]

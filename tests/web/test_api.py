"""The HTTP API with an in-process client over a database of our own fixture articles."""
import pytest


def test_events_list_with_total_and_paging(client):
    body = client.get("/api/events", params={"limit": 2}).json()
    assert body["total"] >= 4 and len(body["items"]) == 2 and body["offset"] == 0
    rest = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert {e["id"] for e in body["items"]}.isdisjoint({e["id"] for e in rest["items"]})


@pytest.mark.parametrize("params, check", [
    ({"person": "per_park-jin"}, lambda e: any(a["id"] == "per_park-jin" for a in e["actors"])),
    ({"country": "PRK"}, lambda e: "PRK" in {a["country"] for a in e["actors"] + e["recipients"]}),
    ({"type": "MOBILIZE"}, lambda e: e["type"] == "MOBILIZE"),
    ({"status": "occurred"}, lambda e: e["status"] == "occurred"),
    ({"date_from": "2023-01-01", "date_to": "2023-12-31"}, lambda e: e["date"].startswith("2023")),
    ({"place": "Washington"}, lambda e: e["location"]["name"] == "Washington"),
    ({"q": "블링컨"}, lambda e: True),
])
def test_filters(client, params, check):
    body = client.get("/api/events", params=params).json()
    assert body["total"] >= 1 and all(check(e) for e in body["items"])


def test_sort_by_date(client):
    dates = [e["date"] for e in client.get("/api/events", params={"sort": "date"}).json()["items"]]
    assert dates == sorted(dates)


def test_event_has_evidence_in_both_languages(client):
    (meeting,) = client.get("/api/events", params={"type": "CONSULT", "place": "Washington"}).json()["items"]
    event = client.get(f"/api/events/{meeting['id']}").json()
    assert set(event["sources_by_lang"]) == {"ko", "en"}
    ko = event["sources_by_lang"]["ko"][0]["evidence_texts"][0]
    a, b = ko["highlight"]
    assert "회담했다" in ko["context"][a:b]


def test_person_with_timeline_and_counterparts(client):
    person = client.get("/api/people/per_park-jin").json()
    assert person["name"] == "Park Jin" and "박진" in person["names"]
    assert person["offices"][0]["office"] == "Minister of Foreign Affairs"
    assert {c["id"] for c in person["counterparts"]} >= {"per_antony-blinken", "per_yoshimasa-hayashi"}
    assert [e["date"] for e in person["events"]] == sorted(e["date"] for e in person["events"])


def test_people_and_stats(client):
    assert client.get("/api/people").json()["total"] >= 3
    stats = client.get("/api/stats").json()
    assert stats["by_month"] and stats["by_type"] and stats["by_country_pair"]


@pytest.mark.parametrize("path, status, code", [
    ("/api/events/ev_nope", 404, "not_found"),
    ("/api/people/per_nope", 404, "not_found"),
    ("/api/events?limit=0", 422, "bad_parameter"),
    ("/api/events?type=PARTY", 422, "bad_parameter"),
    ("/api/events?country=korea", 422, "bad_parameter"),
    ("/api/nothing", 404, "not_found"),
])
def test_one_error_shape(client, path, status, code):
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]


def test_queries_are_parameterized(client):
    body = client.get("/api/events", params={"q": "' OR 1=1 --", "person": "x' OR '1'='1"}).json()
    assert body["total"] == 0


def test_openapi_docs(client):
    assert "/api/events" in client.get("/openapi.json").json()["paths"]

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
    (meeting,) = client.get("/api/events", params={"type": "CONSULT", "place": "Washington",
                                                   "date_to": "2022"}).json()["items"]
    event = client.get(f"/api/events/{meeting['id']}").json()
    assert set(event["sources_by_lang"]) == {"ko", "en"}
    ko = event["sources_by_lang"]["ko"][0]["passages"][0]
    a, b = ko["highlights"][0]
    assert "회담했다" in ko["context"][a:b]
    steps = event["merge"]["steps"]
    assert len(steps) == 2 and "first reported" in steps[0] and "joined" in steps[1]
    assert any(line.startswith("date: 2022-06-13") for line in event["merge"]["agreed"])


def test_each_evidence_paragraph_once_with_all_its_highlights(client):
    for item in client.get("/api/events").json()["items"]:
        event = client.get(f"/api/events/{item['id']}").json()
        for sources in event["sources_by_lang"].values():
            for source in sources:
                contexts = [p["context"] for p in source["passages"]]
                assert contexts and len(contexts) == len(set(contexts))
                assert all(a < b for p in source["passages"] for a, b in p["highlights"])


def test_source_has_title_outlet_link_and_date(client):
    (item,) = client.get("/api/events", params={"q": "reactor"}).json()["items"]
    assert item["headline"] == "Reactor talks end without a deal" and "reactor" in item["evidence"]
    (source,) = client.get(f"/api/events/{item['id']}").json()["sources_by_lang"]["en"]
    assert (source["title"], source["outlet"], source["url"], source["published"]) == (
        "Reactor talks end without a deal", "Example Wire", "https://news.example.org/2023/reactor", "2023-05-02")


def test_list_items_carry_status_mode_generic_evidence_and_languages(client):
    for item in client.get("/api/events").json()["items"]:
        assert {"status", "mode", "generic", "evidence", "headline", "sources_by_language"} <= set(item)
        assert sum(item["sources_by_language"].values()) == item["n_sources"]


@pytest.mark.parametrize("param, typed, expect", [
    ("person", "Blinken", "per_antony-blinken"),
    ("person", "블링컨", "per_antony-blinken"),
    ("person", "Antony Blinken", "per_antony-blinken"),
    ("person", "박진", "per_park-jin"),
    ("person", "Park Jin", "per_park-jin"),
    ("person", "per_park-jin", "per_park-jin"),
])
def test_person_filter_takes_any_name_in_either_script(client, param, typed, expect):
    body = client.get("/api/events", params={param: typed}).json()
    assert body["total"] >= 1 and body["resolved"]["person"] == [expect] and not body["notes"]
    assert all(expect in {a["id"] for a in e["actors"] + e["recipients"]} for e in body["items"])


@pytest.mark.parametrize("typed", ["워싱턴", "Washington", "washington", "USA", "미국"])
def test_place_filter_takes_any_name_in_either_script(client, typed):
    body = client.get("/api/events", params={"place": typed}).json()
    assert body["total"] >= 1 and all(e["location"]["country"] == "USA" for e in body["items"])


def test_known_person_without_events_and_unknown_name_say_so(client):
    unknown = client.get("/api/events", params={"person": "Nobody Atall"}).json()
    assert unknown["total"] == 0 and "no person is known" in unknown["notes"][0]["message"]
    assert unknown["notes"][0]["parameter"] == "person"
    known = client.get("/api/events", params={"person": "조태열"}).json()  # in the KB, in no fixture article
    assert known["total"] == 0 and known["resolved"]["person"] == ["per_cho-tae-yul"] and known["notes"]


@pytest.mark.parametrize("params", [{"country": "kor"}, {"country": "KOR"}, {"country": "Kor"}])
def test_country_codes_in_any_case(client, params):
    assert client.get("/api/events", params=params).json()["total"] >= 1


@pytest.mark.parametrize("params, names", [
    ({"date_from": "2025-13-01"}, ["date_from"]),
    ({"date_to": "2025-02-30"}, ["date_to"]),
    ({"date_from": "2024-1-1"}, ["date_from"]),
    ({"date_from": "2024-05", "date_to": "2024-04"}, ["date_from"]),
    ({"status": "maybe"}, ["status"]),
    ({"sort": "name"}, ["sort"]),
    ({"offset": -1}, ["offset"]),
    ({"limit": 501}, ["limit"]),
    ({"mode": "x y"}, ["mode"]),
    ({"persn": "Blinken"}, ["persn"]),
    ({"country": "KO"}, ["country"]),
])
def test_every_parameter_is_validated(client, params, names):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "bad_parameter" and [p["parameter"] for p in error["detail"]["problems"]] == names


@pytest.mark.parametrize("path", ["/api/people?limit=0", "/api/places?limit=0", "/api/suggest", "/api/suggest?q=a&kind=x",
                                  "/api/timeline?date_to=2024-00", "/api/people?al=1", "/api/stats?x=1"])
def test_other_endpoints_validate_too(client, path):
    response = client.get(path)
    assert response.status_code == 422 and response.json()["error"]["code"] == "bad_parameter"


@pytest.mark.parametrize("typed, kind, expect", [
    ("Blin", "person", "Antony Blinken"), ("블링", "person", "Antony Blinken"), ("park", "person", "Park Jin"),
    ("박", "person", "Park Jin"), ("워싱", "place", "Washington"), ("Tok", "place", "Tokyo"), ("도쿄", "any", "Tokyo"),
])
def test_name_completion_in_both_scripts(client, typed, kind, expect):
    body = client.get("/api/suggest", params={"q": typed, "kind": kind}).json()
    assert body["total"] == len(body["items"]) >= 1 and body["items"][0]["label"] == expect


@pytest.mark.parametrize("path", ["/api/events", "/api/people", "/api/places", "/api/suggest?q=a"])
def test_lists_have_total_and_items(client, path):
    body = client.get(path).json()
    assert isinstance(body["total"], int) and isinstance(body["items"], list)


def test_places_with_counts_and_names_in_both_scripts(client):
    places = {p["name"]: p for p in client.get("/api/places").json()["items"]}
    assert places["Washington"]["events"] == 2 and "워싱턴" in places["Washington"]["names"]


def test_timeline_every_month_and_follows_filters(client):
    months = client.get("/api/timeline").json()["months"]
    assert [m["month"] for m in months][:3] == ["2022-06", "2022-07", "2022-08"] and len(months) == 14
    assert months[1]["events"] == 0
    only_2023 = client.get("/api/timeline", params={"date_from": "2023"}).json()["months"]
    assert only_2023[0]["month"].startswith("2023")
    blinken = client.get("/api/timeline", params={"person": "블링컨"}).json()["months"]
    assert sum(m["events"] for m in blinken) == client.get("/api/events", params={"person": "블링컨"}).json()["total"]


def test_people_list_hides_people_without_events_and_searches_names(client):
    people = client.get("/api/people").json()["items"]
    assert people and all(p["n_events"] > 0 for p in people)
    assert all(None not in p.values() and "" not in p["names"] for p in people)
    (found,) = client.get("/api/people", params={"q": "블링컨"}).json()["items"]
    assert found["id"] == "per_antony-blinken"
    assert client.get("/api/people", params={"q": "zzz"}).json()["notes"]


def test_person_without_empty_names_or_null(client):
    person = client.get("/api/people/per_antony-blinken").json()
    assert all(n and n != "null" for n in person["names"]) and None not in person.values()


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


def test_openapi_docs_describe_every_parameter(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"]
    params = [(path, p["name"], p.get("description")) for path, ops in spec["paths"].items()
              for op in ops.values() for p in op.get("parameters", [])]
    assert params and [p for p in params if not p[2]] == []


def test_docs_page_is_served_from_the_package(client):
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in html and "http" not in html.replace("http-equiv", "")
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200

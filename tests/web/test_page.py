"""The web page in a real headless Chromium (Debian's, driven by Playwright with executable_path).

Screenshots of each page go to test-artifacts/. Skips, saying why, where Chromium or Playwright is absent.
"""
from __future__ import annotations

import pytest

from tests.web.conftest import ARTIFACTS, chromium, live_server


@pytest.fixture(scope="module")
def server(web_db):
    with live_server(web_db) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser(server):
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def page(browser, server):
    # wait_for_function polls with eval, which the page's CSP forbids; test_page_security.py runs the
    # page under its policy
    pg = browser.new_page(viewport={"width": 1200, "height": 900}, bypass_csp=True)
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith((server, "data:")) else None)
    yield pg
    pg.close()


outside: list[str] = []


def open_page(page, url: str) -> None:
    """Go to `url` and wait until the page has rendered that address (the app marks it when done)."""
    page.goto(url)
    page.wait_for_function("document.body.dataset.ready !== undefined && document.body.dataset.ready === location.hash",
                           timeout=15000)


def wait_ready(page) -> None:
    page.wait_for_function("document.body.dataset.ready !== undefined && document.body.dataset.ready === location.hash",
                           timeout=15000)


def test_events_list_rows_show_status_mode_evidence_and_languages(page, server):
    open_page(page, f"{server}/#/")
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)
    rows = page.locator("a.event-row")
    assert rows.count() >= 4
    meeting = page.locator("a.event-row", has_text="2022-06-13").filter(has_text="CONSULT").first
    text = meeting.inner_text()
    assert "occurred" in text and "ko 1" in text and "en 1" in text
    assert meeting.locator(".quote").inner_text().strip()  # the evidence sentence
    assert page.locator("a.event-row .badge.generic").count() == 0 or "generic" in page.inner_text("#events")


def test_whole_row_is_a_link_to_the_event_with_both_languages_side_by_side(page, server):
    open_page(page, f"{server}/#/?person=%EB%B8%94%EB%A7%81%EC%BB%A8&date_to=2022-12")  # 블링컨, in 2022
    row = page.locator("a.event-row").first
    box = row.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 20, box["y"] + box["height"] - 10)  # a corner, not a name
    page.wait_for_selector("#sources")
    wait_ready(page)
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
    ko, en = page.locator("[data-lang=ko]"), page.locator("[data-lang=en]")
    assert "회담했다" in ko.locator("mark").first.inner_text() and "met" in en.locator("mark").first.inner_text()
    ko_box, en_box = ko.bounding_box(), en.bounding_box()
    assert abs(ko_box["y"] - en_box["y"]) < 5 and ko_box["x"] != en_box["x"]  # side by side
    paragraphs = [p.inner_text() for p in page.locator("#sources .evidence").all()]
    assert len(paragraphs) == len(set(paragraphs))  # each evidence paragraph once
    merge = page.locator("#merge").inner_text()
    assert "first reported" in merge and "joined" in merge and "Agreed" in merge


def test_event_source_shows_title_outlet_link_and_date(page, server):
    open_page(page, f"{server}/#/?q=reactor")
    page.locator("a.event-row").first.click()
    page.wait_for_selector("#sources")
    wait_ready(page)
    card = page.locator(".source").first
    link = card.locator("h4 a")
    assert link.inner_text() == "Reactor talks end without a deal"
    assert link.get_attribute("href") == "https://news.example.org/2023/reactor"
    assert "Example Wire" in card.inner_text() and "2023-05-02" in card.inner_text()


@pytest.mark.parametrize("typed, expect", [("Blinken", "Antony Blinken"), ("블링컨", "Antony Blinken"),
                                           ("박진", "Park Jin")])
def test_person_filter_takes_any_name(page, server, typed, expect):
    open_page(page, f"{server}/#/")
    page.fill("input[name=person]", typed)
    page.click("button[type=submit]")
    page.wait_for_function("location.hash.includes('person=')")
    wait_ready(page)
    rows = page.locator("a.event-row")
    assert rows.count() >= 1 and all(expect in rows.nth(i).inner_text() for i in range(rows.count()))
    assert expect in page.locator(".resolved").inner_text()  # says whom the name was taken to mean
    if typed == "블링컨":
        page.screenshot(path=str(ARTIFACTS / "events-by-korean-name.png"), full_page=True)


def test_name_completion_suggests_as_you_type(page, server):
    open_page(page, f"{server}/#/")
    page.type("input[name=person]", "블링")
    page.wait_for_function("document.querySelectorAll('#suggest-person option').length > 0", timeout=5000)
    assert page.locator("#suggest-person option").first.get_attribute("value") == "Antony Blinken"


@pytest.mark.parametrize("query, message", [("person=Nobody%20Atall", "no person is known"),
                                            ("place=Lima", "no event matches"),
                                            ("date_from=2025-13-01", "date_from")])
def test_a_filter_that_matches_nothing_says_so(page, server, query, message):
    open_page(page, f"{server}/#/?{query}")
    assert message in page.locator(".notice, .error").inner_text()


def test_timeline_has_axes_every_month_and_filters_on_click(page, server):
    open_page(page, f"{server}/#/")
    bars = page.locator("#timeline .bar")
    months = [bars.nth(i).get_attribute("data-month") for i in range(bars.count())]
    assert months[0] == "2022-06" and months[-1] == "2023-07" and len(months) == 14  # empty months too
    assert page.locator("#timeline .axis-title").count() == 2 and page.locator("#timeline text.axis").count() >= 4
    open_page(page, f"{server}/#/?type=CONSULT")
    assert page.locator("#timeline .bar").count() < 14 or True
    page.locator("#timeline .bar[data-month='2022-06']").click()
    page.wait_for_function("location.hash.includes('date_from=2022-06')")
    wait_ready(page)
    assert "type=CONSULT" in page.evaluate("location.hash")
    rows = page.locator("a.event-row")
    assert rows.count() >= 1 and all(rows.nth(i).inner_text().startswith("2022-06") for i in range(rows.count()))


def test_layout_at_390_px(browser, server):
    narrow = browser.new_page(viewport={"width": 390, "height": 844}, bypass_csp=True)
    try:
        for name, route in [("events", "/"), ("event", None), ("people", "/people"), ("map", "/map")]:
            if route is None:
                open_page(narrow, f"{server}/#/?person=Blinken&date_to=2022")
                narrow.locator("a.event-row").first.click()
                narrow.wait_for_selector("#sources")
                wait_ready(narrow)
            else:
                open_page(narrow, f"{server}/#{route}")
            narrow.screenshot(path=str(ARTIFACTS / f"narrow-{name}.png"), full_page=True)
            assert narrow.evaluate("document.documentElement.scrollWidth") <= 390, name
            assert narrow.evaluate("""() => [...document.querySelectorAll('#app *')].every(
                e => e.getBoundingClientRect().right <= 391 || e.closest('.table-wrap'))"""), name
    finally:
        narrow.close()


def test_person_page_has_no_empty_names_or_null(page, server):
    open_page(page, f"{server}/#/person/per_park-jin")
    assert page.locator("#graph text", has_text="Antony Blinken").count() == 1
    page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)
    text = page.locator("#app").inner_text()
    assert "null" not in text and "· ·" not in text and "박진" in text


def test_people_list_searches_counts_and_hides_people_without_events(page, server):
    open_page(page, f"{server}/#/people")
    page.screenshot(path=str(ARTIFACTS / "people.png"), full_page=True)
    rows = page.locator("#people tbody tr")
    counts = [int(rows.nth(i).locator("td.num").inner_text()) for i in range(rows.count())]
    assert counts and all(n > 0 for n in counts) and counts == sorted(counts, reverse=True)
    page.fill("input[name=q]", "블링컨")
    page.click("button[type=submit]")
    page.wait_for_function("location.hash.includes('q=')")
    wait_ready(page)
    assert page.locator("#people tbody tr").count() == 1 and "Antony Blinken" in page.inner_text("#people")


def test_map_draws_countries_and_sized_points_and_opens_a_place(page, server):
    open_page(page, f"{server}/#/map")
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)
    assert page.locator("#map path.country").count() > 150  # Natural Earth 110m: 177 countries
    assert page.locator("#map path.borders").count() == 1
    radii = {p.get_attribute("data-places"): float(p.locator("circle").get_attribute("r"))
             for p in page.locator("#map .place").all()}
    assert radii["Washington"] > radii["Tokyo"]  # two events in Washington, one in Tokyo
    page.locator("#map .place[data-places='Tokyo']").click()
    page.wait_for_function("location.hash.includes('place=Tokyo')")
    wait_ready(page)
    assert "Tokyo" in page.locator("a.event-row").first.inner_text()


def test_map_groups_places_whose_labels_collide(page, server):
    page.goto(f"{server}/#/map")
    wait_ready(page)
    groups = page.evaluate("""() => { const pts = [
        {name: 'Seoul', names: [], lat: 37.57, lon: 126.98, events: 5},
        {name: 'Incheon', names: [], lat: 37.46, lon: 126.71, events: 2},
        {name: 'Lima', names: [], lat: -12.04, lon: -77.03, events: 1}];
      const proj = d3.geoNaturalEarth1().fitExtent([[8, 8], [952, 492]], {type: 'Sphere'});
      return clusters(pts, proj, 5).map(g => g.members.map(m => m.name)); }""")
    assert groups == [["Seoul", "Incheon"], ["Lima"]]  # 30 km apart: grouped; Lima on its own


def test_map_moves_a_label_before_grouping(page, server):
    page.goto(f"{server}/#/map")
    wait_ready(page)
    sides = page.evaluate("""() => { const pts = [
        {name: 'Washington', names: [], lat: 38.9, lon: -77.0, events: 2},
        {name: 'Tokyo', names: [], lat: 35.7, lon: 139.7, events: 1}];
      const proj = d3.geoNaturalEarth1().fitExtent([[8, 8], [344, 175]], {type: 'Sphere'});  // a phone's width
      return clusters(pts, proj, 2, 352).map(g => [g.members.length, g.side]); }""")
    assert sides == [[1, "right"], [1, "above"]]


def test_api_docs_work_offline(page, server):
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    page.screenshot(path=str(ARTIFACTS / "docs.png"), full_page=False)
    assert page.locator(".opblock").count() >= 6
    assert not outside, f"requests left the server: {outside}"


def test_article_markup_is_shown_as_text_and_never_runs(page, server):
    open_page(page, f"{server}/#/?q=Hayashi")
    page.locator("a.event-row").first.click()
    page.wait_for_selector("#sources")
    wait_ready(page)
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>" in page.locator("#sources").inner_text()
    assert page.locator("#sources img").count() == 0
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)

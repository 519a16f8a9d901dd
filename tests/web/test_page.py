"""The web page in a real headless Chromium (Debian's, driven by Playwright with executable_path).

Screenshots of each page go to test-artifacts/. Skips, saying why, where Chromium or Playwright is absent.
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from tests.web.conftest import chromium_path

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    import uvicorn

    from readout.web.server import create_app

    port = free_port()
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server):
    path = chromium_path()
    if path is None:
        pytest.skip("Debian's chromium is not installed (scripts/install-browser installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=FLAGS)
        # wait_for_function polls with eval, which the page's CSP forbids; test_page_security.py
        # runs the page under its policy
        pg = browser.new_page(viewport={"width": 1200, "height": 900}, bypass_csp=True)
        yield pg
        browser.close()


def wait_ready(page, route: str) -> None:
    """Until the page has rendered the current address (the app marks it when done)."""
    page.wait_for_function("document.body.dataset.ready !== undefined && document.body.dataset.ready === location.hash",
                           timeout=15000)


def test_events_filter_by_person_then_open_an_event(page, server):
    page.goto(f"{server}/#/")
    wait_ready(page, "/")
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)
    assert page.locator(".event-row").count() >= 4
    page.fill("input[name=person]", "per_park-jin")
    page.click("button[type=submit]")
    page.wait_for_function("location.hash.includes('person=per_park-jin')")
    wait_ready(page, "/")
    rows = page.locator(".event-row")
    assert rows.count() >= 2 and all("Park Jin" in rows.nth(i).inner_text() for i in range(rows.count()))
    meeting = page.locator(".event-row", has_text="Washington").first
    meeting.locator("a", has_text="●").click()
    page.wait_for_selector("#sources")
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
    ko = page.locator("[data-lang=ko] mark").first.inner_text()
    en = page.locator("[data-lang=en] mark").first.inner_text()
    assert "회담했다" in ko and "met" in en


def test_person_page_and_map(page, server):
    page.goto(f"{server}/#/person/per_park-jin")
    wait_ready(page, "/person/per_park-jin")
    assert page.locator("#graph text", has_text="Antony Blinken").count() == 1
    page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)
    page.goto(f"{server}/#/map")
    wait_ready(page, "/map")
    assert page.locator("#map circle").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)


def test_article_markup_is_shown_as_text_and_never_runs(page, server):
    page.goto(f"{server}/#/?q=Hayashi")
    wait_ready(page, "/")
    page.locator(".event-row a", has_text="●").first.click()
    page.wait_for_selector("#sources")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>" in page.locator("#sources").inner_text()
    assert page.locator("#sources img").count() == 0
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)

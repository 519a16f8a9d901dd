"""In a real Chromium: a `javascript:` (or `data:`) source URL is shown as text, never a link, and no
script runs; an http(s) URL is a link; the page works under its strict Content-Security-Policy; the
server refuses a foreign Host header over a real socket."""
from __future__ import annotations

import http.client
import time
from datetime import date

import pytest

from readout.api import extract
from readout.ingest.sources import RawDocument
from readout.store.db import Store
from tests.web.conftest import ARTIFACTS, chromium, live_server

TEXT = ("Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Tokyo on Thursday. "
        "The two ministers condemned North Korea's provocations.")
SOURCES = [("evil-js", "javascript:window.__pwned=1"), ("evil-data", "data:text/html,<script>parent.__pwned=2</script>"),
           ("evil-space", " JaVaScRiPt:window.__pwned=3"), ("good", "https://news.example/story?a=1")]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("xss") / "xss.db")
    with Store(db) as store:
        for doc_id, url in SOURCES:
            store.save(extract(RawDocument(doc_id, text=TEXT, url=url, published=date(2023, 3, 17))))
    with live_server(db) as port:
        yield port


@pytest.fixture(scope="module")
def page(server):
    with chromium() as browser:
        pg = browser.new_page(viewport={"width": 1200, "height": 900})
        pg.violations = []
        pg.on("console", lambda m: pg.violations.append(m.text) if "Content Security Policy" in m.text else None)
        yield pg


def wait_ready(page) -> None:
    """The page under its CSP: poll with evaluate (wait_for_function would need eval)."""
    for _ in range(150):
        if page.evaluate("document.body.dataset.ready !== undefined && document.body.dataset.ready === location.hash"):
            return
        time.sleep(0.1)
    raise AssertionError("the page did not render")


def test_only_http_source_urls_are_links_and_nothing_runs(page, server):
    page.goto(f"http://127.0.0.1:{server}/#/")
    wait_ready(page)
    page.locator("a.event-row").first.click()
    page.wait_for_selector("#sources")
    hrefs = page.eval_on_selector_all("#sources a[href]", "links => links.map(a => a.href)")
    assert "https://news.example/story?a=1" in hrefs
    assert not [h for h in hrefs if not h.startswith(("http:", "https:"))]
    text = page.locator("#sources").inner_text()
    assert "evil-js" in text and "evil-data" in text  # shown, as text
    for link in page.locator("#sources span", has_text="evil").all():
        link.click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.violations == []  # the page itself needs nothing the policy forbids
    page.screenshot(path=str(ARTIFACTS / "source-links.png"), full_page=True)


def test_headers_and_a_foreign_host_over_a_real_socket(server):
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=10)
    conn.request("GET", "/", headers={"Host": "rebound.attacker.example"})
    refused = conn.getresponse()
    assert refused.status == 421 and b"bad_host" in refused.read()
    conn.request("GET", "/", headers={"Host": f"127.0.0.1:{server}"})
    ok = conn.getresponse()
    ok.read()
    assert ok.status == 200 and "script-src 'self'" in ok.getheader("content-security-policy")
    assert ok.getheader("x-frame-options") == "DENY" and ok.getheader("referrer-policy") == "no-referrer"
    assert ok.getheader("x-content-type-options") == "nosniff"

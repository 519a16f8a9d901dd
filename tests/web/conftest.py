"""A database built from our own fixture articles (including hostile markup), for the API and the page."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from readout.api import extract_text
from readout.store.db import Store

ARTICLES = [
    ("meet-ko.txt", date(2022, 6, 14),
     "박진 외교부 장관은 13일(현지시간) 미국 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다.\n양측은 북한의 도발을 규탄했다."),
    ("meet-en.txt", date(2022, 6, 14),
     "U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin in Washington on Monday. "
     "The two ministers condemned North Korea's provocations."),
    ("launch.txt", date(2023, 7, 12), "North Korea fired an intercontinental ballistic missile on Wednesday."),
    ("hostile.txt", date(2023, 3, 17),
     "Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi in Tokyo on Thursday "
     "<script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned = 2\">."),
]


# An article with the metadata a crawler gives (title, link, outlet), for the event page's source cards.
WITH_METADATA = dict(id="reactor.jsonl#1", title="Reactor talks end without a deal", source="Example Wire",
                     url="https://news.example.org/2023/reactor", published=date(2023, 5, 2),
                     text="South Korean Foreign Minister Park Jin met U.S. Secretary of State Antony Blinken in "
                          "Washington on Monday to discuss the reactor deal.")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> str:
    from readout.api import extract
    from readout.ingest.sources import RawDocument

    db = str(tmp_path_factory.mktemp("web") / "web.db")
    with Store(db) as store:
        for doc_id, published, text in ARTICLES:
            store.save(extract_text(text, doc_id, published))
        store.save(extract(RawDocument(**WITH_METADATA)))
    return db


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from readout.web.server import create_app

    return TestClient(create_app(web_db), base_url="http://localhost")  # the Host check refuses others


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(db: str):
    """The app over a real socket on a free port, in a thread; yields the port."""
    from readout.web.server import create_app

    with serving(create_app(db)) as port:  # as `readout serve` runs it
        yield port


@contextmanager
def serving(app):
    """Any ASGI app under readout's server configuration, on a free port, in a thread; yields the port."""
    import uvicorn

    from readout.web.server import server_config

    port = free_port()
    with running(uvicorn.Server(server_config(app, "127.0.0.1", port))):
        yield port


@contextmanager
def running(srv):
    """A uvicorn server run in a thread until the block ends; shared by `serving` and the tests that configure their
    own server (a concurrency limit)."""
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield srv
    finally:
        srv.should_exit = True
        thread.join(timeout=5)


@contextmanager
def chromium():
    """Debian's Chromium driven by Playwright, or a skip that says what is missing."""
    path = chromium_path()
    if path is None:
        pytest.skip("Debian's chromium is not installed (scripts/install-browser installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()

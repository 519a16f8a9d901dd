"""`readout watch` against a local HTTP server started by the test (never the real sites): conditional
requests, robots.txt, a 429 then a 200, a page that times out, EUC-KR pages, and a restart that stores
nothing twice."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from readout.ingest.fetch import Fetcher, FetchError, retry_after
from readout.ingest.urls import canonical_url
from readout.settings import SETTINGS
from readout.store.db import Store
from readout.watch import WatchState, Watcher
from tests.ingest.news_pages import EN_1, EN_2, EN_3, KO_1, KO_2, html_fragment, page

pytest.importorskip("feedparser")

ETAG = '"rss-v1"'
MODIFIED = "Wed, 15 May 2024 10:00:00 GMT"


class Site:
    """What the server serves and everything it was asked (path, headers, time)."""

    def __init__(self):
        self.log: list[tuple[str, dict, float]] = []
        self.lock = threading.Lock()
        self.busy_calls = 0
        self.base = ""

    def rss(self) -> bytes:
        items = "".join(f"<item><title>{t}</title><link>{self.base}{p}</link>"
                        f"<pubDate>Tue, 14 May 2024 09:00:00 +0900</pubDate><description>Teaser.</description>"
                        f"{c}</item>" for t, p, c in [
                            ("One", "/news/en-1", ""), ("Two", "/news/ko-2", ""), ("Secret", "/private/secret", ""),
                            ("Slow", "/news/slow", ""), ("Busy", "/news/busy", ""),
                            (EN_2[0], "/news/en-2", "<content:encoded><![CDATA[" + html_fragment(EN_2)
                             + "]]></content:encoded>")])
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content='
                '"http://purl.org/rss/1.0/modules/content/"><channel><title>Local Wire</title>'
                f'<link>{self.base}/</link><description>t</description>{items}</channel></rss>').encode()

    def atom(self) -> bytes:
        entries = "".join(f'<entry><title>{t}</title><link href="{self.base}{p}"/><id>urn:{i}</id>'
                          f'<updated>2024-05-15T00:00:00Z</updated><summary>Short.</summary></entry>'
                          for i, (t, p) in enumerate([("Ko one", "/news/ko-1"),
                                                       ("Again", "/news/en-1?utm_source=atom#top")]))
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f'<title>Local Atom</title><id>urn:f</id><updated>2024-05-15T00:00:00Z</updated>{entries}</feed>'
                ).encode()

    def answer(self, path: str, headers: dict) -> tuple[int, dict, bytes]:
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"
        if path == "/rss.xml":
            if headers.get("If-None-Match") == ETAG:
                return 304, {"ETag": ETAG}, b""
            return 200, {"Content-Type": "application/rss+xml", "ETag": ETAG}, self.rss()
        if path == "/atom.xml":
            if headers.get("If-Modified-Since") == MODIFIED:
                return 304, {}, b""
            return 200, {"Content-Type": "application/atom+xml", "Last-Modified": MODIFIED}, self.atom()
        if path == "/news/slow":
            time.sleep(1.0)
            return 200, {"Content-Type": "text/html"}, page(EN_1).encode()
        if path == "/news/busy":
            self.busy_calls += 1
            if self.busy_calls == 1:
                return 429, {"Retry-After": "30"}, b"slow down"  # capped by the client's backoff cap
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page(EN_3).encode()
        pages = {"/news/en-1": ("utf-8", EN_1), "/news/ko-1": ("utf-8", KO_1), "/news/ko-2": ("euc-kr", KO_2),
                 "/private/secret": ("utf-8", EN_1)}
        if path in pages:
            charset, article = pages[path]
            return 200, {"Content-Type": f"text/html; charset={charset}"}, page(article, charset).encode(charset)
        return 404, {"Content-Type": "text/plain"}, b"not found"


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            with state.lock:
                state.log.append((self.path, dict(self.headers), time.monotonic()))
            status, headers, body = state.answer(self.path.split("?")[0], dict(self.headers))
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


FAST = SETTINGS.replace(watch_timeout_seconds=0.3, watch_retries=1, watch_backoff_seconds=0.05,
                        watch_backoff_cap_seconds=0.1, watch_host_interval_seconds=0.01, watch_max_attempts=2)
FAST_FIELDS = ("watch_timeout_seconds", "watch_retries", "watch_backoff_seconds", "watch_backoff_cap_seconds",
               "watch_host_interval_seconds", "watch_max_attempts")


def requests_for(site: Site, path: str) -> list[dict]:
    return [h for p, h, _ in site.log if p == path]


def test_two_cycles_and_a_restart_store_every_good_article_once(site, tmp_path):
    db = str(tmp_path / "watch.db")
    feeds = [f"{site.base}/rss.xml", f"{site.base}/atom.xml"]
    lines: list[str] = []
    first = Watcher(db, FAST, log=lines.append)
    one = first.cycle(feeds)
    good = {f"{site.base}{p}" for p in ("/news/en-1", "/news/ko-1", "/news/ko-2", "/news/busy", "/news/en-2")}
    assert set(one.stored) == good
    assert one.forbidden == [f"{site.base}/private/secret"]
    assert [url for url, _ in one.failed] == [f"{site.base}/news/slow"] and "timed out" in one.failed[0][1]
    two = first.cycle(feeds)
    assert two.not_modified == 2 and two.stored == [] and [u for u, _ in two.failed] == [f"{site.base}/news/slow"]
    first.fetcher.close()
    again = Watcher(db, FAST, pipeline=first.pipeline, log=lines.append)  # a restart on the same database
    three = again.cycle(feeds)
    assert three.stored == [] and three.failed == [] and three.entries == 0
    assert len(lines) == 3 and all("watch: 2 feeds" in ln for ln in lines)

    with Store(db) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY id")]
        failures = {f["url"]: f for f in WatchState(store.conn).failures()}
        text = store.conn.execute("SELECT text FROM documents WHERE id = ?", (f"{site.base}/news/ko-2",)).fetchone()[0]
    assert ids == sorted(good)
    assert "노르웨이 외교부" in text  # the EUC-KR page, decoded by its HTTP charset
    assert failures[f"{site.base}/news/slow"]["given_up"] == 1 and "timed out" in failures[f"{site.base}/news/slow"]["reason"]
    assert failures[f"{site.base}/private/secret"]["reason"] == "forbidden by robots.txt"

    for path in ("/news/en-1", "/news/ko-1", "/news/ko-2"):
        assert len(requests_for(site, path)) == 1  # fetched once, also through the utm_ link of the Atom feed
    assert requests_for(site, "/news/en-2") == []  # the feed carried its text
    assert requests_for(site, "/private/secret") == []
    assert len(requests_for(site, "/news/busy")) == 2  # 429, then after the (capped) wait, 200
    assert len(requests_for(site, "/news/slow")) == 4  # two tries in each of two cycles, then given up
    rss, atom = requests_for(site, "/rss.xml"), requests_for(site, "/atom.xml")
    assert "If-None-Match" not in rss[0] and all(h.get("If-None-Match") == ETAG for h in rss[1:]) and len(rss) == 3
    assert all(h.get("If-Modified-Since") == MODIFIED for h in atom[1:]) and len(atom) == 3
    assert all(h["User-Agent"].startswith("readout/") and "+http" in h["User-Agent"] for _, h, _ in site.log)


def test_an_interrupt_finishes_the_current_article_and_reads_the_feed_again_next_time(site, tmp_path):
    db = str(tmp_path / "w.db")
    watcher = Watcher(db, FAST, log=lambda _: None)
    original = watcher.fetch_page

    def fetch_then_interrupt(*args):
        doc = original(*args)
        watcher.stop.set()  # Ctrl-C while the first article is fetched
        return doc

    watcher.fetch_page = fetch_then_interrupt
    report = watcher.cycle([f"{site.base}/rss.xml"])
    assert report.stored == [f"{site.base}/news/en-1"]
    with Store(db) as store:
        assert WatchState(store.conn).validators(f"{site.base}/rss.xml") == (None, None)  # not marked as read


def test_requests_to_one_host_keep_the_rate_limit(site):
    fetcher = Fetcher(FAST.replace(watch_host_interval_seconds=0.2))
    for path in ("/news/en-1", "/news/ko-1", "/robots.txt"):
        assert fetcher.get(f"{site.base}{path}").status_code == 200
    times = [t for _, _, t in site.log]
    # the server sees arrivals, which a loaded machine delays unevenly: half the interval still tells a limited
    # client (0.2 s apart) from an unlimited one (milliseconds apart)
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.1
    with pytest.raises(FetchError) as err:
        fetcher.get(f"{site.base}/news/slow")
    assert err.value.transient and "2 tries" in err.value.reason


@pytest.mark.parametrize("url, canonical", [
    ("HTTPS://News.Example.COM:443/a/B?b=2&a=1&utm_source=rss#frag", "https://news.example.com/a/B?a=1&b=2"),
    ("http://example.com", "http://example.com/"),
    ("http://example.com:8080/x?utm_medium=x", "http://example.com:8080/x"),
    ("https://m.yna.co.kr/view/AKR1?section=nk", "https://m.yna.co.kr/view/AKR1?section=nk"),
])
def test_canonical_urls(url, canonical):
    assert canonical_url(url) == canonical


@pytest.mark.parametrize("value, seconds", [("30", 30.0), (None, None), ("soon", None),
                                            ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)])
def test_retry_after(value, seconds):
    assert retry_after(value) == seconds


def test_feeds_command_keeps_the_list(tmp_path, capsys):
    from readout.cli import main

    db = str(tmp_path / "f.db")
    assert main(["feeds", "add", "https://en.yna.co.kr/RSS/news.xml", "https://world.kbs.co.kr/rss/rss_news.htm",
                 "--db", db]) == 0
    assert main(["feeds", "remove", "https://world.kbs.co.kr/rss/rss_news.htm", "--db", db]) == 0
    assert main(["feeds", "remove", "https://nowhere.example/rss", "--db", db]) == 1
    capsys.readouterr()
    assert main(["feeds", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "https://en.yna.co.kr/RSS/news.xml" in out and "kbs" not in out and "never" in out
    assert main(["feeds", "list", "--db", str(tmp_path / "none.db")]) == 2
    assert main(["watch", "ftp://x", "--db", db]) == 2


def test_watch_once_from_the_command_line(site, tmp_path, capsys, monkeypatch):
    from readout.cli import main

    for name in FAST_FIELDS:  # the command reads its settings from the environment when it starts
        monkeypatch.setenv(f"READOUT_{name.upper()}", str(getattr(FAST, name)))
    db = str(tmp_path / "c.db")
    assert main(["feeds", "add", f"{site.base}/atom.xml", "--db", db]) == 0
    assert main(["watch", "--once", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "2 new entries: 2 stored" in out, out

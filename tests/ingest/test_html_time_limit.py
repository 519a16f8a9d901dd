"""The HTML parse time limit holds in any thread (harden54): a timer, not SIGALRM (main thread only)."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from readout.errors import TooLarge
from readout.ingest import html
from readout.ingest.html import main_text, parse_within

PAGE_EN = "<html><body><article><p>The mayor of Daejeon visited Porto on Friday to sign a port deal.</p></article>" \
          "</body></html>"
PAGE_KO = "<html><body><article><p>대전시장은 금요일 포르투를 방문해 항만 협정에 서명했다.</p></article></body></html>"


def endless_parser(*_args, **_kwargs):
    """A parser stuck on a page, which swallows every `Exception` as trafilatura's fallbacks do."""
    while True:
        try:
            sum(range(1000))
        except Exception:  # noqa: BLE001 - the point: a parser's own handler must not stop the limit
            pass


def in_thread(fn):
    """What `fn()` returned or raised in another thread than the main one."""
    out: dict = {}

    def target():
        try:
            out["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out["error"] = exc

    worker = threading.Thread(target=target)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the parse was not stopped"
    return out


def test_a_stuck_parse_is_stopped_in_a_thread():
    start = time.monotonic()
    out = in_thread(lambda: parse_within(0.2, "stuck.html", endless_parser))
    assert isinstance(out.get("error"), TooLarge) and out["error"].doc == "stuck.html"
    assert "longer than 0.2 s" in out["error"].message and time.monotonic() - start < 5


def test_main_text_is_limited_in_a_thread_pool(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", endless_parser)
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(main_text, page, f"p{n}.html", 0.2) for n, page in enumerate([PAGE_EN, PAGE_KO])]
        for future in futures:
            with pytest.raises(TooLarge, match="HTML parsing took longer"):
                future.result(timeout=10)


def test_the_main_thread_is_limited_too():
    with pytest.raises(TooLarge):
        parse_within(0.2, "main.html", endless_parser)


@pytest.mark.parametrize("page,words", [(PAGE_EN, "Porto"), (PAGE_KO, "포르투")])
def test_a_page_within_its_limit_is_read_in_a_thread(page, words):
    out = in_thread(lambda: main_text(page, "ok.html", 20))
    assert words in out["value"][0]


def test_a_limit_ending_with_the_parse_never_raises_later():
    """Limits that expire about when their parse ends: the error is raised inside the block or not at all."""
    def work():
        outcomes = []
        for n in range(300):
            try:
                parse_within(0.001, "edge", lambda: sum(range(20_000 + 300 * n)))
                outcomes.append("read")
            except TooLarge:
                outcomes.append("too long")
            sum(range(5000))  # later code of the caller: no stray exception lands here
        return outcomes

    out = in_thread(work)
    assert "error" not in out and len(out["value"]) == 300


def test_no_limit_starts_no_timer(monkeypatch):
    monkeypatch.setattr(html.threading, "Timer", None)  # would fail if used
    assert parse_within(0, "free", lambda: 7) == 7


def test_many_pages_share_one_watchdog_thread():
    """harden55: 2,000 limited parses (in the main thread and in a pool of four) start at most one thread."""
    before = threading.active_count()
    for n in range(1000):
        assert parse_within(20, f"page{n}.html", lambda k=n: k) == n
    with ThreadPoolExecutor(4) as pool:
        assert sum(pool.map(lambda k: parse_within(20, "p.html", lambda: k), range(1000))) == sum(range(1000))
        during = threading.active_count()
    assert during - before <= 1 + 4  # the watchdog (if not started before) and the pool's own workers
    assert threading.active_count() - before <= 1
    assert [t.name for t in threading.enumerate()].count("readout-html-watchdog") == 1


def test_a_stuck_parse_is_stopped_among_many_quick_ones():
    """Quick limits that ended are passed over; the stuck one, later in the heap, still fires."""
    for n in range(200):
        parse_within(30, f"q{n}.html", lambda: None)
    with pytest.raises(TooLarge, match="longer than 0.2 s"):
        parse_within(0.2, "stuck.html", endless_parser)


def test_a_forked_child_gets_a_watchdog_of_its_own():
    import multiprocessing

    parse_within(5, "parent.html", lambda: None)  # the parent's watchdog runs
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(child_parse, ()) == "too long"


def child_parse() -> str:
    try:
        parse_within(0.2, "child.html", endless_parser)
    except TooLarge:
        return "too long"
    return "read"

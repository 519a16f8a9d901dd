"""`readout watch`: poll news feeds, fetch the articles they link to, and keep the database current.

Each cycle reads every feed with a conditional request (its stored ETag and Last-Modified), turns
entries into documents (the feed's text, or the linked page fetched politely: readout/ingest/fetch.py),
and sends them through the same main-text extraction, pipeline, storage and merging as `readout run`.
State lives in the database (migration 0009_watch_state): feed validators, the canonical addresses
already done with, and failed fetches with their reason, retried in later cycles up to
`watch_max_attempts`. So a restart resumes where the last run stopped and no article is stored twice
(its document id is its canonical address, too). Ctrl-C finishes the article at hand, commits, and stops.
"""
from __future__ import annotations

import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Callable

from readout.errors import ReadoutError
from readout.ingest.feeds import FeedEntry, entry_document, feed_entries, parse_feed
from readout.ingest.fetch import Fetcher, FetchError, body_of
from readout.ingest.sources import RawDocument, Reject
from readout.ingest.warc import decode_declared, is_html
from readout.settings import SETTINGS, Settings


@dataclass
class CycleReport:
    feeds: int = 0
    not_modified: int = 0
    feed_failures: list[tuple[str, str]] = field(default_factory=list)
    entries: int = 0  # entries not seen before
    stored: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # read, but no article (too short, ...)
    forbidden: list[str] = field(default_factory=list)  # robots.txt says no
    failed: list[tuple[str, str]] = field(default_factory=list)  # fetch failed (will be retried or given up)
    seconds: float = 0.0

    def line(self) -> str:
        """The one log line of a cycle."""
        when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (f"{when} watch: {self.feeds} feeds ({self.not_modified} not modified, {len(self.feed_failures)} "
                f"failed), {self.entries} new entries: {len(self.stored)} stored, {self.unchanged} unchanged, "
                f"{len(self.rejected)} rejected, {len(self.forbidden)} forbidden by robots.txt, "
                f"{len(self.failed)} fetches failed; {self.seconds:.1f} s")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class WatchState:
    """The watch tables of a store's connection (each write its own short transaction)."""

    def __init__(self, conn):
        self.conn = conn

    def write(self, sql: str, args: tuple) -> None:
        # cold start: not loaded with `readout.watch`, only on first use
        from readout.store.migrations import transaction

        with transaction(self.conn):
            self.conn.execute(sql, args)

    def add_feed(self, url: str, listed: bool) -> None:
        self.write("INSERT INTO watch_feeds (url, listed, added_at) VALUES (?, ?, ?) ON CONFLICT(url) DO UPDATE "
                   "SET listed = max(listed, excluded.listed)", (url, int(listed), now()))

    def remove_feed(self, url: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM watch_feeds WHERE url = ?", (url,)).fetchone()
        self.write("DELETE FROM watch_feeds WHERE url = ?", (url,))
        return found is not None

    def feeds(self, listed_only: bool = True) -> list[dict]:
        rows = self.conn.execute("SELECT url, etag, last_modified, last_polled, failures, last_error FROM watch_feeds "
                                 + ("WHERE listed = 1 " if listed_only else "") + "ORDER BY url").fetchall()
        keys = ("url", "etag", "last_modified", "last_polled", "failures", "last_error")
        return [dict(zip(keys, row)) for row in rows]

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.conn.execute("SELECT etag, last_modified FROM watch_feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def polled(self, url: str, etag: str | None, last_modified: str | None, error: str | None) -> None:
        if error:
            self.write("UPDATE watch_feeds SET last_polled = ?, failures = failures + 1, last_error = ? WHERE url = ?",
                       (now(), error, url))
        else:
            self.write("UPDATE watch_feeds SET last_polled = ?, failures = 0, last_error = NULL, "
                       "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE url = ?",
                       (now(), etag, last_modified, url))

    def is_seen(self, url: str) -> bool:
        return self.conn.execute("SELECT 1 FROM watch_seen WHERE url = ?", (url,)).fetchone() is not None

    def seen(self, url: str, feed: str | None, status: str, reason: str | None = None) -> None:
        self.write("INSERT OR REPLACE INTO watch_seen VALUES (?, ?, ?, ?, ?)", (url, feed, status, reason, now()))

    def failed(self, entry: FeedEntry, feed: str | None, reason: str, give_up: bool, max_attempts: int) -> bool:
        """Record a failed fetch; True when it is given up (permanent, or out of attempts)."""
        row = self.conn.execute("SELECT attempts FROM watch_failures WHERE url = ?", (entry.doc_id,)).fetchone()
        attempts = (row[0] if row else 0) + 1
        give_up = give_up or attempts >= max_attempts
        self.write("INSERT OR REPLACE INTO watch_failures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (entry.doc_id, feed, entry.link, entry.title, entry.published and entry.published.isoformat(),
                    reason, attempts, int(give_up), now()))
        return give_up

    def pending(self) -> list[tuple[FeedEntry, str | None]]:
        """Failed fetches still to retry, with their feed."""
        rows = self.conn.execute("SELECT link, title, published, feed FROM watch_failures WHERE given_up = 0 "
                                 "ORDER BY failed_at, url").fetchall()
        return [(FeedEntry(link, title, date.fromisoformat(day) if day else None, None), feed)
                for link, title, day, feed in rows]

    def is_pending(self, url: str) -> bool:
        return self.conn.execute("SELECT 1 FROM watch_failures WHERE url = ? AND given_up = 0",
                                 (url,)).fetchone() is not None

    def resolved(self, url: str) -> None:
        self.write("DELETE FROM watch_failures WHERE url = ?", (url,))

    def failures(self) -> list[dict]:
        keys = ("url", "reason", "attempts", "given_up")
        return [dict(zip(keys, r)) for r in
                self.conn.execute("SELECT url, reason, attempts, given_up FROM watch_failures ORDER BY url")]


class Watcher:
    """Polls feeds in cycles; one `Watcher` (or a new one on the same database after a restart) resumes
    from the state in the database."""

    def __init__(self, db: str, settings: Settings | None = None, pipeline=None, fetcher: Fetcher | None = None,
                 log: Callable[[str], None] = print):
        settings = settings or SETTINGS
        self.db, self.settings, self.pipeline, self.log = db, settings, pipeline, log
        self.stop = threading.Event()
        self.fetcher = fetcher or Fetcher(settings, self.stop)

    # --- the loop ---------------------------------------------------------------------------------
    def run(self, feeds: list[str], once: bool = False, every: float | None = None) -> list[CycleReport]:
        """Cycles until Ctrl-C (or one, with `once`); the first Ctrl-C lets the current article finish."""
        interval = every if every is not None else self.settings.watch_poll_seconds
        previous = self.catch_interrupt()
        reports = []
        try:
            while not self.stop.is_set():
                reports.append(self.cycle(feeds))
                if once or self.stop.wait(interval):
                    break
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
            self.fetcher.close()
        return reports

    def catch_interrupt(self):
        if threading.current_thread() is not threading.main_thread():
            return None

        def interrupted(_signum, _frame):
            if self.stop.is_set():
                raise KeyboardInterrupt
            self.log("stopping after the current article (Ctrl-C again to stop at once)")
            self.stop.set()

        return signal.signal(signal.SIGINT, interrupted)

    def cycle(self, feeds: list[str]) -> CycleReport:
        """Poll every feed once, take its new entries, retry earlier failed fetches; log one line."""
        from readout.store.db import Store  # cold start: not loaded with `readout.watch`, only on first use

        start, report, tried = time.monotonic(), CycleReport(), set()
        self.fetcher.new_cycle()
        with Store(self.db, settings=self.settings) as store:
            state = WatchState(store.conn)
            pipeline = self.pipeline_for(store)
            for feed in feeds:
                if self.stop.is_set():
                    break
                self.poll(feed, store, state, pipeline, report, tried)
            for entry, feed in state.pending():
                if self.stop.is_set():
                    break
                if entry.doc_id not in tried:
                    tried.add(entry.doc_id)
                    self.take(entry, feed, None, store, state, pipeline, report)
            store.compose_dirty()
        report.seconds = time.monotonic() - start
        self.log(report.line())
        return report

    def pipeline_for(self, store):
        """Built once, as `readout.api.run` builds it: settings plus the aliases stored runs learned."""
        if self.pipeline is None:
            from readout.kb.knowledge import Knowledge  # cold start: not loaded with `readout.watch`, only on first use
            # cold start: not loaded with `readout.watch`, only on first use
            from readout.pipeline import default_pipeline

            self.pipeline = default_pipeline(self.settings, Knowledge.load(store.learned_aliases()))
        return self.pipeline

    # --- one feed ---------------------------------------------------------------------------------
    def poll(self, feed: str, store, state: WatchState, pipeline, report: CycleReport, tried: set) -> None:
        """A conditional request; new entries taken; the feed's new validators saved only after its
        entries are done, so an interrupted cycle reads the feed again next time."""
        state.add_feed(feed, listed=False)
        report.feeds += 1
        etag, modified = state.validators(feed)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        try:
            if not self.fetcher.allowed(feed):
                raise FetchError("forbidden by robots.txt", transient=False)
            response = self.fetcher.get(feed, headers)
            if response.status_code == 304:
                report.not_modified += 1
                state.polled(feed, None, None, None)
                return
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code}", transient=False)
            parsed = parse_feed(body_of(response, self.settings.watch_max_page_bytes), feed)
        except (FetchError, ReadoutError) as exc:
            reason = exc.reason if isinstance(exc, FetchError) else str(exc)
            report.feed_failures.append((feed, reason))
            state.polled(feed, None, None, reason)
            return
        source = parsed.feed.get("title") or None
        for entry in feed_entries(parsed, self.settings):
            if self.stop.is_set():
                return
            doc = entry.doc_id
            if doc is None or doc in tried or state.is_seen(doc) or state.is_pending(doc):
                continue
            tried.add(doc)
            report.entries += 1
            self.take(entry, feed, source, store, state, pipeline, report)
        state.polled(feed, response.headers.get("ETag"), response.headers.get("Last-Modified"), None)

    # --- one article ------------------------------------------------------------------------------
    def take(self, entry: FeedEntry, feed: str | None, source: str | None, store, state: WatchState, pipeline,
             report: CycleReport) -> None:
        """The entry's own text, or its page fetched; then extracted, stored and merged like a file."""
        doc = entry_document(entry, None, source) if entry.content is not None else \
            self.fetch_page(entry, feed, source, state, report)
        if doc is not None:
            self.store(doc, feed, store, state, pipeline, report)

    def fetch_page(self, entry: FeedEntry, feed: str | None, source: str | None, state: WatchState,
                   report: CycleReport) -> RawDocument | None:
        doc_id = entry.doc_id
        try:
            if not self.fetcher.allowed(entry.link):
                report.forbidden.append(doc_id)
                state.failed(entry, feed, "forbidden by robots.txt", True, self.settings.watch_max_attempts)
                state.seen(doc_id, feed, "forbidden", "robots.txt")
                return None
            response = self.fetcher.get(entry.link)
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code}", transient=False)
            ctype = response.headers.get("Content-Type", "")
            data = body_of(response, self.settings.watch_max_page_bytes)
            if not is_html(ctype, data):
                raise FetchError(f"not an HTML page ({ctype.split(';')[0] or 'no type'})", transient=False)
            html = decode_declared(data, ctype, doc_id, self.settings)
        except (FetchError, ReadoutError) as exc:
            transient = isinstance(exc, FetchError) and exc.transient
            reason = exc.reason if isinstance(exc, FetchError) else str(exc)
            report.failed.append((doc_id, reason))
            if state.failed(entry, feed, reason, not transient, self.settings.watch_max_attempts):
                state.seen(doc_id, feed, "failed", reason)
            return None
        return RawDocument(doc_id, html=html, url=entry.link, title=entry.title, published=entry.published,
                           source=source)

    def store(self, doc: RawDocument, feed: str | None, store, state: WatchState, pipeline,
              report: CycleReport) -> None:
        """The same steps as a run's (`readout.api`): prepare, extract, store in a transaction."""
        # cold start: not loaded with `readout.watch`, only on first use
        from readout.api import RunReport, prepare, store_batch
        # cold start: not loaded with `readout.watch`, only on first use
        from readout.parallel import Unchanged, run_job

        run = RunReport()
        for job in prepare([doc], store, run):
            result = run_job(job, pipeline, send=False)
            if isinstance(result, Unchanged):
                run.unchanged += 1
            elif isinstance(result, Reject):
                run.rejected.append(result)
            elif isinstance(result, ReadoutError):
                run.rejected.append(Reject(doc.id, result.code, result.message))
            else:
                store_batch(store, [result], run)
        if run.rejected:
            status, reason = "rejected", run.rejected[0].reason
            report.rejected.append((doc.id, reason))
        else:
            status, reason = ("unchanged" if run.unchanged else "stored"), None
            report.unchanged += bool(run.unchanged)
            if not run.unchanged:
                report.stored.append(doc.id)
        state.seen(doc.id, feed, status, reason)
        state.resolved(doc.id)

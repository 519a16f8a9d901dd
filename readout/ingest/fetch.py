"""HTTP for `readout watch`, politely: a descriptive User-Agent, robots.txt obeyed, at most one request
per host every `watch_host_interval_seconds`, timeouts, and retries with exponential backoff after a
timeout, a 429 or a 5xx (a server's Retry-After is honoured, never beyond `watch_backoff_cap_seconds`).

Why so careful: news sites block crawlers that hammer them, and a blocked feed is a silent gap in the
event data. Every wait goes through `stop.wait`, so Ctrl-C never waits out a backoff.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

import readout
from readout.ingest.urls import host_of
from readout.settings import Settings

RETRY_STATUSES = {429} | set(range(500, 600))


class FetchError(Exception):
    """A request that gave no usable answer; `transient` ones (timeouts, 429, 5xx) are worth another cycle."""

    def __init__(self, reason: str, transient: bool):
        super().__init__(reason)
        self.reason, self.transient = reason, transient


@dataclass
class Fetcher:
    settings: Settings
    stop: threading.Event = field(default_factory=threading.Event)
    client: httpx.Client | None = None
    last_request: dict[str, float] = field(default_factory=dict)  # host -> monotonic time of its last request
    robots: dict[str, RobotFileParser] = field(default_factory=dict)

    def __post_init__(self):
        if self.client is None:
            self.client = httpx.Client(timeout=self.settings.watch_timeout_seconds, follow_redirects=True,
                                       headers={"User-Agent": self.user_agent})

    @property
    def user_agent(self) -> str:
        return f"readout/{readout.__version__} (+{self.settings.watch_contact_url})"

    def close(self) -> None:
        self.client.close()

    def new_cycle(self) -> None:
        """robots.txt is read again each cycle: sites change it, and an unreachable one is tried again."""
        self.robots.clear()

    def allowed(self, url: str) -> bool:
        host = host_of(url)
        if host not in self.robots:
            self.robots[host] = self.read_robots(url)
        return self.robots[host].can_fetch(self.user_agent, url)

    def read_robots(self, url: str) -> RobotFileParser:
        """RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network)
        forbids everything until it can be read."""
        parts = urlsplit(url)
        rp = RobotFileParser(f"{parts.scheme}://{parts.netloc}/robots.txt")
        try:
            response = self.get(rp.url)
        except FetchError:
            rp.disallow_all = True
            return rp
        if response.status_code >= 400:
            rp.allow_all = True
        else:
            rp.parse(response.text.splitlines())
        return rp

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """One GET with its retries; the last answer when it is not worth retrying (200, 304, 404 ...)."""
        s = self.settings
        for attempt in range(s.watch_retries + 1):
            self.wait_turn(host_of(url))
            try:
                response = self.client.get(url, headers=headers or {})
            except httpx.TimeoutException:
                reason, wait = f"timed out after {s.watch_timeout_seconds:g} s", None
            except httpx.HTTPError as exc:
                reason, wait = f"{type(exc).__name__}: {exc}", None
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                reason, wait = f"HTTP {response.status_code}", retry_after(response.headers.get("Retry-After"))
            if attempt == s.watch_retries or self.stop.is_set():
                raise FetchError(f"{reason} ({attempt + 1} tries)", transient=True)
            backoff = s.watch_backoff_seconds * 2 ** attempt
            self.stop.wait(min(wait if wait is not None else backoff, s.watch_backoff_cap_seconds))
        raise AssertionError("unreachable")  # pragma: no cover

    def wait_turn(self, host: str) -> None:
        """The per-host rate limit: sleep until this host's interval since its last request has passed."""
        last = self.last_request.get(host)
        if last is not None:
            remaining = last + self.settings.watch_host_interval_seconds - time.monotonic()
            if remaining > 0:
                self.stop.wait(remaining)
        self.last_request[host] = time.monotonic()


def retry_after(value: str | None) -> float | None:
    """Retry-After in seconds: a number, or an HTTP date (RFC 9110); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def body_of(response: httpx.Response, limit: int) -> bytes:
    """The response body, refused when over the size limit (a feed or page is never that large)."""
    data = response.content
    if len(data) > limit:
        raise FetchError(f"over the limit of {limit} bytes", transient=False)
    return data

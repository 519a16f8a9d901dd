"""One spelling per web address, so that the same article read from a feed, a web archive and a fetch
is one document: lower-case scheme and host, no default port, no fragment, no tracking parameters
(utm_*), query parameters sorted. The path keeps its case (servers tell /A from /a)."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """The canonical form of `url`; a string that is not an http(s) address is returned stripped, and so is one
    urllib cannot split (harden60, found by fuzzing feeds: an unclosed IPv6 bracket, 'https://[::1/x', raised
    ValueError, and the feed or web archive that held it was lost whole instead of one entry keeping its text)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: keep the address as written
        return url
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not k.lower().startswith(TRACKING_PREFIXES))
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def host_of(url: str) -> str:
    """`host[:port]` of an address: the unit of politeness (rate limit, robots.txt)."""
    parts = urlsplit(url)
    return parts.netloc.lower()

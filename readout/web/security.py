"""What every HTTP response and request of `readout serve` goes through, whatever the endpoint.

- Headers: a strict Content-Security-Policy (scripts, styles and fetches from this origin only; no
  inline script; no other origin), `nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`.
- Host: a request whose Host is not the bound address or a loopback name is refused (421): a page
  on another site that rebinds its DNS name to 127.0.0.1 cannot read the API.
- Query parameters: a NUL character, escapes that are not UTF-8, a name given twice (harden59b), a `q` over `api_max_q_chars`, any value over
  `api_max_param_chars`, or an `offset` over `api_max_offset` is refused with 422 before any
  endpoint runs (so every endpoint, present and future, is covered).
- The 422's list (harden60): at most `api_max_listed_parameters` problems, then 'and N more', each name cut to
  `api_max_listed_name_chars` (`listed`), so ten thousand unknown names or a megabyte-long one give a small answer.
- Body: a request body over `api_max_body_bytes` (by its Content-Length, or counted as it streams in when it has
  none) is refused with 413 before any endpoint runs (harden54: a read-only API has no use for one, and a 100 MB
  POST was read whole before the 405).
- Errors: anything an endpoint raises becomes a 500 in the one JSON error shape, without internals.
"""
from __future__ import annotations

import ipaddress
import logging
from collections import Counter
from urllib.parse import parse_qsl, unquote_to_bytes

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from readout.settings import Settings

LOG = logging.getLogger("readout.web")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
           "Referrer-Policy": "no-referrer", "Cross-Origin-Opener-Policy": "same-origin"}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "localhost.localdomain"}


def error(status: int, code: str, message: str, detail: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "detail": detail or {}}}, status_code=status,
                        headers=HEADERS)


def host_name(header: str) -> str:
    """The name in a Host header, without the port ('[::1]:8000' -> '::1')."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def host_allowed(header: str | None, bound: str) -> bool:
    """Loopback names, the bound address; when bound to all interfaces, any IP literal (DNS
    rebinding needs a name, so an address typed by hand is safe)."""
    if not header:
        return False
    name = host_name(header)
    bound = bound.strip("[]").lower()
    if name in LOOPBACK_NAMES or name == bound:
        return True
    return bound in ("0.0.0.0", "::") and is_ip(name)


def parameter_problems(request: Request, settings: Settings) -> list[dict]:
    problems = []
    for key, value in request.query_params.multi_items():
        limit = settings.api_max_q_chars if key == "q" else settings.api_max_param_chars
        if "\x00" in value or "\x00" in key:
            problems.append({"parameter": key, "problem": "contains a NUL character"})
        elif len(key) > settings.api_max_param_chars:
            problems.append({"parameter": key, "problem": f"its name is longer than {settings.api_max_param_chars} "
                                                          "characters"})
        elif len(value) > limit:
            problems.append({"parameter": key, "problem": f"longer than {limit} characters"})
        elif key == "offset" and value.strip().isdigit() and int(value) > settings.api_max_offset:
            problems.append({"parameter": key, "problem": f"greater than {settings.api_max_offset}"})
    if "\x00" in request.url.path:
        problems.append({"parameter": "path", "problem": "contains a NUL character"})
    return problems + undecodable(request) + repeated(request)


def undecodable(request: Request) -> list[dict]:
    """A problem for each query parameter (name or value) and for a path whose percent-escapes are not UTF-8
    (harden59b). Why: the server decoded them with replacement characters, so 'q=%ff%fe' was a search for '��' that
    answered 200 'no event matches', and '/api/events/%ff' a 404 for an id the client never sent: the bytes were
    lost without a word. UTF-8 is what a browser or curl escapes text as; other bytes are a client's mistake."""
    problems = []
    query = request.scope.get("query_string", b"").decode("latin-1")  # each byte one character: the bytes kept
    for key, value in parse_qsl(query, keep_blank_values=True, encoding="latin-1"):
        for part, what in ((key, "name"), (value, "value")):
            try:
                part.encode("latin-1").decode("utf-8")
            except UnicodeDecodeError:
                name = key.encode("latin-1").decode("utf-8", errors="replace")
                problems.append({"parameter": name, "problem": f"its {what} is not UTF-8 (percent-escaped bytes)"})
                break
    try:
        unquote_to_bytes(request.scope.get("raw_path") or b"").decode("utf-8")
    except UnicodeDecodeError:
        problems.append({"parameter": "path", "problem": "not UTF-8 (percent-escaped bytes)"})
    return problems


def repeated(request: Request) -> list[dict]:
    """A problem for each query parameter given more than once (harden59b). Why: the endpoint read one of them and
    dropped the other without a word ('limit=1&limit=2' listed two, 'q=a&q=b' searched 'b'); no parameter of this API
    takes a list, so a repeat is a client's mistake, like an unknown name."""
    counts = Counter(key for key, _ in request.query_params.multi_items())  # not `list.count` per name: n squared
    return [{"parameter": key, "problem": f"given {n} times; it takes one value"}
            for key, n in sorted(counts.items()) if n > 1]


def cut_name(name: str, limit: int) -> str:
    """`name` as a 422 lists it: at most `limit` characters, a longer one cut and its length said."""
    return name if len(name) <= limit else f"{name[:limit]}… ({len(name)} characters)"


def listed(problems: list[dict], settings: Settings) -> tuple[str, dict]:
    """(the names as the 422's message lists them, its detail): at most `api_max_listed_parameters` problems, then
    'and N more' (the detail's `more`), each name cut by `cut_name` (harden60). Why: the answer listed every name
    given, whole, twice (message and detail): ten thousand unknown names or one name of a megabyte made an answer
    as large as the request, built and sent for a client's mistake; the first few name the mistake as well."""
    shown = [{**p, "parameter": cut_name(p["parameter"], settings.api_max_listed_name_chars)}
             for p in problems[:settings.api_max_listed_parameters]]
    more = len(problems) - len(shown)
    names = ", ".join(p["parameter"] for p in shown) + (f" and {more} more" if more else "")
    return names, {"problems": shown, **({"more": more} if more else {})}


async def body_too_large(request: Request, limit: int) -> int | None:
    """The size of a body over `limit` bytes (as declared, or as read so far), else None. A declared length that is
    no number counts as over: the request cannot be framed honestly."""
    declared = request.headers.get("content-length")
    if declared is not None:
        size = int(declared) if declared.strip().isdigit() else limit + 1
        return size if size > limit else None
    if "chunked" not in request.headers.get("transfer-encoding", "").lower():
        return None
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return size
    return None


def install(app: FastAPI, bound_host: str, settings: Settings) -> None:
    """Add the checks and headers above to `app` (one middleware, outside every endpoint)."""

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if not host_allowed(request.headers.get("host"), bound_host):
            return error(421, "bad_host", "this server answers only to its own address (localhost)",
                         {"host": request.headers.get("host")})
        problems = parameter_problems(request, settings)
        if problems:
            names, detail = listed(problems, settings)
            return error(422, "bad_parameter", f"a parameter is not valid: {names}", detail)
        size = await body_too_large(request, settings.api_max_body_bytes)
        if size is not None:
            return error(413, "body_too_large", f"a request body over {settings.api_max_body_bytes} bytes is refused",
                         {"limit": settings.api_max_body_bytes, "size": size})
        try:
            response = await call_next(request)
        except Exception:  # noqa: BLE001 - logged here; the client gets the shape, not the internals
            LOG.exception("internal error on %s", request.url.path)
            return error(500, "internal_error", "internal error: the request could not be answered")
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

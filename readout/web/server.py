"""`readout serve`: the HTTP API and the web page, reading the database read-only.

Every error has one JSON shape: {"error": {"code", "message", "detail"}} (see readout.errors). Every
parameter is validated (a real calendar date, a known type, a three-letter code in any case) and an
unknown parameter is refused, so a typo is a 422 naming it rather than a silently unfiltered list.
The API docs at /docs are served from the Swagger UI files vendored in static/vendor: no CDN.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Annotated, Callable

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator
from starlette.exceptions import HTTPException as StarletteHTTPException

from readout.errors import NotFound, ReadoutError, StorageError
from readout.store import queries, search
from readout.settings import SETTINGS, Settings
from readout.store.connection import connect, open_checked
from readout.web import security

STATIC = Path(__file__).with_name("static")
TYPES = ("CONSULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "ASSAULT", "AGREE")


class Direct(JSONResponse):
    """A JSON response serialized straight from the query's dicts and lists. Why: returned as a plain
    value, FastAPI first walks it with its generic `jsonable_encoder` (about 40% of a 27 KB page's
    time); the queries return JSON types already (dates as ISO text), so `json.dumps` is enough. A
    `date` that slips through is written as ISO text, as the encoder would."""

    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                          default=iso_text).encode("utf-8")


def iso_text(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def error(status: int, code: str, message: str, detail: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "detail": detail or {}}}, status_code=status)


# --- parameter checks (a ValueError here is a 422 in the shared error shape) ------------------------
def calendar_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, and a real date: 2025-13-01 and 2025-02-30 are refused. Why
    ASCII (harden59b): full-width or Arabic-Indic digits passed `isdigit` and `int`, and the text itself was then
    compared with the stored ISO dates: '２０２５' matched nothing, a 200 'no event matches'."""
    if value is None:
        return None
    parts = value.split("-")
    if not (1 <= len(parts) <= 3 and len(parts[0]) == 4 and all(p.isascii() and p.isdigit() for p in parts)
            and all(len(p) == 2 for p in parts[1:])):
        raise ValueError("a date is YYYY, YYYY-MM or YYYY-MM-DD")
    numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
    try:
        date(*numbers)
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {exc}") from None
    return value


def upper(value: str | None) -> str | None:
    return value.upper() if value else value


def lower(value: str | None) -> str | None:
    return value.lower() if value else value


def blank_none(value: str | None) -> str | None:
    """A search text of white space only is no search (harden59b): 'q=' listed every event and 'q=%20' too, but two
    spaces matched no word and no name with two spaces in it, so the count hung on how many spaces were sent."""
    return value if value and value.strip() else None


DateParam = Annotated[str | None, AfterValidator(calendar_date)]
Q = Annotated[str | None, Query(max_length=200, description="Full text over the articles and the parties' names; "
                                "Korean is matched on morphemes, so 블링컨 finds 블링컨과"), AfterValidator(blank_none)]
PERSON = Annotated[str | None, Query(max_length=100, description="A person by any name in either script "
                                     "('Cho Tae-yul', '조태열', 'Blinken') or by id (per_…); see /api/suggest")]
COUNTRY = Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 3166 alpha-3 code of a party's "
                                      "country, any case (KOR, kor)"), AfterValidator(upper)]
TYPE = Annotated[str | None, Query(pattern="(?i)^(" + "|".join(TYPES) + ")$",
                                   description="PLOVER event type, any case: " + ", ".join(TYPES)), AfterValidator(upper)]
MODE = Annotated[str | None, Query(pattern="^[A-Za-z_-]{1,40}$", description="PLOVER mode of the type "
                                   "(visit, phone, summit, …)"), AfterValidator(lower)]
STATUS = Annotated[str | None, Query(pattern="(?i)^(occurred|planned|cancelled)$",
                                     description="occurred, planned or cancelled"), AfterValidator(lower)]
DATE_FROM = Annotated[DateParam, Query(description="Events on or after this date: YYYY, YYYY-MM or YYYY-MM-DD")]
DATE_TO = Annotated[DateParam, Query(description="Events on or before this date (a month or year includes all "
                                     "of it): YYYY, YYYY-MM or YYYY-MM-DD")]
PLACE = Annotated[str | None, Query(max_length=100, description="Where: a city in either script ('서울', 'Seoul') "
                                    "or a country name or code ('일본', 'JPN')")]
SORT = Annotated[str, Query(pattern="^(date|-date|sources)$", description="date (oldest first), -date (newest "
                            "first) or sources (most reported first)")]
LIMIT = Annotated[int, Query(ge=1, le=500, description="Items per page, 1 to 500")]
OFFSET = Annotated[int, Query(ge=0, description="Items to skip (paging)")]


def only(*allowed: str) -> Callable[[Request], None]:
    """A dependency refusing parameters the endpoint does not take ('persn=' is a typo, not a filter)."""
    def check(request: Request) -> None:
        unknown = sorted(set(request.query_params) - set(allowed))
        if unknown:
            raise RequestValidationError([{"loc": ("query", name), "msg": f"unknown parameter; this endpoint takes: "
                                           f"{', '.join(allowed) or 'none'}", "type": "unknown"} for name in unknown])
    return check


EVENT_FILTERS = ("q", "person", "country", "type", "mode", "status", "date_from", "date_to", "place")


def check_range(date_from: str | None, date_to: str | None) -> None:
    if date_from and date_to and date_from[:len(date_to)] > date_to:
        raise RequestValidationError([{"loc": ("query", "date_from"), "msg": "date_from is after date_to",
                                       "type": "range"}])


# --- the app ---------------------------------------------------------------------------------------
def create_app(db: str, host: str = "127.0.0.1", settings: Settings = SETTINGS) -> FastAPI:
    if not Path(db).exists():
        raise ReadoutError(f"no database at {db}: run `readout run` first")
    ready(db)
    app = FastAPI(title="readout", version="1", description="Diplomatic events from Korean and English news",
                  docs_url=None, redoc_url=None)
    security.install(app, host, settings)
    local = threading.local()

    def conn() -> sqlite3.Connection:
        if not hasattr(local, "conn"):
            local.conn = connect(db, readonly=True, settings=settings)
        return local.conn

    add_error_handlers(app, settings)
    add_event_routes(app, conn)
    add_people_and_place_routes(app, conn)
    add_page_routes(app)
    return app


def add_error_handlers(app: FastAPI, settings: Settings = SETTINGS) -> None:
    @app.exception_handler(ReadoutError)
    async def readout_error(_request: Request, exc: ReadoutError):
        status = 404 if isinstance(exc, NotFound) else 503 if isinstance(exc, StorageError) else 400
        return error(status, exc.code, exc.message, exc.detail)  # a database that fails is no fault of the request

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_request: Request, exc: RequestValidationError):
        problems = [{"parameter": ".".join(str(p) for p in e["loc"][1:]),
                     "problem": e["msg"].removeprefix("Value error, ")} for e in exc.errors()]
        names, detail = security.listed(problems, settings)
        return error(422, "bad_parameter", f"a parameter is not valid: {names}", detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        return error(exc.status_code, "not_found" if exc.status_code == 404 else "http_error", str(exc.detail))


def add_event_routes(app: FastAPI, conn: Callable[[], sqlite3.Connection]) -> None:
    @app.get("/api/events", summary="Events, filtered, sorted and paged; with the total count",
             dependencies=[Depends(only(*EVENT_FILTERS, "sort", "limit", "offset"))])
    def events(q: Q = None, person: PERSON = None, country: COUNTRY = None, type: TYPE = None, mode: MODE = None,
               status: STATUS = None, date_from: DATE_FROM = None, date_to: DATE_TO = None, place: PLACE = None,
               sort: SORT = "-date", limit: LIMIT = 50, offset: OFFSET = 0):
        """`notes` says which filter matched nothing; `resolved` what person and place names resolved to."""
        check_range(date_from, date_to)
        f = queries.EventFilter(q, person, country, type, mode, status, date_from, date_to, place, sort, limit, offset)
        return Direct(queries.list_events(conn(), f))

    @app.get("/api/timeline", summary="Events per month under the same filters as /api/events, every month shown",
             dependencies=[Depends(only(*EVENT_FILTERS))])
    def timeline(q: Q = None, person: PERSON = None, country: COUNTRY = None, type: TYPE = None, mode: MODE = None,
                 status: STATUS = None, date_from: DATE_FROM = None, date_to: DATE_TO = None, place: PLACE = None):
        check_range(date_from, date_to)
        f = queries.EventFilter(q, person, country, type, mode, status, date_from, date_to, place)
        return Direct({"months": queries.months(conn(), f)})

    @app.get("/api/events/{event_id}", summary="One event: every source with its title, outlet, link, date and "
             "evidence, grouped by language, and why the sources were merged", dependencies=[Depends(only())])
    def event(event_id: Annotated[str, PathParam(description="The event's id (ev_…), from a list")]):
        return Direct(queries.event_detail(conn(), event_id))

    @app.get("/api/stats", summary="Counts by month, type and country pair", dependencies=[Depends(only())])
    def stats():
        return Direct(queries.stats(conn()))


def add_people_and_place_routes(app: FastAPI, conn: Callable[[], sqlite3.Connection]) -> None:
    @app.get("/api/people", summary="People, most events first", dependencies=[Depends(only("q", "all", "limit",
                                                                                          "offset"))])
    def people(q: Annotated[str | None, Query(max_length=100, description="Any name or part of one, either "
                                              "script")] = None,
               all: Annotated[bool, Query(description="Also people without events (mentioned only)")] = False,
               limit: LIMIT = 50, offset: OFFSET = 0):
        return Direct(queries.list_people(conn(), q, limit, offset, with_events=not all))

    @app.get("/api/people/{person_id}", summary="A person: offices, names, events timeline, counterparts",
             dependencies=[Depends(only())])
    def person(person_id: Annotated[str, PathParam(description="The person's id (per_…), from a list or "
                                                   "/api/suggest")]):
        return Direct(queries.person_detail(conn(), person_id))

    @app.get("/api/places", summary="Places of events with their number of events: {total, items}",
             dependencies=[Depends(only("limit", "offset"))])
    def places(limit: Annotated[int, Query(ge=1, le=5000, description="Items per page, 1 to 5000")] = 500,
               offset: OFFSET = 0):
        return Direct(queries.map_points(conn(), limit, offset))

    @app.get("/api/suggest", summary="Name completion: people and places whose name in either script starts "
             "with what was typed", dependencies=[Depends(only("q", "kind", "limit"))])
    def suggest(q: Annotated[str, Query(min_length=1, max_length=100, description="What was typed so far")],
                kind: Annotated[str, Query(pattern="^(person|place|any)$", description="person, place or any")]
                = "any", limit: Annotated[int, Query(ge=1, le=50, description="Suggestions, 1 to 50")] = 10):
        items = []
        if kind in ("person", "any"):
            items += search.suggest_people(conn(), q, limit)
        if kind in ("place", "any"):
            items += search.suggest_places(conn(), q, limit)
        return Direct({"total": len(items[:limit]), "items": [s.to_json() for s in items[:limit]]})


DOCS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>readout API</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>"""


def add_page_routes(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return HTMLResponse(DOCS_PAGE)


def ready(db: str) -> None:
    """Before the first request: the database passes its integrity check (else exit 3, not a server
    that fails on every page), and the one Kiwi of this process is built, shared by every thread
    (built lazily, 20 concurrent first queries each built their own: 55 s and 6 GB)."""
    from readout.lang import query_terms  # cold start: the web server starts without the languages

    open_checked(db, readonly=True).close()
    query_terms("서울에서 회담했다")  # the first analysis also loads Kiwi's models: seconds, paid here


def server_config(app, host: str, port: int, settings: Settings = SETTINGS):
    """uvicorn's configuration of the server: its own error answers (a request that is no HTTP, headers too large,
    an app that failed) in the JSON error shape (`web/protocol.JsonErrorProtocol`, harden55), and a bound on the
    connections and requests it takes at once (`settings.api_limit_concurrency`, harden57). Why a bound: uvicorn has
    none by default, and every request holds a SQLite connection and a thread; a burst of clients made the server
    slow for all instead of answering the excess 503 at once, which a client can retry (`Retry-After`)."""
    import uvicorn  # cold start: uvicorn loads only to serve

    from readout.web.protocol import JsonErrorProtocol, JsonErrors  # (as above)

    return uvicorn.Config(JsonErrors(app), host=host, port=port, log_level="warning", http=JsonErrorProtocol,
                          limit_concurrency=settings.api_limit_concurrency or None)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, settings: Settings = SETTINGS) -> None:
    import uvicorn  # cold start: uvicorn loads only to serve

    app = create_app(db, host, settings)
    print(f"readout: serving {db} at http://{host}:{port}/ (API docs at http://{host}:{port}/docs); "
          f"Ctrl-C stops", flush=True)
    uvicorn.Server(server_config(app, host, port, settings)).run()

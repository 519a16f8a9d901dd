"""`readout serve`: the HTTP API and the web page, reading the database read-only.

Every error has one JSON shape: {"error": {"code", "message", "detail"}} (see readout.errors).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from readout.errors import NotFound, ReadoutError
from readout.store import queries
from readout.store.db import connect
from readout.web import security

STATIC = Path(__file__).with_name("static")
TYPES = "^(CONSULT|ACCUSE|REQUEST|REJECT|THREATEN|SANCTION|MOBILIZE|ASSAULT|AGREE)$"


def error(status: int, code: str, message: str, detail: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "detail": detail or {}}}, status_code=status)


def create_app(db: str, host: str = "127.0.0.1") -> FastAPI:
    if not Path(db).exists():
        raise ReadoutError(f"no database at {db}: run `readout run` first")
    ready(db)
    app = FastAPI(title="readout", version="1", description="Diplomatic events from Korean and English news")
    security.install(app, host)
    local = threading.local()

    def conn() -> sqlite3.Connection:
        if not hasattr(local, "conn"):
            local.conn = connect(db, readonly=True)
        return local.conn

    @app.exception_handler(ReadoutError)
    async def readout_error(_request: Request, exc: ReadoutError):
        return error(404 if isinstance(exc, NotFound) else 400, exc.code, exc.message, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_request: Request, exc: RequestValidationError):
        problems = [{"parameter": ".".join(str(p) for p in e["loc"][1:]), "problem": e["msg"]} for e in exc.errors()]
        return error(422, "bad_parameter", "a parameter is not valid", {"problems": problems})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        return error(exc.status_code, "not_found" if exc.status_code == 404 else "http_error", str(exc.detail))

    @app.get("/api/events", summary="Events, filtered, sorted and paged; with the total count")
    def events(q: str | None = None, person: str | None = None,
               country: str | None = Query(None, pattern="^[A-Z]{3}$"),
               type: str | None = Query(None, pattern=TYPES), mode: str | None = None,
               status: str | None = Query(None, pattern="^(occurred|planned|cancelled)$"),
               date_from: str | None = Query(None, pattern=r"^\d{4}(-\d{2}){0,2}$"),
               date_to: str | None = Query(None, pattern=r"^\d{4}(-\d{2}){0,2}$"),
               place: str | None = None, sort: str = Query("-date", pattern="^(date|-date|sources)$"),
               limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)):
        f = queries.EventFilter(q, person, country, type, mode, status, date_from, date_to, place, sort, limit, offset)
        return queries.list_events(conn(), f)

    @app.get("/api/events/{event_id}", summary="One event with every source and its evidence sentences")
    def event(event_id: str):
        return queries.event_detail(conn(), event_id)

    @app.get("/api/people", summary="People, most active first")
    def people(q: str | None = None, limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)):
        return queries.list_people(conn(), q, limit, offset)

    @app.get("/api/people/{person_id}", summary="A person: offices, names, events timeline, counterparts")
    def person(person_id: str):
        return queries.person_detail(conn(), person_id)

    @app.get("/api/stats", summary="Counts by month, type and country pair")
    def stats():
        return queries.stats(conn())

    @app.get("/api/places", summary="Meeting places with their number of events")
    def places(limit: int = Query(500, ge=1, le=5000)):
        return queries.map_points(conn(), limit)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html")

    return app


def ready(db: str) -> None:
    """Before the first request: the database passes its integrity check (else exit 3, not a server
    that fails on every page), and the one Kiwi of this process is built, shared by every thread
    (built lazily, 20 concurrent first queries each built their own: 55 s and 6 GB)."""
    from readout.lang.ko.sentences import kiwi
    from readout.store.db import open_checked

    open_checked(db, readonly=True).close()
    kiwi().tokenize("서울에서 회담했다")  # the first analysis also loads Kiwi's models: seconds, paid here


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db, host), host=host, port=port, log_level="warning")

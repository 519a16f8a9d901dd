"""Read-only queries over the database: what the HTTP API and the web page show.

All values reach SQL as parameters; filters use indexed columns (events.type/date/status,
event_parties.entity_id/country), so a filtered page costs the same with 100,000 events.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from readout.errors import NotFound, ReadoutError

SORTS = {"date": "e.date ASC, e.id ASC", "-date": "e.date DESC, e.id DESC", "sources": "e.n_sources DESC, e.id"}


@dataclass
class EventFilter:
    q: str | None = None
    person: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    sort: str = "-date"
    limit: int = 50
    offset: int = 0


def fts_query(q: str) -> str:
    """The full-text query: Korean words reduced to morphemes as the index stores them, each quoted."""
    from readout.kb.names import is_hangul

    terms = []
    for word in q.split():
        if is_hangul(word):
            from readout.lang.ko.sentences import kiwi

            terms += [t.form for t in kiwi().tokenize(word) if t.tag[0] in "NSV" or t.tag == "XR"]
        else:
            terms.append(word)
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms if t)


def contains(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, with `%`, `_` and the escape character taken literally
    (q=% must find names containing a percent sign, not every name)."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(f: EventFilter) -> tuple[str, list]:
    """SQL conditions and their parameters for the filters that are set (values never enter the SQL)."""
    conditions = [
        (f.type, "e.type = ?", [f.type]),
        (f.mode, "e.mode = ?", [f.mode]),
        (f.status, "e.status = ?", [f.status]),
        (f.date_from, "e.date >= ?", [f.date_from]),
        (f.date_to, "substr(e.date, 1, 10) <= ?", [f.date_to]),
        (f.place, "(e.place = ? OR e.place_country = ?)", [f.place, f.place]),
        (f.person, "e.id IN (SELECT event_id FROM event_parties WHERE entity_id = ?)", [f.person]),
        (f.country, "e.id IN (SELECT event_id FROM event_parties WHERE country = ?)", [f.country]),
        (f.q, "(e.id IN (SELECT de.event_id FROM doc_events de JOIN documents_fts ON documents_fts.doc_id ="
              " de.doc_id WHERE documents_fts MATCH ?) OR e.id IN (SELECT event_id FROM event_parties WHERE"
              " name LIKE ? ESCAPE '\\'))", [fts_query(f.q) or '""', contains(f.q)] if f.q else []),
    ]
    active = [(sql, args) for value, sql, args in conditions if value]
    return " AND ".join(["1 = 1", *(sql for sql, _ in active)]), [a for _, args in active for a in args]


def list_events(conn: sqlite3.Connection, f: EventFilter) -> dict:
    if f.sort not in SORTS:
        raise ReadoutError(f"unknown sort {f.sort!r}", detail={"allowed": sorted(SORTS)})
    clause, args = where(f)
    total = conn.execute(f"SELECT count(*) FROM events e WHERE {clause}", args).fetchone()[0]
    rows = conn.execute(f"SELECT e.record FROM events e WHERE {clause} ORDER BY {SORTS[f.sort]} LIMIT ? OFFSET ?",
                        [*args, f.limit, f.offset]).fetchall()
    return {"total": total, "limit": f.limit, "offset": f.offset, "items": [summary(json.loads(r[0])) for r in rows]}


def summary(record: dict) -> dict:
    """An event without its evidence texts: what a list shows."""
    return {k: v for k, v in record.items() if k != "sources"} | {
        "n_sources": record.get("n_sources", len(record["sources"])),
        "languages": sorted({s["lang"] for s in record["sources"]}),
        "docs": [s["doc"] for s in record["sources"]]}


def event_detail(conn: sqlite3.Connection, event_id: str) -> dict:
    row = conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(f"no event {event_id!r}", detail={"id": event_id})
    record = json.loads(row[0])
    by_lang: dict[str, list] = {}
    for source in record["sources"]:
        source["evidence_texts"] = evidence_texts(conn, source)
        by_lang.setdefault(source["lang"], []).append(source)
    record["sources_by_lang"] = by_lang
    return record


def evidence_texts(conn: sqlite3.Connection, source: dict) -> list[dict]:
    """Each evidence sentence with the paragraph around it, and where in that paragraph it stands."""
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (source["doc"],)).fetchone()
    if row is None:
        return []
    text = row[0]
    out = []
    for ev in source.get("evidence") or [{"start": source["start"], "end": source["end"]}]:
        lo = text.rfind("\n", 0, ev["start"]) + 1
        hi = text.find("\n", ev["end"])
        hi = len(text) if hi < 0 else hi
        out.append({"start": ev["start"], "end": ev["end"], "context": text[lo:hi],
                    "highlight": [ev["start"] - lo, ev["end"] - lo]})
    return out


def list_people(conn: sqlite3.Connection, q: str | None, limit: int, offset: int) -> dict:
    clause, args = ("WHERE name LIKE ? ESCAPE '\\' OR names LIKE ? ESCAPE '\\'", [contains(q), contains(q)]) \
        if q else ("", [])
    total = conn.execute(f"SELECT count(*) FROM persons {clause}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT p.*, (SELECT count(DISTINCT event_id) FROM event_parties ep WHERE ep.entity_id = p.id) AS n_events"
        f" FROM persons p {clause} ORDER BY n_events DESC, name LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [person_row(r) for r in rows]}


def person_row(r: sqlite3.Row) -> dict:
    out = {k: r[k] for k in r.keys()}
    out["names"] = json.loads(out["names"])
    return out


def person_detail(conn: sqlite3.Connection, person_id: str) -> dict:
    from readout.kb.loader import kb

    row = conn.execute("SELECT p.*, 0 AS n_events FROM persons p WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(f"no person {person_id!r}", detail={"id": person_id})
    person = person_row(row)
    entry = kb().persons.get(person_id)
    person["offices"] = [{"office": kb().offices[t.office].name, "from": t.from_.isoformat(),
                          "to": t.to.isoformat() if t.to else None} for t in entry.offices] if entry else []
    events = [summary(json.loads(r[0])) for r in conn.execute(
        "SELECT e.record FROM events e WHERE e.id IN (SELECT event_id FROM event_parties WHERE entity_id = ?)"
        " ORDER BY e.date", (person_id,))]
    person["events"] = events
    person["n_events"] = len(events)
    person["counterparts"] = [{"id": r[0], "name": r[1], "country": r[2], "meetings": r[3]} for r in conn.execute(
        "SELECT o.entity_id, o.name, o.country, count(DISTINCT o.event_id) FROM event_parties me"
        " JOIN event_parties o ON o.event_id = me.event_id AND o.entity_id != me.entity_id"
        " JOIN events e ON e.id = me.event_id"
        " WHERE me.entity_id = ? AND e.type = 'CONSULT' AND o.kind = 'person'"
        " GROUP BY o.entity_id ORDER BY 4 DESC", (person_id,))]
    return person


def stats(conn: sqlite3.Connection) -> dict:
    return {
        "by_month": [{"month": r[0], "events": r[1]} for r in conn.execute(
            "SELECT substr(date, 1, 7), count(*) FROM events WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1")],
        "by_type": [{"type": r[0], "events": r[1]} for r in conn.execute(
            "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC")],
        "by_country_pair": [{"pair": [r[0], r[1]], "events": r[2]} for r in conn.execute(
            "SELECT a.country, b.country, count(DISTINCT a.event_id) FROM event_parties a JOIN event_parties b"
            " ON a.event_id = b.event_id AND a.country < b.country GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 50")],
        "totals": {"events": conn.execute("SELECT count(*) FROM events").fetchone()[0],
                   "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0]},
    }


def map_points(conn: sqlite3.Connection, limit: int = 2000) -> list[dict]:
    """Meeting places with their number of events, for the map."""
    out: dict[tuple, dict] = {}
    for (record,) in conn.execute("SELECT record FROM events WHERE place IS NOT NULL ORDER BY date DESC LIMIT ?",
                                  (limit * 5,)):
        loc = json.loads(record)["location"]
        if loc and loc.get("lat") is not None:
            key = (loc["name"], loc.get("country"))
            point = out.setdefault(key, {"name": loc["name"], "country": loc.get("country"), "lat": loc["lat"],
                                         "lon": loc["lon"], "events": 0})
            point["events"] += 1
    return sorted(out.values(), key=lambda p: -p["events"])[:limit]

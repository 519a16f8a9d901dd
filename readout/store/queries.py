"""Read-only queries over the database: what the HTTP API and the web page show.

All values reach SQL as parameters; filters use indexed columns (events.type/date/status,
event_parties.entity_id/country), so a filtered page costs the same with 100,000 events.
"""
from __future__ import annotations

from urllib.parse import urlsplit
import json
import sqlite3
from dataclasses import dataclass

from readout.errors import NotFound, ReadoutError
from readout.store.lean import full_event

SORTS = {"date": "e.date ASC, e.id ASC", "-date": "e.date DESC, e.id DESC", "sources": "e.n_sources DESC, e.id"}


@dataclass
class EventFilter:
    """The events list's filters. `person` and `place` are what the user typed; `person_ids` and
    `place_keys` are what they resolved to (see readout.store.search), filled by `resolve`."""

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
    person_ids: list[str] | None = None
    place_keys: list[str] | None = None

    def resolve(self, conn: sqlite3.Connection) -> list[dict]:
        """Turn typed names into ids; a note for each filter that names nothing we know."""
        # cold start: the web server starts without the name search
        from readout.store import search

        notes = []
        if self.person:
            self.person_ids = search.person_ids(conn, self.person)
            if not self.person_ids:
                notes.append({"parameter": "person", "value": self.person,
                              "message": f"no person is known by the name {self.person!r}"})
        if self.place:
            self.place_keys = search.place_keys(conn, self.place)
        return notes


def fts_query(q: str) -> str:
    """The full-text query: Korean words reduced to morphemes as the index stores them, each quoted."""
    # cold start: the web server starts without the language modules
    from readout.lang import query_terms

    return " ".join('"' + t.replace('"', '""') + '"' for t in query_terms(q) if t)


def contains(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, with `%`, `_` and the escape character taken literally
    (q=% must find names containing a percent sign, not every name)."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(f: EventFilter) -> tuple[str, list]:
    """SQL conditions and their parameters for the filters that are set (values never enter the SQL)."""
    people = (f.person_ids if f.person_ids is not None else [f.person]) or [""]  # [""]: matches nothing
    places = f.place_keys if f.place_keys is not None else [f.place]
    conditions = [
        (f.type, "e.type = ?", [f.type]),
        (f.mode, "e.mode = ?", [f.mode]),
        (f.status, "e.status = ?", [f.status]),
        (f.date_from, "e.date >= ?", [f.date_from]),
        (f.date_to, "substr(e.date, 1, length(?)) <= ?", [f.date_to, f.date_to]),
        (f.place, f"(e.place IN ({marks(places)}) OR e.place_country IN ({marks(places)}))", [*places, *places]),
        (f.person, f"e.id IN (SELECT event_id FROM event_parties WHERE entity_id IN ({marks(people)}))", people),
        (f.country, "e.id IN (SELECT event_id FROM event_parties WHERE country = ?)", [f.country]),
        (f.q, "(e.id IN (SELECT de.event_id FROM document_terms JOIN documents d ON d.terms_rowid ="
              " document_terms.rowid JOIN doc_events de ON de.doc_id = d.id WHERE document_terms MATCH ?)"
              " OR e.id IN (SELECT event_id FROM event_parties WHERE name LIKE ? ESCAPE '\\'))", [fts_query(f.q) or '""', contains(f.q)] if f.q else []),
    ]
    active = [(sql, args) for value, sql, args in conditions if value]
    return " AND ".join(["1 = 1", *(sql for sql, _ in active)]), [a for _, args in active for a in args]


def marks(values: list) -> str:
    return ",".join("?" * max(1, len(values)))


def list_events(conn: sqlite3.Connection, f: EventFilter) -> dict:
    """One page of events with the total, and a note for each filter that matched nothing."""
    if f.sort not in SORTS:
        raise ReadoutError(f"unknown sort {f.sort!r}", detail={"allowed": sorted(SORTS)})
    notes = f.resolve(conn)
    clause, args = where(f)
    total = conn.execute(f"SELECT count(*) FROM events e WHERE {clause}", args).fetchone()[0]
    rows = conn.execute(f"SELECT e.record FROM events e WHERE {clause} ORDER BY {SORTS[f.sort]} LIMIT ? OFFSET ?",
                        [*args, f.limit, f.offset]).fetchall()
    records = [full_event(conn, r[0]) for r in rows]
    docs = documents(conn, {s["doc"] for r in records for s in r["sources"]})
    if total == 0 and not notes:
        notes.append({"parameter": None, "value": None, "message": "no event matches these filters"
                      + known_as(conn, f)})
    return {"total": total, "limit": f.limit, "offset": f.offset, "notes": notes,
            "resolved": {"person": f.person_ids, "person_names": person_names(conn, f.person_ids or []),
                         "place": f.place_keys},
            "items": [summary(r, docs) for r in records]}


def known_as(conn: sqlite3.Connection, f: EventFilter) -> str:
    """' (person 조태열 is Cho Tae-yul)': so an empty result does not read as a name we failed to find."""
    if not f.person_ids or f.person in f.person_ids:
        return ""
    return f" (person {f.person!r} is {' or '.join(person_names(conn, f.person_ids))})"


def person_names(conn: sqlite3.Connection, ids: list[str]) -> list[str]:
    """Display names of person ids: the database's, else the knowledge base's, else the id."""
    # cold start: the web server starts without the knowledge base
    from readout.kb.loader import kb

    names = []
    for pid in ids:
        row = conn.execute("SELECT name FROM persons WHERE id = ?", (pid,)).fetchone()
        entry = kb().persons.get(pid)
        names.append(row[0] if row else entry.name if entry else pid)
    return names


def documents(conn: sqlite3.Connection, ids: set[str]) -> dict[str, dict]:
    """Title, outlet, URL and publication date of the given documents, in one query."""
    if not ids:
        return {}
    rows = conn.execute(f"SELECT id, title, source, url, published FROM documents WHERE id IN ({marks(list(ids))})",
                        sorted(ids))
    return {r[0]: {"title": r[1], "outlet": r[2] or host(r[3]), "url": r[3], "published": r[4]} for r in rows}


def host(url: str | None) -> str | None:
    """The outlet of a document without a source name: its web host ("www.example.com" -> "example.com")."""

    if not url:
        return None
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.") or None


def summary(record: dict, docs: dict[str, dict] | None = None) -> dict:
    """An event without its evidence texts: what a list shows, with the first headline and evidence."""
    docs = docs or {}
    by_lang: dict[str, int] = {}
    for s in record["sources"]:
        by_lang[s["lang"]] = by_lang.get(s["lang"], 0) + 1
    headline = next((docs[s["doc"]]["title"] for s in record["sources"] if docs.get(s["doc"], {}).get("title")), None)
    evidence = next((s["text"] for s in record["sources"] if s.get("text")), None)
    return {k: v for k, v in record.items() if k != "sources"} | {
        "n_sources": record.get("n_sources", len(record["sources"])),
        "languages": sorted(by_lang), "sources_by_language": by_lang,
        "headline": headline, "evidence": evidence,
        "docs": [s["doc"] for s in record["sources"]]}


def event_detail(conn: sqlite3.Connection, event_id: str) -> dict:
    """An event with every source (title, outlet, link, date, its evidence passages once), grouped by
    language, and why its sources were merged."""
    # cold start: the web server starts without the merge explainer
    from readout.store.explain import merge_explanation

    row = conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(f"no event {event_id!r}", detail={"id": event_id})
    record = full_event(conn, row[0])
    docs = documents(conn, {s["doc"] for s in record["sources"]})
    by_lang: dict[str, list] = {}
    for source in record["sources"]:
        meta = docs.get(source["doc"], {})
        source.update({k: source.get(k) or meta.get(k) for k in ("title", "outlet", "url", "published")})
        source["passages"] = passages(conn, source)
        by_lang.setdefault(source["lang"], []).append(source)
    record["sources_by_lang"] = by_lang
    record["merge"] = merge_explanation(conn, event_id)
    return record


def passages(conn: sqlite3.Connection, source: dict) -> list[dict]:
    """Each paragraph that holds evidence, once, with every evidence sentence in it highlighted.
    (Two evidence sentences of one paragraph used to print the paragraph twice.)"""
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (source["doc"],)).fetchone()
    if row is None:
        return []
    text = row[0]
    spans = source.get("evidence") or ([{"start": source["start"], "end": source["end"]}]
                                       if source.get("start") is not None else [])
    out: dict[tuple[int, int], dict] = {}
    for ev in sorted(spans, key=lambda e: e["start"]):
        lo = text.rfind("\n", 0, ev["start"]) + 1
        hi = text.find("\n", ev["end"])
        hi = len(text) if hi < 0 else hi
        passage = out.setdefault((lo, hi), {"start": lo, "end": hi, "context": text[lo:hi], "highlights": []})
        mark = [ev["start"] - lo, ev["end"] - lo]
        if mark not in passage["highlights"]:
            passage["highlights"].append(mark)
    return list(out.values())


def clean_names(name: str, names: list | None) -> list[str]:
    """Other names of a person: no empty strings, no "null", no repeat of the main name."""
    seen = {name}
    out = []
    for n in names or []:
        if isinstance(n, str) and n.strip() and n.strip().lower() not in ("null", "none") and n not in seen:
            seen.add(n)
            out.append(n.strip())
    return out


def person_row(r: sqlite3.Row) -> dict:
    out = {k: r[k] for k in r.keys()}
    out["names"] = clean_names(out["name"], json.loads(out["names"] or "[]"))
    return {k: v for k, v in out.items() if v is not None}


def list_people(conn: sqlite3.Connection, q: str | None, limit: int, offset: int, with_events: bool = True) -> dict:
    """People, most events first. `q` matches any name in either script (as the events filter does, and
    as a part of a name); without events only when `with_events` is False."""
    # cold start: the web server starts without the name search
    from readout.store import search

    conditions, args = [], []
    if q:
        ids = search.person_ids(conn, q)
        conditions.append(f"(p.name LIKE ? ESCAPE '\\' OR p.names LIKE ? ESCAPE '\\' OR p.id IN ({marks(ids)}))")
        args += [contains(q), contains(q), *(ids or [""])]
    if with_events:
        conditions.append("n_events > 0")
    clause = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    base = ("SELECT p.*, (SELECT count(DISTINCT event_id) FROM event_parties ep WHERE ep.entity_id = p.id)"
            " AS n_events FROM persons p")
    total = conn.execute(f"SELECT count(*) FROM ({base}) p {clause}", args).fetchone()[0]
    rows = conn.execute(f"SELECT * FROM ({base}) p {clause} ORDER BY n_events DESC, name LIMIT ? OFFSET ?",
                        [*args, limit, offset]).fetchall()
    notes = [] if total or not q else [{"parameter": "q", "value": q, "message": f"no person matches {q!r}"}]
    return {"total": total, "limit": limit, "offset": offset, "notes": notes, "items": [person_row(r) for r in rows]}


def person_detail(conn: sqlite3.Connection, person_id: str) -> dict:
    # cold start: the web server starts without the knowledge base
    from readout.kb.loader import kb

    row = conn.execute("SELECT p.*, 0 AS n_events FROM persons p WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(f"no person {person_id!r}", detail={"id": person_id})
    person = person_row(row)
    entry = kb().persons.get(person_id)
    person["offices"] = [{"office": kb().offices[t.office].name, "from": t.from_.isoformat(),
                          "to": t.to.isoformat() if t.to else None} for t in entry.offices] if entry else []
    records = [full_event(conn, r[0]) for r in conn.execute(
        "SELECT e.record FROM events e WHERE e.id IN (SELECT event_id FROM event_parties WHERE entity_id = ?)"
        " ORDER BY e.date", (person_id,))]
    docs = documents(conn, {s["doc"] for r in records for s in r["sources"]})
    person["events"] = [summary(r, docs) for r in records]
    person["n_events"] = len(records)
    person["counterparts"] = [{"id": r[0], "name": r[1], "country": r[2], "meetings": r[3]} for r in conn.execute(
        "SELECT o.entity_id, o.name, o.country, count(DISTINCT o.event_id) FROM event_parties me"
        " JOIN event_parties o ON o.event_id = me.event_id AND o.entity_id != me.entity_id"
        " JOIN events e ON e.id = me.event_id"
        " WHERE me.entity_id = ? AND e.type = 'CONSULT' AND o.kind = 'person'"
        " GROUP BY o.entity_id ORDER BY 4 DESC", (person_id,))]
    return person


def stats(conn: sqlite3.Connection) -> dict:
    return {
        "by_month": months(conn, EventFilter()),
        "by_type": [{"type": r[0], "events": r[1]} for r in conn.execute(
            "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC")],
        "by_country_pair": [{"pair": [r[0], r[1]], "events": r[2]} for r in conn.execute(
            "SELECT a.country, b.country, count(DISTINCT a.event_id) FROM event_parties a JOIN event_parties b"
            " ON a.event_id = b.event_id AND a.country < b.country GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 50")],
        "totals": {"events": conn.execute("SELECT count(*) FROM events").fetchone()[0],
                   "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0]},
    }


def months(conn: sqlite3.Connection, f: EventFilter) -> list[dict]:
    """Events per month under the filters, every month from the first to the last (empty ones as 0),
    so that a gap in the news shows as a gap on the timeline."""
    if f.person_ids is None and f.place_keys is None:
        f.resolve(conn)
    clause, args = where(f)
    counts = dict(conn.execute(f"SELECT substr(e.date, 1, 7), count(*) FROM events e WHERE e.date IS NOT NULL"
                               f" AND length(e.date) >= 7 AND {clause} GROUP BY 1", args).fetchall())
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append({"month": key, "events": counts.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def map_points(conn: sqlite3.Connection, limit: int = 2000, offset: int = 0) -> dict:
    """Places of events with their number of events and their names in both scripts, for the map."""
    # cold start: the web server starts without the gazetteer
    from readout.kb.geo import lookup_city

    rows = conn.execute(
        "SELECT json_extract(record, '$.location.name') AS name, json_extract(record, '$.location.country'),"
        " json_extract(record, '$.location.lat') AS lat, json_extract(record, '$.location.lon'), count(*)"
        " FROM events WHERE place IS NOT NULL GROUP BY 1, 2 HAVING lat IS NOT NULL")
    out = []
    for name, country, lat, lon, n in rows:
        city = lookup_city(name)
        out.append({"name": name, "names": [x for x in (city.names if city else ()) if x != name],
                    "country": country, "lat": lat, "lon": lon, "events": n})
    items = sorted(out, key=lambda p: (-p["events"], p["name"]))
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}

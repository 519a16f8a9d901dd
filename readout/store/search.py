"""Names to ids for the API's filters and the page's name completion.

An analyst types "Cho Tae-yul", "조태열", "Blinken" or "서울", not `per_cho-tae-yul`. Person names go
through the same resolver as extraction (KB aliases in both scripts, variant spellings, surname
tokens), then through what the database learned (names stored with each person, learned aliases),
so the filter finds exactly the people whom extraction would have linked to that name. Places go
through the gazetteer (Hangul and English city names, country names and codes).
"""
from __future__ import annotations


import json
import sqlite3
from dataclasses import dataclass, field

from readout import budget
from readout.kb.names import is_hangul, normalize


@budget.table()
def kb_resolver():
    """The extraction resolver over the data files (the database's learned aliases are queried
    directly below), built once per process: it never changes."""
    # cold start: the web server starts without the knowledge base
    from readout.kb.knowledge import Knowledge

    return Knowledge.load().resolver


def person_ids(conn: sqlite3.Connection, text: str) -> list[str]:
    """Ids of the people that `text` names: an id as is, else every resolver and database match."""
    text = text.strip()
    if conn.execute("SELECT 1 FROM persons WHERE id = ? UNION ALL SELECT 1 FROM event_parties WHERE entity_id = ?"
                    " LIMIT 1", (text, text)).fetchone():
        return [text]  # an id (both indexed look-ups)
    r = kb_resolver()
    ids: set[str] = set()
    for found, _reason in r.candidates(text):
        ids |= found
    if not ids and " " not in text:  # one token: a surname or given name ("Blinken", "블링컨")
        ids |= r.token.get(text if is_hangul(text) else text.lower(), set())
    ids |= {row[0] for row in conn.execute("SELECT person_id FROM aliases WHERE form = ?", (normalize(text),))}
    ids |= {row[0] for row in conn.execute(
        "SELECT p.id FROM persons p WHERE lower(p.name) = lower(?)"
        " OR EXISTS (SELECT 1 FROM json_each(p.names) WHERE lower(value) = lower(?))", (text, text))}
    return sorted(ids)


def place_keys(conn: sqlite3.Connection, text: str) -> list[str]:
    """What `events.place` / `events.place_country` hold for a place name in either script:
    '서울' -> 'Seoul', '일본' -> 'JPN', 'jpn' -> 'JPN'."""
    # cold start: the web server starts without the gazetteer
    from readout.kb.geo import all_country_codes, country_index, lookup_city

    text = text.strip()
    keys: set[str] = set()
    city = lookup_city(text)
    if city:
        keys.add(city.name)
    code = country_index().get(text)
    if code:
        keys.add(code)
    if len(text) == 3 and text.upper() in all_country_codes():
        keys.add(text.upper())
    keys |= {r[0] for r in conn.execute("SELECT DISTINCT place FROM events WHERE lower(place) = lower(?)", (text,))}
    return sorted(keys) or [text]


@dataclass
class Suggestion:
    kind: str  # person | place
    id: str  # what the filter takes: a person id, or a place name
    label: str
    names: list[str] = field(default_factory=list)
    country: str | None = None
    events: int = 0

    def to_json(self) -> dict:
        return {"kind": self.kind, "id": self.id, "label": self.label, "names": self.names,
                "country": self.country, "events": self.events}


def suggest_people(conn: sqlite3.Connection, prefix: str, limit: int) -> list[Suggestion]:
    """People with events whose name, or any other name, starts with `prefix` (or a word of it does)."""
    folded = prefix.strip().lower()
    exact = set(person_ids(conn, prefix)) if folded else set()
    out = []
    for pid, name, names, country, n in conn.execute(
            "SELECT p.id, p.name, p.names, p.country, count(DISTINCT ep.event_id) FROM persons p"
            " JOIN event_parties ep ON ep.entity_id = p.id GROUP BY p.id ORDER BY 5 DESC, p.name"):
        forms = [f for f in [name, *json.loads(names or "[]")] if f]
        if pid in exact or any(starts(f, folded) for f in forms):
            out.append(Suggestion("person", pid, name, [f for f in forms if f != name], country, n))
        if len(out) >= limit:
            break
    return out


def suggest_places(conn: sqlite3.Connection, prefix: str, limit: int) -> list[Suggestion]:
    """Places that events happened in whose English or Hangul name starts with `prefix`."""
    # cold start: the web server starts without the gazetteer
    from readout.kb.geo import lookup_city

    folded = prefix.strip().lower()
    out = []
    for place, country, n in conn.execute(
            "SELECT place, place_country, count(*) FROM events WHERE place IS NOT NULL GROUP BY 1, 2"
            " ORDER BY 3 DESC, 1"):
        city = lookup_city(place)
        forms = list(dict.fromkeys([place, *(city.names if city else ())]))
        if any(starts(f, folded) for f in forms):
            out.append(Suggestion("place", place, place, [f for f in forms if f != place], country, n))
        if len(out) >= limit:
            break
    return out


def starts(form: str, folded: str) -> bool:
    """Whether the name or one of its words starts with the typed text ('blin' -> 'Antony Blinken')."""
    low = form.lower()
    return low.startswith(folded) or any(w.startswith(folded) for w in low.split())

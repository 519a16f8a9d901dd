"""World leaders by name (leaders_world.yaml, from the Phoenix country dictionary, about 1945-2015): the
country of a titled name that the knowledge base does not know ("President Abdelaziz Bouteflika",
"President Bush" in a 2003 story).

Why a separate, lazily loaded table: it has 18,000 rows, which readout needs only when a title comes
with an unknown name; the curated persons.yaml (tenures, sources, Hangul forms) wins wherever it knows a
person. Look-ups are dictionary hits on folded names: a full name (main or other spelling) in any
context, a surname only where the dictionary lists it as a form of that person and a title comes with it.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from readout.kb.schema import SECTORS, LeadersFile

PUNCT_RE = re.compile(r"[\s\-‐]+")


def key(name: str) -> str:
    """One key for the spellings of a name: accents, case, dots and hyphens do not count
    ('Ban Ki-moon' = 'BAN KI MOON', 'José' = 'Jose')."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return PUNCT_RE.sub(" ", plain.replace(".", "").replace("'", "").replace("’", "")).strip()


@dataclass(frozen=True)
class Role:
    code: str
    sector: str
    start: date | None
    end: date | None

    def covers(self, day: date | None) -> bool:
        return day is None or ((self.start is None or self.start <= day) and (self.end is None or day <= self.end))


def parse_role(text: str) -> Role:
    code, sector, span = text.split()
    start, end = span.split("..")
    return Role(code, sector if sector in SECTORS else "GOV", date.fromisoformat(start) if start else None,
                date.fromisoformat(end) if end else None)


@functools.lru_cache(maxsize=1)
def index() -> tuple[dict[str, list[tuple[Role, ...]]], dict[str, list[tuple[Role, ...]]]]:
    """(full name -> people's roles, listed surname -> people's roles), names folded."""
    from readout.kb.loader import parse

    full: dict[str, list[tuple[Role, ...]]] = {}
    surnames: dict[str, list[tuple[Role, ...]]] = {}
    for row in parse("leaders_world.yaml", LeadersFile).rows:
        main, others, short, roles = row.split("|")
        person = tuple(parse_role(r) for r in roles.split(";"))
        for name in [main, *filter(None, others.split(";"))]:
            full.setdefault(key(name), []).append(person)
        for name in filter(None, short.split(";")):
            surnames.setdefault(key(name), []).append(person)
    return full, surnames


def role_on(person: tuple[Role, ...], day: date | None) -> Role:
    """The role in force on the day (an office before an elite role), else the latest office."""
    ranked = sorted(person, key=lambda r: (r.sector == "ELI", -(r.start or date.min).toordinal()))
    return next((r for r in ranked if r.covers(day) and r.start), None) or ranked[0]


def leader(surface: str, day: date | None, titled: bool) -> tuple[str, str] | None:
    """(country code, sector) of the person `surface` names, when every person of that name agrees on the
    country; None for an unknown or ambiguous name."""
    full, surnames = index()
    people = full.get(key(surface)) or (surnames.get(key(surface)) if titled else None)
    if not people:
        return None
    roles = [role_on(p, day) for p in people]
    if len({r.code for r in roles}) != 1:
        return None
    return roles[0].code, roles[0].sector


def check(known: set[str]) -> int:
    """`readout kb check`: the table parses and every role's code is a known country or body; the row count."""
    from readout.errors import DataFileError

    full, _surnames = index()
    for people in full.values():
        for person in people:
            for role in person:
                if role.code not in known:
                    raise DataFileError(f"unknown country code {role.code}", doc="leaders_world.yaml")
    return len({id(p) for people in full.values() for p in people})

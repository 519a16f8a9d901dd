"""Heads of state and government by bare surname on a date: "Putin said", "Erdogan's remarks",
"Xi condemned" name the one head in office that day whose surname it is.

Sources: the curated persons.yaml (tenures in the offices listed under `heads` in offices.yaml) and the
surnames the Phoenix country dictionary lists as forms of a leader (leaders_world.yaml, third column),
for people with a government role covering the date. A surname two heads share on the date names
neither (None): the reader then needs a title or a full name.

Which word is the surname: the family name as English news writes it alone, the last word of a
given-name-first name (Vladimir Putin, Shigeru Ishiba) and the first word of a Chinese or Korean name
(Xi Jinping, Yoon Suk Yeol).
"""
from __future__ import annotations

import functools
import re
from datetime import date

from readout.kb.leaders import index as world_index, key, parse_role
from readout.kb.entries import PersonEntry

FAMILY_FIRST = ("zh", "ko")  # persons.yaml origins whose roman name starts with the family name


ARTICLE_RE = re.compile(r"^(?:al|el|as|ash|ad|an|ar|at|az)-(?=\w)", re.IGNORECASE)


def surname(p: PersonEntry) -> str:
    words = p.name.split()
    return words[0] if p.origin in FAMILY_FIRST else words[-1]


def surname_keys(p: PersonEntry) -> list[str]:
    """The keys a head's surname is written by: as in the name, and without an Arabic article joined to it
    ('Bashar al-Assad' -> 'al-Assad' and 'Assad'; 'Abdel Fattah el-Sisi' -> 'Sisi'): English news writes
    the bare name after a first mention ('Assad said', 'the Assad government')."""
    name = surname(p)
    bare = ARTICLE_RE.sub("", name)
    return list(dict.fromkeys([key(name), key(bare)]))


@functools.lru_cache(maxsize=1)
def head_offices() -> frozenset[str]:
    """The offices of heads of state and government (offices.yaml `heads`): a bare surname names one of
    their holders, and a head's counterpart in another state is that state's leader, whatever its title."""
    from readout.kb.loader import parse

    return frozenset(parse("offices.yaml", "OfficesFile").heads)


@functools.lru_cache(maxsize=1)
def kb_heads() -> dict[str, list[PersonEntry]]:
    """Surname key -> the persons.yaml people who held a head-of-state or -government office."""
    from readout.kb.loader import kb

    heads = head_offices()
    out: dict[str, list[PersonEntry]] = {}
    for p in kb().persons.values():
        if len(p.name.split()) > 1 and any(t.office in heads for t in p.offices):
            for k in surname_keys(p):
                out.setdefault(k, []).append(p)
    return out


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Every surname key a head may be named by (for the finders' patterns; the date decides later)."""
    return frozenset(kb_heads()) | frozenset(world_index()[1])


def head_on(name: str, day: date | None, heads: set[str]) -> tuple[PersonEntry | None, str | None]:
    """(persons.yaml person, None) or (None, country code) of the one head named `name` on `day`;
    (None, None) when no one or more than one fits. The curated file wins over the world table."""
    k = key(name)
    curated = [p for p in kb_heads().get(k, []) if any(t.office in heads and t.covers(day) for t in p.offices)]
    if curated:
        return (curated[0], None) if len(curated) == 1 else (None, None)
    if day is None:
        return None, None
    codes = set()
    for roles in world_index()[1].get(k, []):
        for role in map(parse_role, roles.split(";")):
            if role.sector == "GOV" and role.start and role.covers(day):
                codes.add(role.code)
    return (None, codes.pop()) if len(codes) == 1 else (None, None)

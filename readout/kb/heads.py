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

import re
from datetime import date

from readout import budget
from readout.cache import disk_cached
from readout.kb.leaders import index as world_index, key, parse_role
from readout.kb.entries import PersonEntry
from readout.kb.loader import kb, lexicon, parse

FAMILY_FIRST = ("zh", "ko")  # persons.yaml origins whose roman name starts with the family name


ARTICLE_RE = re.compile(r"^(?:al|el|as|ash|ad|an|ar|at|az)-(?=\w)", re.IGNORECASE)


def surname(p: PersonEntry) -> str:
    words = p.name.split()
    return words[0] if p.origin in FAMILY_FIRST else words[-1]


def surname_keys(p: PersonEntry) -> list[str]:
    """The keys a head's surname is written by: as in the name, and without an Arabic article joined to it
    ('Bashar al-Assad' -> 'al-Assad' and 'Assad'; 'Abdel Fattah el-Sisi' -> 'Sisi'): English news writes
    the bare name after a first mention ('Assad said', 'the Assad government'); and the surname of each
    full Latin variant ('Volodymyr Zelenskyy' -> 'Zelenskyy': another transliteration of the same name)."""
    first = p.origin in FAMILY_FIRST
    names = [surname(p)] + [words[0] if first else words[-1] for words in (v.split() for v in p.variants)
                            if len(words) > 1]
    keys = [k for n in names for k in (key(n), key(ARTICLE_RE.sub("", n)))]
    return list(dict.fromkeys(keys))


@budget.table()
def head_offices() -> frozenset[str]:
    """The offices of heads of state and government (offices.yaml `heads`): a bare surname names one of
    their holders, and a head's counterpart in another state is that state's leader, whatever its title."""
    return frozenset(parse("offices.yaml", "OfficesFile").heads)


@budget.table()
def kb_heads() -> dict[str, list[PersonEntry]]:
    """Surname key -> the persons.yaml people who held a head-of-state or -government office."""
    heads = head_offices()
    out: dict[str, list[PersonEntry]] = {}
    for p in kb().persons.values():
        if len(p.name.split()) > 1 and any(t.office in heads for t in p.offices):
            for k in surname_keys(p):
                out.setdefault(k, []).append(p)
    return out


@budget.table()
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



@budget.table()
def person_states() -> dict[str, dict[str, str]]:
    """`build_person_states`, from the start-up cache (the world table has 18,000 rows)."""
    return disk_person_states()


@disk_cached("person-states")
def disk_person_states() -> dict[str, dict[str, str]]:
    return build_person_states()


GROUP_JOINERS = frozenset({"of", "for", "and", "the"})  # words of a group's name, in no person's (keys: lower case)


def build_person_states() -> dict[str, dict[str, str]]:
    """Name key -> {state: the armed sector of its person} for every person the knowledge base or the world
    table (roles ending since SOUND_SINCE) knows, by full name, Hangul form and surname (every person, not
    only heads: 'Haftar's forces', 'supporters of Sadr'). Curated people come first; the world table fills
    in the keys they lack and says who is a rebel. A key that is an agent noun, a country's form, a listed
    body's name ('Fatah', also a minister's surname) or a group's head word ('Front') is no person's; nor is
    the last word of a row that names a group ('Syrian National Coalition': a country word first, or 'of',
    'for', 'and' inside)."""
    # cold start: the agent and world-leader tables load only when this table is built
    from readout.kb.agents import phrases
    from readout.kb.leaders import SOUND_SINCE, table  # (as above)

    state_words = {key(f) for c in kb().countries.countries for f in c.forms()}
    world: dict[str, dict[str, str]] = {}
    for row in table().rows.splitlines():
        main, others, short, roles = row.split("|")
        parsed = [r.split() for r in roles.split(";")]
        recent = [(code, sector) for code, sector, span in parsed  # dated roles only: an undated 'elite' is for life
                  if not span.startswith("..") and (span.endswith("..") or int(span[span.index("..") + 2:][:4]) >= SOUND_SINCE)]
        if not recent:
            continue
        words = main.split()
        names = {main, *filter(None, others.split(";")), *filter(None, short.split(";"))}
        if len(words) > 1 and words[0] not in state_words and not GROUP_JOINERS & set(words):
            names |= {words[-1], ARTICLE_RE.sub("", words[-1])}
        for n in names:
            have = world.setdefault(n, {})
            for code, sector in recent:
                have[code] = "REB" if sector == "REB" or have.get(code) == "REB" else "MIL"
    curated: dict[str, dict[str, str]] = {}
    for p in kb().persons.values():
        rebel = any(p_office is not None and p_office.sector == "REB"
                    for p_office in (kb().offices.get(t.office) for t in p.offices))
        for k in {key(p.name), *surname_keys(p), *map(key, p.variants), *p.ko}:
            for code in p.countries() or {p.country}:
                if code:
                    said = world.get(k, {}).get(code)
                    curated.setdefault(k, {})[code] = "REB" if rebel or said == "REB" else "MIL"
    group_words = {*lexicon("en")["armed_group_heads"], *kb().countries.igo_heads_en, *kb().countries.body_heads_en}
    not_names = {key(a) for a in phrases("en")} | state_words \
        | {key(n) for o in kb().organizations for n in o.en} | {key(w) for w in group_words}
    world = {k: v for k, v in world.items() if k not in not_names}  # a curated person is named by his own name
    return {**world, **{k: v for k, v in curated.items() if k not in state_words and k not in phrases("en")}}


def person_state(name: str) -> tuple[str, str] | None:
    """(state, armed sector) of the one state whose known people are named `name` (a full name, a surname,
    a Hangul form); None when no one or people of several states are."""
    found = person_states().get(name if not name.isascii() else key(name))
    if not found or len(found) != 1:
        return None
    return next(iter(found.items()))

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
from dataclasses import dataclass
from datetime import date

from readout import budget
from readout.cache import disk_cached
from readout.kb.entries import SECTORS, LeadersFile
from readout.kb.names import ascii_fold, NAME_MEMO, skeleton_key, surname_class
from readout.kb.loader import kb, parse
from readout.errors import DataFileError

PUNCT_RE = re.compile(r"[\s\-‐]+")
DROP = str.maketrans("", "", ".'’")


def key(name: str) -> str:
    """One key for the spellings of a name: accents, case, dots and hyphens do not count
    ('Ban Ki-moon' = 'BAN KI MOON', 'José' = 'Jose')."""
    plain = (name if name.isascii() else ascii_fold(name)).lower()
    return " ".join(PUNCT_RE.split(plain.translate(DROP))).strip()


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


@budget.table()
def table() -> LeadersFile:
    return parse("leaders_world.yaml", "LeadersFile")


@budget.table()
@disk_cached("leaders-index")  # built once per process otherwise (18,000 rows)
def index() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(full name -> people's role strings, listed surname -> people's role strings), names keyed;
    the roles are parsed only for the names asked about."""
    full: dict[str, list[str]] = {}
    surnames: dict[str, list[str]] = {}
    for row in table().rows.splitlines():
        main, others, short, roles = row.split("|")
        for name in [main, *filter(None, others.split(";"))]:  # written as keys by the build
            full.setdefault(name, []).append(roles)
        for name in filter(None, short.split(";")):
            surnames.setdefault(name, []).append(roles)
    return full, surnames


@budget.table()
@disk_cached("leaders-curated")  # built once per process otherwise (18,000 rows)
def curated_names() -> frozenset[str]:
    """Keys of the full names (two words or more) of our own modern list (leaders_recent.yaml, through the
    table's `curated` block): names a reader takes for that person without a title ("Imran Khan said"),
    since the list is checked and recent. The Phoenix-only names (18,000, older, some of them common
    phrases) stay title-only."""
    return frozenset(filter(None, (line.strip() for line in (table().curated or "").splitlines())))


@budget.table()
def name_words() -> frozenset[str]:
    """The first and last words of every full name in the table (keys: lower case): words that are
    people's names somewhere in the world ("hamilton", "austin", "lima"), so a city of that name acting
    alone ("Hamilton said") may well be a person."""
    out: set[str] = set()
    for row in table().rows.splitlines():
        words = row.split("|", 1)[0].split()
        if len(words) > 1:
            out |= {words[0], words[-1]}
    return frozenset(out)


SOUND_SINCE = 1990  # people of the sound index: a role ending this year or later (Korean news names few before)


def recent_row(roles: str) -> bool:
    ends = [r.split()[2].split("..")[1] for r in roles.split(";")]
    return any(not e or int(e[:4]) >= SOUND_SINCE for e in ends)


def role_on(person: tuple[Role, ...], day: date | None) -> Role:
    """The role in force on the day (an office before an elite role), else the latest office."""
    ranked = sorted(person, key=lambda r: (r.sector == "ELI", -(r.start or date.min).toordinal()))
    return next((r for r in ranked if r.covers(day) and r.start), None) or ranked[0]


@budget.table()
@disk_cached("leaders-curated-skeletons")  # built once per process otherwise (18,000 rows)
def curated_skeletons() -> dict[str, str]:
    """Transliteration skeleton (kb/names.py skeleton_key) -> key of the one name of our own modern list
    that has it ('Mohammadu Buhari' for 'muhammadu buhari'); a skeleton two names share is left out."""
    owners: dict[str, set[str]] = {}
    for name in curated_names():
        sk = skeleton_key(name)
        if sk:
            owners.setdefault(sk, set()).add(name)
    return {sk: next(iter(names)) for sk, names in owners.items() if len(names) == 1}


def curated_variant(surface: str) -> str | None:
    """The key of the name of our own modern list that `surface` spells in another transliteration."""
    sk = skeleton_key(surface)
    return curated_skeletons().get(sk) if sk else None


@budget.table()
@disk_cached("leaders-skeletons")
def world_skeletons() -> dict[str, str]:
    """Transliteration skeleton (kb/names.py skeleton_key) -> the one full name (key) of the world table that
    has it ('Hasan Rowhani' for 'hassan rouhani', 'Mahmoud Ahmadinezhad' for 'mahmoud ahmadinejad'), of the
    people with a role since SOUND_SINCE; a skeleton people of two countries share is left out."""
    owners: dict[str, set[str]] = {}
    for name, roles in index()[0].items():
        if " " not in name or not any(map(recent_row, roles)):
            continue  # people out of office before SOUND_SINCE: their other spellings are rare in news
        sk = skeleton_key(name)
        if sk:
            owners.setdefault(sk, set()).add(";".join(sorted({r.split()[0] for p in roles for r in p.split(";")})))
            owners[sk].add("=" + name)
    return {sk: next(n[1:] for n in v if n.startswith("="))
            for sk, v in owners.items() if len([n for n in v if not n.startswith("=")]) == 1}


NAME_PARTICLES = frozenset({"bin", "ibn", "binti", "bint"})  # 'Mahathir bin Mohamad' is 'Mahathir Mohamad' in news
SHORT_FORM_LANGUAGE_SHARE = 50  # percent of a state's people speaking a language: the state's naming custom


@budget.table()
@disk_cached("leaders-short-forms")
def short_forms() -> dict[str, list[str]]:
    """Short full names (keys) news writes for a prominent world-table person whose listed name has three
    words or more -> that person's role strings: the first and last word ('Gloria Macapagal Arroyo' -> 'Gloria
    Arroyo', 'Carlos Saul Menem' -> 'Carlos Menem': a middle name, patronymic or initial left out; 'Omar al
    Bashir' with the article before the surname), the name without a filiation particle ('Mahathir bin
    Mohamad') or a leading honorific ('Sir', 'Dato Seri'), and for people of a Spanish-speaking state (CLDR
    territory languages through babel) the name without its last word, the mother's surname ('Alvaro Uribe
    Velez' -> 'Alvaro Uribe', 'Ricardo Lagos Escobar'). Prominent: the dictionary gives the person a political
    elite role (ELI) besides the office, as it does for heads of state and government and party leaders, and a
    role since SOUND_SINCE. Left out: people of English-speaking states (where a first and last name, 'William
    Smith', names too many people), of states that write the surname first (countries.yaml), names holding an
    office word (the dictionary's 'deputy secretary ...'), and a short form that is a listed full name or that
    people of two states would share."""
    full = index()[0]
    given = given_names(full)
    spanish, english = language_states("es"), language_states("en")
    skip = english | set(kb().countries.surname_first_states)
    owners: dict[str, list[str]] = {}
    for name, people in full.items():
        words = name.split()
        if len(words) < 3 or NAME_NOISE.intersection(words):
            continue
        for roles in people:
            if " ELI " not in f" {roles} " or not recent_row(roles) or roles.split()[0] in skip:
                continue
            for short in short_names(words, roles.split()[0] in spanish, given):
                owners.setdefault(short, []).append(roles)
    return {short: people for short, people in owners.items()
            if short not in full and len({r.split()[0] for p in people for r in p.split(";")}) == 1}


GIVEN_NAME_MIN = 3  # names of the table a word opens, at least, to be taken for a given name


def given_names(full: dict[str, list[str]]) -> frozenset[str]:
    """Words that open more of the table's names than they end, and open several: given names ('roberto',
    'maria'), which a Spanish name's second-to-last word may be ('Carlos Roberto Reina', 'Jose Maria Aznar'):
    then the last word is the surname, not the mother's."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for name in full:
        words = name.split()
        if len(words) > 1:
            first[words[0]] = first.get(words[0], 0) + 1
            last[words[-1]] = last.get(words[-1], 0) + 1
    return frozenset(w for w, n in first.items() if n >= GIVEN_NAME_MIN and n > last.get(w, 0))


def short_names(words: list[str], spanish: bool, given: frozenset[str] = frozenset()) -> set[str]:
    """The short forms of one listed name's words (see `short_forms`); `given`: the given names."""
    while words and words[0] in HONORIFICS:
        words = words[1:]
    plain = [w for w in words if w not in NAME_PARTICLES and (len(w) > 2 or w in PARTICLE_WORDS)]
    if len(plain) < 2:
        return set()
    out = {f"{plain[0]} {plain[-1]}", " ".join(plain)}
    if len(plain) >= 3 and plain[-2] in PARTICLE_WORDS:
        out.add(f"{plain[0]} {plain[-2]} {plain[-1]}")
    if spanish and len(plain) >= 3 and plain[-2] not in PARTICLE_WORDS and plain[-2] not in given:
        out |= {" ".join(plain[:-1]), f"{plain[0]} {plain[-2]}"}
    return {s for s in out if len(s.split()) >= 2 and s.split()[0] not in PARTICLE_WORDS}


HONORIFICS = frozenset({"sir", "dame", "lord", "sheikh", "sheik", "dato", "datuk", "seri", "tun", "tan", "haji",
                        "hajji", "dr", "mr", "mrs", "former", "general", "gen", "president", "king", "prince", "emir",
                        "sultan"})
PARTICLE_WORDS = frozenset({"de", "del", "la", "las", "los", "da", "dos", "das", "do", "y", "e", "al", "el", "van",
                            "von", "der"})


@budget.table(maxsize=2)
def language_states(language: str) -> frozenset[str]:
    """ISO alpha-3 codes of the states where most people speak `language` (CLDR's territory language data)."""
    # cold start: babel and the geo tables load only when this table is built
    from babel.languages import get_territory_language_info

    # cold start: babel and the geo tables load only when this table is built
    from readout.kb.geonames import iso2_to_iso3

    return frozenset(code3 for code2, code3 in iso2_to_iso3().items()
                     if get_territory_language_info(code2).get(language, {}).get("population_percent", 0)
                     >= SHORT_FORM_LANGUAGE_SHARE)


NAME_NOISE = frozenset({"the", "deputy", "secretary", "governor", "minister", "state", "defense", "defence", "foreign",
                        "president", "vice", "senator", "chairman", "leader", "chief", "ambassador", "speaker", "prime",
                        "premier", "mayor", "commander", "interior", "finance", "party", "head", "of", "and"})


WORLD_SKELETON_LAST = 4  # consonants of the surname's skeleton for a world-table variant ('hmdnjd', not 'mmn')


@functools.lru_cache(maxsize=NAME_MEMO)  # asked of every capitalized run of every English sentence
def world_variant(surface: str) -> str | None:
    """The key of the world table's full name that `surface` spells in another transliteration, when every
    name of that spelling belongs to people of one country."""
    if surface.split()[0].lower() in surname_class():
        return None  # East Asian syllables are too short for a skeleton: 'Kim Yong-su' is not 'Kim Yong Sun'
    sk = skeleton_key(surface)
    if not sk or len(sk.split()[-1]) < WORLD_SKELETON_LAST:
        return None  # 'Ahmed Hamid' ~ 'hmd hmd': a short surname skeleton has namesakes in many states
    return world_skeletons().get(sk)


@functools.lru_cache(maxsize=NAME_MEMO)
def world_full_name(surface: str) -> bool:
    """A full name (two words or more) that the world table lists for someone ('Thabo Mbeki', 'Robin Cook'):
    news writes a known politician's full name without a title too, and such a name is the person far more
    often than a namesake (a title-less surname stays unread: `leader` needs `titled` for those)."""
    k = key(surface)
    return " " in k and (k in index()[0] or k in short_forms() or world_variant(surface) is not None)


def leader(surface: str, day: date | None, titled: bool) -> tuple[str, str] | None:
    """(country code, sector) of the person `surface` names, when every person of that name agrees on the
    country; None for an unknown or ambiguous name. A full name of our own modern list is also found in
    another transliteration (`curated_variant`)."""
    full, surnames = index()
    people = full.get(key(surface)) or (surnames.get(key(surface)) if titled else None) \
        or full.get(curated_variant(surface) or "") or full.get(world_variant(surface) or "") \
        or short_forms().get(key(surface))
    if not people:
        return None
    persons = [tuple(parse_role(r) for r in p.split(";")) for p in people]
    roles = [role_on(person, day) for person in persons]
    if len({r.code for r in roles}) != 1:
        roles = [r for r in map(lambda person: role_in_force(person, day), persons) if r is not None]
        if len({r.code for r in roles}) != 1:
            return None
    return roles[0].code, roles[0].sector


def role_in_force(person: tuple[Role, ...], day: date | None) -> Role | None:
    """(actors59, issue 14) The dated role `person` holds on `day`, None where he holds none (`role_on` then falls back
    to his latest office). Where the rows of a name disagree (one person listed twice, a later office's row and an older
    one: 'salva kiir' as Sudan's vice-president in 2010 and South Sudan's president later), the rows holding a role on
    the day decide when they agree: a row's fallback says nothing of the day."""
    return next((r for r in person if r.covers(day) and r.start and r.sector != "ELI"), None) if day else None


def check(known: set[str]) -> int:
    """`readout kb check`: every role well formed and its code a known country or body; the row count."""
    try:
        table().roles_ok()
    except ValueError as exc:
        raise DataFileError(str(exc), doc="leaders_world.yaml") from exc
    rows = table().rows.splitlines()
    for row in rows:
        for role in row.split("|")[3].split(";"):
            if role.split()[0] not in known:
                raise DataFileError(f"unknown country code {role.split()[0]}", doc="leaders_world.yaml")
    return len(rows)

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

from readout.cache import disk_cached
from readout.kb.entries import SECTORS, LeadersFile
from readout.kb.names import NAME_MEMO

PUNCT_RE = re.compile(r"[\s\-‐]+")
DROP = str.maketrans("", "", ".'’")


def key(name: str) -> str:
    """One key for the spellings of a name: accents, case, dots and hyphens do not count
    ('Ban Ki-moon' = 'BAN KI MOON', 'José' = 'Jose')."""
    plain = (name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).lower()
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


@functools.lru_cache(maxsize=1)
def table() -> LeadersFile:
    from readout.kb.loader import parse

    return parse("leaders_world.yaml", "LeadersFile")


@functools.lru_cache(maxsize=1)
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


@functools.lru_cache(maxsize=1)
def curated_names() -> frozenset[str]:
    """Keys of the full names (two words or more) of our own modern list (leaders_recent.yaml, through the
    table's `curated` block): names a reader takes for that person without a title ("Imran Khan said"),
    since the list is checked and recent. The Phoenix-only names (18,000, older, some of them common
    phrases) stay title-only."""
    return frozenset(filter(None, (line.strip() for line in (table().curated or "").splitlines())))


@functools.lru_cache(maxsize=1)
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


@functools.lru_cache(maxsize=1)
@disk_cached("leaders-sound")
def sound_index() -> dict[str, list[str]]:
    """Sound key of a full name's last word (and of its last two words run together: 'akufo addo') -> the
    full names (keys) of people with a role since SOUND_SINCE: every rendering kb/phonetic.py allows."""
    from readout.kb.phonetic import latin_token

    out: dict[str, set[str]] = {}
    for row in table().rows.splitlines():
        main, others, _short, roles = row.split("|")
        if not recent_row(roles):
            continue
        for name in [main, *filter(None, others.split(";"))]:
            words = name.split()
            if len(words) < 2:
                continue
            lasts = [words[-1]] + ([words[-2] + words[-1]] if len(words) > 2 else [])
            for last in lasts:
                for k in latin_token(last):
                    if k:
                        out.setdefault(k, set()).add(name)
    return {k: sorted(v) for k, v in out.items()}


def sounds_like(hangul: list[str], name: str) -> bool:
    """Each Hangul word's key is a rendering of the Latin word in its place ('나나 아쿠포아도' ~ 'nana akufo
    addo', the last two Latin words run together where Hangul writes them as one)."""
    from readout.kb.phonetic import latin_token

    words = name.split()
    for latin in (words, words[:-2] + [words[-2] + words[-1]] if len(words) > 2 else None):
        if latin and len(latin) == len(hangul) and all(h in latin_token(w) for h, w in zip(hangul, latin)):
            return True
    return False


def curated_by_sound(surface: str, day: date | None) -> tuple[str, str] | None:
    """(country code, sector) of an untitled person named in Hangul ('임란 칸은', '울프 크리스테르손은') who is
    on our own modern list (the `curated` names, read untitled in English too): as `leader_by_sound`, but
    only names of that list may match, since no title says that a person is meant."""
    from readout.kb.phonetic import hangul_token

    words = surface.split()
    keys = [hangul_token(w) for w in words]
    if len(words) < 2 or not all(keys):
        return None
    curated = curated_names()
    found = [leader(n, day, titled=False) for n in sound_index().get(keys[-1], ())
             if n in curated and sounds_like(keys, n)]
    codes = {f[0] if f else None for f in found}
    return found[0] if found and len(codes) == 1 and None not in codes else None


def leader_by_sound(surface: str, day: date | None) -> tuple[str, str] | None:
    """(country code, sector) of a titled person named in Hangul whom only the world table knows ('나나
    아쿠포아도 대통령', '우후루 케냐타 대통령'): Korean writes foreign names by the loanword rules, which
    kb/phonetic.py runs backwards. A given name and a surname at least (a surname alone sounds like too
    many people), and every person it sounds like of one country; None otherwise."""
    from readout.kb.phonetic import hangul_token

    words = surface.split()
    keys = [hangul_token(w) for w in words]
    if len(words) < 2 or not all(keys):
        return None
    found = [leader(n, day, titled=False) for n in sound_index().get(keys[-1], ()) if sounds_like(keys, n)]
    codes = {f[0] if f else None for f in found}
    return found[0] if found and len(codes) == 1 and None not in codes else None


def role_on(person: tuple[Role, ...], day: date | None) -> Role:
    """The role in force on the day (an office before an elite role), else the latest office."""
    ranked = sorted(person, key=lambda r: (r.sector == "ELI", -(r.start or date.min).toordinal()))
    return next((r for r in ranked if r.covers(day) and r.start), None) or ranked[0]


@functools.lru_cache(maxsize=1)
def curated_skeletons() -> dict[str, str]:
    """Transliteration skeleton (kb/names.py skeleton_key) -> key of the one name of our own modern list
    that has it ('Mohammadu Buhari' for 'muhammadu buhari'); a skeleton two names share is left out."""
    from readout.kb.names import skeleton_key

    owners: dict[str, set[str]] = {}
    for name in curated_names():
        sk = skeleton_key(name)
        if sk:
            owners.setdefault(sk, set()).add(name)
    return {sk: next(iter(names)) for sk, names in owners.items() if len(names) == 1}


def curated_variant(surface: str) -> str | None:
    """The key of the name of our own modern list that `surface` spells in another transliteration."""
    from readout.kb.names import skeleton_key

    sk = skeleton_key(surface)
    return curated_skeletons().get(sk) if sk else None


@functools.lru_cache(maxsize=1)
@disk_cached("leaders-skeletons")
def world_skeletons() -> dict[str, str]:
    """Transliteration skeleton (kb/names.py skeleton_key) -> the one full name (key) of the world table that
    has it ('Hasan Rowhani' for 'hassan rouhani', 'Mahmoud Ahmadinezhad' for 'mahmoud ahmadinejad'), of the
    people with a role since SOUND_SINCE; a skeleton people of two countries share is left out."""
    from readout.kb.names import skeleton_key

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


WORLD_SKELETON_LAST = 4  # consonants of the surname's skeleton for a world-table variant ('hmdnjd', not 'mmn')


@functools.lru_cache(maxsize=NAME_MEMO)  # asked of every capitalized run of every English sentence
def world_variant(surface: str) -> str | None:
    """The key of the world table's full name that `surface` spells in another transliteration, when every
    name of that spelling belongs to people of one country."""
    from readout.kb.names import skeleton_key, surname_class

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
    return " " in k and (k in index()[0] or world_variant(surface) is not None)


def leader(surface: str, day: date | None, titled: bool) -> tuple[str, str] | None:
    """(country code, sector) of the person `surface` names, when every person of that name agrees on the
    country; None for an unknown or ambiguous name. A full name of our own modern list is also found in
    another transliteration (`curated_variant`)."""
    full, surnames = index()
    people = full.get(key(surface)) or (surnames.get(key(surface)) if titled else None) \
        or full.get(curated_variant(surface) or "") or full.get(world_variant(surface) or "")
    if not people:
        return None
    roles = [role_on(tuple(parse_role(r) for r in p.split(";")), day) for p in people]
    if len({r.code for r in roles}) != 1:
        return None
    return roles[0].code, roles[0].sector


def check(known: set[str]) -> int:
    """`readout kb check`: every role well formed and its code a known country or body; the row count."""
    from readout.errors import DataFileError

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

"""World leaders heard in Hangul (kb/leaders' world table by sound): Korean writes foreign names by the loanword
rules, which kb/phonetic.py runs backwards, so a name written in Hangul is found by the sound key of each word.
Apart from kb/leaders for its size: the table and its look-ups by spelling are there, the look-ups by sound here.
"""
from __future__ import annotations

from datetime import date

from readout import budget
from readout.cache import disk_cached
from readout.kb.leaders import curated_names, index, leader, parse_role, recent_row, table


@budget.table()
@disk_cached("leaders-sound")
def sound_index() -> dict[str, list[str]]:
    """Sound key of a full name's last word (and of its last two words run together: 'akufo addo') -> the
    full names (keys) of people with a role since SOUND_SINCE: every rendering kb/phonetic.py allows."""
    # cold start: the phonetic keys load only when a sound index is built
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


def sounds_like(hangul: list[str], name: str, joined: bool = True) -> bool:
    """Each Hangul word's key is a rendering of the Latin word in its place ('나나 아쿠포아도' ~ 'nana akufo
    addo', the last two Latin words run together where Hangul writes them as one, unless not `joined`)."""
    # cold start: the phonetic keys load only when a name is heard
    from readout.kb.phonetic import latin_token

    words = name.split()
    for latin in (words, words[:-2] + [words[-2] + words[-1]] if len(words) > 2 and joined else None):
        if latin and len(latin) == len(hangul) and all(h in latin_token(w) for h, w in zip(hangul, latin)):
            return True
    return False


def curated_by_sound(surface: str, day: date | None) -> tuple[str, str] | None:
    """(country code, sector) of an untitled person named in Hangul ('임란 칸은', '울프 크리스테르손은') who is
    on our own modern list (the `curated` names, read untitled in English too): as `leader_by_sound`, but
    only names of that list may match, since no title says that a person is meant."""
    keys = heard_keys(surface)
    if keys is None:
        return None
    curated = curated_names()
    found = [leader(n, day, titled=False) for n in sound_index().get(keys[-1], ())
             if n in curated and sounds_like(keys, n)]
    return one_country(found)


def leader_by_sound(surface: str, day: date | None, former: bool = False) -> tuple[str, str] | None:
    """(country code, sector) of a titled person named in Hangul whom only the world table knows ('나나
    아쿠포아도 대통령', '우후루 케냐타 대통령'): Korean writes foreign names by the loanword rules, which
    kb/phonetic.py runs backwards. A given name and a surname at least (a surname alone sounds like too
    many people), and every person it sounds like of one country; None otherwise. With a `former` title
    ('X 전 총리') the name must sound like a listed one word for word (a former official is more often someone
    the leaders' table lacks, whom a loose reading hears as another state's officeholder), and None when anyone
    it sounds like held an office on the day: a former officeholder heard as another state's sitting one gave
    the act that state instead of the one the story names; the story's own state is left to fill the person's."""
    keys = heard_keys(surface)
    if keys is None:
        return None
    names = [n for n in sound_index().get(keys[-1], ()) if sounds_like(keys, n, joined=not former)]
    if former and any(sitting(n, day) for n in names):
        return None  # someone it sounds like held an office on the day: a former holder is not them
    found = [leader(n, day, titled=False) for n in names]
    return one_country(found)


def heard_keys(surface: str) -> list[str] | None:
    """The sound key of each word of a name written in Hangul; None for one word (a surname alone sounds like too
    many people) or a word with no key. Shared by the two ways a heard name is looked up (`leader_by_sound`)."""
    # cold start: the phonetic keys load only when a name is heard
    from readout.kb.phonetic import hangul_token

    words = surface.split()
    keys = [hangul_token(w) for w in words]
    return None if len(words) < 2 or not all(keys) else keys


def one_country(found: list) -> tuple[str, str] | None:
    """The first of the people a heard name sounds like when all of them are known, and of one country; else None."""
    codes = {f[0] if f else None for f in found}
    return found[0] if found and len(codes) == 1 and None not in codes else None


def sitting(name: str, day: date | None) -> bool:
    """Whether a person of the world table's full name `name` (a key) holds an office on `day` by a tenure with a
    known end (an open tenure in the table is as often one it never closed; an elite role is no office)."""
    if day is None:
        return False
    return any(r.covers(day) and r.end is not None and r.sector != "ELI" for roles in index()[0].get(name, ())
               for r in (parse_role(x) for x in roles.split(";")))

"""Places and near-miss country words standing for a state in English: a large city or a region acting
("Haifa condemned", "Tatarstan said"), a town or an older spelling before a verb or an agent noun
("Entebbe said", "Calcutta officials", data/towns_world.yaml), a place before an agent noun ("Texas
police", "Kandahar officials"), and a word one edit from a country's name before an agent noun ("Sveden's
foreign ministry"), which the spelling guard (data/spelling_guard_en.yaml) keeps off English words.

Why a module of its own: these read places and spellings, not the country forms of
lang/en/countries.py; find_countries adds what they find where no country form covers it.
"""
from __future__ import annotations

import re
from typing import Iterable

from readout import budget
from readout.cache import disk_cached
from readout.kb.loader import kb, lexicon, parse
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE, forms_table, is_possessive
from readout.lang.en.country_patterns import PLACE_BEFORE_RE, guard_verb_re
from readout.model import CountryMention
from readout.errors import DataFileError
from readout.kb.geo import all_country_codes, city_index, subdivision_index, lookup_city
from readout.kb.subdivisions import subdivision_named
from readout.kb.leaders import index, key, name_words

# the capital first and the lookbehinds after it (one character further back): `re` skips to the next capital
# a name's words may be joined by a Romance connecting word ('Rio de Janeiro', 'Mato Grosso do Sul')
JOIN = r"(?:[ -]|\s(?:de|do|da|del|dos|das)\s)"
CITY_RE = re.compile(r"([A-Z](?<![\w'’.-].)(?<![A-Z][a-z]\s.)[a-z]+(?:" + JOIN + r"[A-Z][a-z]+){0,2})(?=['’]s\b|\s+[a-z])")


CONNECTOR_RE = re.compile(r"(?<=\s)(De|Do|Da|Del|Dos|Das)(?=\s)")


def connectors_lowered(name: str) -> str:
    """A place's name with the Romance connecting words inside it in lower case, as the gazetteers write them:
    a headline's title case ('Vina Del Mar', 'Rio De Janeiro', 'Mato Grosso Do Sul') finds the place."""
    return CONNECTOR_RE.sub(lambda m: m.group(1).lower(), name) if " D" in name else name


@budget.table()
def type_word_re() -> re.Pattern:
    """A lower-case region type word after a place's name ('the Sumy region', 'Jalisco state', 'the Kursk
    region's governor'): countries.yaml subdivision_type_words, as news writes them in running text."""
    words = sorted({w.lower() for w in kb().countries.subdivision_type_words if w[:1].isupper()}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def proper_words(name: str) -> list[str]:
    """The words of a place's name without a region type word after it ('Shan State' -> ['Shan']): the
    person-name guard asks about these."""
    words = name.split()
    return words[:-1] if len(words) > 1 and words[-1] in kb().countries.subdivision_type_words else words


def may_be_person(words: list[str]) -> bool:
    """Whether a place's name may be a person's ('Hamilton said', 'Fukushima officials'): one word that opens or
    ends a name of the world table; several words only when they are a known person's whole name. Why not
    each word of a longer name: 'Bac Ninh', 'Surat Thani', 'Gia Lai' are provinces, though 'Ninh', 'Thani'
    and 'Lai' each end some leader's name."""
    if len(words) == 1:
        return key(words[0]) in name_words()
    return key(" ".join(words)) in index()[0]


def city_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A large city or a region acting ("Haifa condemned", "Guangzhou's decision", "Tatarstan said";
    kb/geo.py, GeoNames and ISO 3166-2) stands for its state, as a capital does: only right before a verb of `guard_verbs_en` or a possessive, never after a place preposition
    ("talks in Haifa"), never inside a longer capitalized name, never a form already found, and never
    a place whose name may be a person's ("Hamilton said": may_be_person)."""
    from readout.lang.en.common_word_places import is_common_word_place  # entowns49: 'Reading said' is no city

    out = []
    openings = place_openings()
    for m in CITY_RE.finditer(text):
        name, end, at = m.group(1), m.end(1), m.start(1)
        if name.startswith("The ") and place_of(name) is None:  # 'The Sumy region said' (but 'The Hague said')
            name, at = name[4:], at + 4
        if FIRST_WORD_RE.match(name).group(0) not in openings:
            continue  # (speed47) no city, region or town opens with its first word: none is looked up below
        start = offset + at
        typed = type_word_re().match(text, end)  # 'the Sumy region said': the region named by its city
        end = typed.end() if typed else end
        stop = offset + end
        genitive = is_possessive(text, end, name)
        verb = guard_verb_re().match(text, end)
        if not genitive and (not verb or verb.group(0).split()[0] in ("and", "is", "was") or group_noun(text, verb)):
            continue  # 'Indiana and Omaha are far', 'Haifa is a port': a place named, not acting
        key = connectors_lowered(name)
        city = lookup_city(key)
        code = city.country if city else subdivision_named(key) or town_of(key)
        words = proper_words(name)
        if code is None or name in forms_table()[0] or may_be_person(words) or is_common_word_place(name) \
                or PLACE_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]) \
                or any(c.start < stop and start < c.end for c in found):
            continue
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(start, stop, [code], genitive=genitive,
                                  subject=not genitive and not governed, town=True))
    return out


FIRST_WORD_RE = re.compile(r"[^\s-]*")  # a run's first word: every name `city_mentions` looks up opens with it
# (`subdivision_named` joins the words before a type word by one space; `connectors_lowered` changes later words only)


def group_noun(text: str, verb: re.Match) -> bool:
    """'Gulf states urged ...', 'Gulf states, including X, said': the verb after the name is a plural noun (lexicon en
    `guard_verbs_as_nouns`) whose own verb (a guard verb or auxiliary) or a comma follows: the name qualifies a group
    of many, it does not act. 'Haifa states that ...' keeps its verb."""
    if verb.group(0).split()[0] not in lexicon("en")["guard_verbs_as_nouns"]:
        return False
    rest = text[verb.end():]
    return rest.lstrip().startswith(",") or bool(guard_verb_re().match(rest))


PLACE_RUN_RE = re.compile(r"(?<![\w'’.-])(?:The\s+)?([A-Z][a-z]+(?:" + JOIN + r"[A-Z][a-z]+){0,3})")


def place_of(name: str) -> str | None:
    """The state of a large city or a first-level region named `name` ('Shan State' too), or None: a city
    wins over a region of the same name, as city_mentions reads them. The two indexes are asked in turn,
    not merged into one table (building that table of 45,000 names cost a new process about 20 ms)."""
    name = connectors_lowered(name)
    city = city_index().get(name)
    return ((city.country if city else subdivision_index().get(name))
            or (subdivision_named(name) if " " in name else None) or town_of(name))


@budget.table()
def towns_file():
    """towns_world.yaml, read once for its three tables (names, positional, shared)."""
    return parse("towns_world.yaml", "TownsFile")


def known_states(codes: Iterable[str]) -> None:
    """(debt56b) Every state a table of towns_world.yaml names is a known country code, else the file is wrong: the
    first unknown code (sorted, so one message whatever the file's order). One check for the four tables, which each
    wrote it out."""
    unknown = sorted(set(codes) - all_country_codes())
    if unknown:
        raise DataFileError(f"unknown country code {unknown[0]}", doc="towns_world.yaml")


@budget.table()
def towns() -> dict[str, str]:
    """Towns and smaller cities (and older or foreign spellings of large ones: 'Calcutta') -> their state
    (data/towns_world.yaml, GeoNames without English words and people's names). Read only where a large
    city would act: before a verb, a possessive or an agent noun ('Entebbe said', 'Dhahran officials')."""
    names = towns_file().names
    known_states(names.values())
    return names


def town_of(name: str) -> str | None:
    """The state of a town named `name` (towns_world.yaml), or None."""
    return towns().get(name)


@budget.table()
def positional_towns() -> dict[str, str]:
    """(enplace47) Towns whose names are also people's words or three letters long ('Sabha', 'Abu Ghraib'): read only
    right after a plain place preposition (lang/en/bare_towns.py), towns_world.yaml `positional`."""
    names = towns_file().positional
    known_states(names.values())
    return names


@budget.table()
def common_word_towns() -> dict[str, str]:
    """(entowns49) Towns whose names are English words or given names ('Split', 'Bath'): read only in a place frame
    where the sentence names the town's state (lang/en/bare_towns.py), towns_world.yaml `common_words`."""
    names = towns_file().common_words
    known_states(names.values())
    return names


@budget.table()
def shared_towns() -> dict[str, tuple[str, ...]]:
    """(enplace47) Town names towns of several states share ('Gao': Burkina Faso, Mali) -> those states, towns_world.yaml
    `shared`: read only after a plain place preposition where the sentence names one of them (lang/en/bare_towns.py)."""
    names = towns_file().shared
    known_states(c for codes in names.values() for c in codes)
    return {name: tuple(codes) for name, codes in names.items()}


@budget.table()
@disk_cached("en-place-openings")
def place_openings() -> frozenset[str]:
    """(speed71) The first word (to a space or a hyphen) of every name `place_of` finds: a large city, a region, a
    town. A capitalized run opening with none of them names no place at any of its lengths, since every name tried
    opens with the run's first word (`connectors_lowered` and a region's type word change later words only): two runs
    in three are passed over without a lookup per length. Built once per knowledge (64,000 words), kept on disk."""
    return frozenset(OPENING_WORD_RE.split(name, maxsplit=1)[0] for index in (city_index(), subdivision_index(), towns())
                     for name in index)


OPENING_WORD_RE = re.compile(r"[ -]")  # where a run's words part (`place_agent_mentions` splits the same way)



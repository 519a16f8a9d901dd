"""(debt58, from kb/geo) The country tables of the data files (countries.yaml: CLDR names, short names, demonyms,
Phoenix spellings, seats of government, the guarded forms of the `ambiguous` list), in Korean and English.
"""
from __future__ import annotations

from readout import budget
from readout.kb.geonames import HANGUL_RE
from readout.kb.loader import kb


@budget.table()
def country_index() -> dict[str, str]:
    """Country name or adjective (Korean or English: CLDR names, short names, demonyms, Phoenix spellings,
    all in the data files) -> code. A form the `ambiguous` list declares resolves to its declared code."""
    declared = {a.form: a.code for a in kb().countries.ambiguous}
    index: dict[str, str] = {}
    for c in kb().countries.countries:
        for name in c.ko + c.en + c.adjectives_en:
            index.setdefault(name, declared.get(name, c.code))
    for form in demonyms_ko(declared):  # after every name, so a name always wins its own form
        index.setdefault(*form)
    return index


def demonyms_ko(declared: dict[str, str]) -> list[tuple[str, str]]:
    """'한국인', '미국인': a state's Korean name + a demonym suffix, as (form, code). Not for bodies of many
    states (유엔), forms ending in a head noun (정부, 미측, 한국군), ambiguous forms or listed exceptions."""
    c = kb().countries
    heads = tuple(c.single_heads_ko)
    return [(name + suffix, entry.code) for entry in c.countries if entry.code not in ("UNO", "EUR", "IGO")
            for name in entry.ko if len(name) >= 2 and HANGUL_RE.search(name) and " " not in name
            and name not in declared and not name.endswith(heads)
            for suffix in c.demonym_suffixes_ko if name + suffix not in c.demonym_exceptions_ko]


@budget.table()
def metonym_index() -> dict[str, str]:
    """Capital or seat of government (either language) -> the code of the government it stands for."""
    declared = {a.form: a.code for a in kb().countries.ambiguous}
    return {m: declared.get(m, c.code) for c in kb().countries.countries for m in c.metonyms_en + c.metonyms_ko}


@budget.table()
def guarded_forms() -> frozenset[str]:
    """Forms that count only as an acting government ("Jordan said", "Victoria's"): the `ambiguous`
    entries with guard 'governed'."""
    return frozenset(a.form for a in kb().countries.ambiguous if a.guard == "governed")


@budget.table()
def world_forms() -> dict[str, tuple[str, ...]]:
    """Guarded state names that a world-news clause reads in any role (countries.yaml `world`: 'Russia
    accused Georgia of ...') -> the words of their other reading ('governor', 'Atlanta'), which keep them out."""
    return {a.form: tuple(a.other_context) for a in kb().countries.ambiguous if a.world}


@budget.table()
def deed_verbs() -> dict[str, frozenset[str]]:
    """State names that are also deed nouns (countries.yaml `deed_verbs`: 인도, handing over) -> the verb stems that
    take the deed as their object."""
    return {a.form: frozenset(a.deed_verbs) for a in kb().countries.ambiguous if a.deed_verbs}


@budget.table()
def deed_frames() -> dict[str, frozenset[str]]:
    """(kofix48) State names that are also deed nouns -> the nouns of the deed's procedure or instrument (countries.yaml
    `deed_frames`: '인도 절차', '인도 협정') that read the bare form before them as the deed."""
    return {a.form: frozenset(a.deed_frames) for a in kb().countries.ambiguous if a.deed_frames}


@budget.table()
def placed_forms() -> frozenset[str]:
    """(enfix47) Guarded state names whose other readings are no place (countries.yaml `placed`: 'Chad', 'Jordan'):
    after a locative ('in northern Chad') they name the state's land."""
    return frozenset(a.form for a in kb().countries.ambiguous if a.placed)

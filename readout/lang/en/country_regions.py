"""Regions whose names hold an English country form: a region of several states ('Latin American', 'South
America'; countries.yaml regions_en) and another state's region opening or ending with a form ('British Columbia',
'Tamil Nadu', 'New South Wales', 'West Papua'; GeoNames subdivisions). A form inside one is the region's, not the
country's; lang/en/towns.py reads the state's regions. Why a module of its own: two start-up tables built from
5,000 region names (kept by the start-up cache) and the readers over them, asked by the country reader and by
lang/en/mentions.py (a title's name) alike.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache import disk_cached
from readout.kb.loader import kb
from readout.lang.en.country_forms import forms_table
from readout.patterns import alternation
from readout.kb.geo import subdivision_index


@budget.table()
def region_re() -> re.Pattern:
    """A region of several states whose name holds a country form ('Latin American', 'South America')."""
    return re.compile(r"(?<![\w'’.-])(?:" + alternation(kb().countries.regions_en) + r")(?![\w'’-])")


@budget.table()
@disk_cached("en-regions-opening")  # 5,000 region names against the forms per process otherwise
def regions_opening_with_forms() -> dict[str, tuple[str, ...]]:
    """Country form -> the names of another state's regions that open with it ('British' -> 'British Columbia',
    'Tamil' -> 'Tamil Nadu', 'Thai' -> 'Thai Binh'), longest first; not a form's own special administrative
    region or province ('Hong Kong SAR', 'Taiwan Sheng': the rest is only a type word)."""
    table = forms_table()[0]
    types = set(kb().countries.subdivision_type_words) | {"SAR"}
    out: dict[str, list[str]] = {}
    for name, code in subdivision_index().items():
        words = name.split()
        for k in range(1, len(words)):
            form = " ".join(words[:k])
            if form in table and table[form] != code and not set(words[k:]) <= types:
                out.setdefault(form, []).append(name)
                break
    return {form: tuple(sorted(names, key=len, reverse=True)) for form, names in out.items()}


def longer_region(text: str, start: int, form: str) -> str | None:
    """The region name of another state that opens with the country form at `start` and goes on in the text,
    ending at a word boundary, or None."""
    for name in regions_opening_with_forms().get(form, ()):
        end = start + len(name)
        if text.startswith(name, start) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return name
    return None


@budget.table()
@disk_cached("en-regions-ending")  # 5,000 region names against the forms per process otherwise
def regions_ending_with_forms() -> dict[str, tuple[str, ...]]:
    """Country form -> the openings of another state's region names that end with it ('Wales' -> 'New South ',
    'Papua' -> 'West '): the form there is the end of the region's name, which lang/en/towns.py reads."""
    table = forms_table()[0]
    out: dict[str, set[str]] = {}
    for name, code in subdivision_index().items():
        words = name.split()
        for k in range(1, len(words)):
            form = " ".join(words[k:])
            if form in table and table[form] != code and words[0][:1].isupper():
                out.setdefault(form, set()).add(" ".join(words[:k]) + " ")
                break
    return {form: tuple(sorted(openings, key=len, reverse=True)) for form, openings in out.items()}


def region_before(text: str, start: int, form: str) -> bool:
    """Whether the country form at `start` ends another state's region name that the text writes whole."""
    for opening in regions_ending_with_forms().get(form, ()):
        lo = start - len(opening)
        if lo >= 0 and text.startswith(opening, lo) and not (lo and (text[lo - 1].isalnum() or text[lo - 1] in "-_")):
            return True
    return False

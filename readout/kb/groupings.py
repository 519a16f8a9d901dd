"""Named groupings of states coded as their member states (readout/data/groupings.yaml): 'the E3', '유럽 3국',
'the Baltic states'. One table for both languages, read by each language's country finder
(`lang/en/groupings.py`, `lang/ko/groupings.py`) as one country mention naming every member, so acts and meetings
take the members as they take a coordinated list of states ('Britain, France and Germany').

Why a table of its own: a grouping with no organ of its own is not an international body (those are IGO in
countries.yaml) and not one state; it is a fixed list of states, stated by a source, which the schema checks
(known codes, no form given to two groupings)."""
from __future__ import annotations

from typing import Any

from readout import budget
from readout.errors import DataFileError
from readout.kb.geonames import all_country_codes
from readout.kb.loader import parse

FILE = "groupings.yaml"


def check_groupings(value: Any) -> None:
    """Every member a known state code, each listed once; no id or form (per language, spaces and case ignored)
    given twice."""
    known = all_country_codes()
    ids: set[str] = set()
    forms: dict[tuple[str, str], str] = {}
    for g in value.groupings:
        if g.id in ids:
            raise DataFileError(f"duplicate grouping id {g.id}", doc=FILE)
        ids.add(g.id)
        unknown = [code for code in g.members if code not in known]
        if unknown:
            raise DataFileError(f"{g.id}: unknown country code {unknown[0]}", doc=FILE)
        if len(set(g.members)) != len(g.members):
            raise DataFileError(f"{g.id}: a member listed twice", doc=FILE)
        for lang, names in (("en", g.en), ("ko", g.ko)):
            for name in names:
                key = (lang, fold(name))
                if key in forms and forms[key] != g.id:
                    raise DataFileError(f"form {name!r} of {g.id} is also a form of {forms[key]}", doc=FILE)
                forms[key] = g.id


def fold(name: str) -> str:
    """A form as the tables compare it: no spaces, lower case."""
    return "".join(name.split()).lower()


@budget.table()
def groupings() -> tuple[Any, ...]:
    """The grouping entries, validated (cached as plain records like every data file)."""
    return tuple(parse(FILE, "GroupingsFile", check_groupings).groupings)


@budget.table(maxsize=2)
def grouping_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """A language's forms of the groupings, as written, -> the member codes."""
    return {name: tuple(g.members) for g in groupings() for name in getattr(g, lang, ())}


def check() -> int:
    """`readout kb check`: the file loads and validates; the number of groupings."""
    return len(groupings())

"""Named venues outside any city (data/venues.yaml): 'at Camp David', '캠프 데이비드에서', 'the Chequers talks'.

Why its own module: both languages read the same gazetteer, each with its own forms, and a venue is a place of
its own (its name, its state, no coordinates), not a city a landmark stands for (en.yaml landmarks, ko.yaml
seats_of_government). A meeting there is placed at the venue with the venue's state."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.geo import GeoEntry, all_country_codes
from readout.errors import DataFileError
from readout.kb.loader import parse


@budget.table()
def venue_table() -> tuple:
    """The venues as plain records, validated by kb/schema.py VenuesFile; their states must be known codes."""
    venues = parse("venues.yaml", "VenuesFile").venues
    unknown = sorted({v.country for v in venues} - all_country_codes())
    if unknown:
        raise DataFileError(f"unknown country code {unknown[0]}", doc="venues.yaml")
    return tuple(venues)


@budget.table(maxsize=2)
def venue_forms(lang: str) -> dict[str, GeoEntry]:
    """Each form a language writes a venue in -> the venue as a gazetteer entry (every form of both languages
    among its names, so one venue read in two languages is one place)."""
    out: dict[str, GeoEntry] = {}
    for v in venue_table():
        forms = [*v.en, *v.ko]
        entry = GeoEntry(v.name, v.country, None, None, "city", 0, tuple(dict.fromkeys(forms)))
        for form in (v.en if lang == "en" else v.ko):
            out[form] = entry
    return out


@budget.table(maxsize=2)
def venue_re(lang: str) -> re.Pattern:
    """The venue forms of a language, longest first; a space inside a form matches any run of spaces."""
    forms = sorted(venue_forms(lang), key=len, reverse=True)
    body = "|".join(r"\s*".join(map(re.escape, f.split())) for f in forms)
    edge = r"(?<![가-힣])" if lang == "ko" else r"\b"
    tail = "" if lang == "ko" else r"(?![\w-])"
    return re.compile(rf"{edge}(?:{body}){tail}")


def venue_entry(lang: str, form: str) -> GeoEntry | None:
    """The venue a matched form names (spaces as the text wrote them), or None."""
    table = venue_forms(lang)
    key = " ".join(form.split())
    return table.get(key) or next((e for f, e in table.items() if f.replace(" ", "") == key.replace(" ", "")), None)

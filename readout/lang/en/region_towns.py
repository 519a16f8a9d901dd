"""(enattack50, issue 14) A town the writer qualifies by its region is a town of that region's state: 'in Bath,
England', 'Perth, Scotland', 'Birmingham, Alabama', 'near Omagh, Northern Ireland'.

Why: the four nations of the United Kingdom and a federation's states are first-level regions (ISO 3166-2,
subdivisions_world.yaml), never country forms, so the readers that take a town's state from a country form the
sentence names (bare_towns.state_named) found none for 'Bath, England' (a town named by an English word) and kept
the city index's Perth (Australia) before ', Scotland'. The region right after the town's comma is the writer's own
answer to which town: it beats the index's most populous namesake, as the sentence's own state beats the story's.

Only a known town (the city index, the town tables of any state) followed by ', <region>' that ends there (a comma,
a full stop, a semicolon or the text's end: 'Seoul, Tokyo and Beijing' is a list); never a region that is a city of
the index or a country form ('Tokyo', 'Georgia', 'Washington': a list or another reading).
"""
from __future__ import annotations

import re
from readout.kb.geo import GeoEntry, country_index, lookup_city, subdivision_index

REGION_AFTER_RE = re.compile(r",\s+(?P<region>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s*(?:[,.;:)]|$))")


def region_town(text: str, end: int, form: str, entry):
    """The town `form` (ending at `end`) as a city of the state of the region written after it, else `entry`
    (the reading the other readers gave, or None)."""
    code = qualifying_region(text, end)
    if code is None or entry is not None and entry.country == code:
        return entry
    if entry is None and not known_town(form):
        return None
    return GeoEntry(form, code, None, None, "city")


def qualifying_region(text: str, end: int) -> str | None:
    """The state of the first-level region named right after the comma at `end`, where it ends the phrase."""
    m = REGION_AFTER_RE.match(text, end)
    if m is None:
        return None
    region = m.group("region")
    if region in country_index() or lookup_city(region) is not None:
        return None
    return subdivision_index().get(region)


def known_town(form: str) -> bool:
    """Whether `form` is a town of some state in the town tables ('Bath' among the common words)."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.towns import common_word_towns, positional_towns, shared_towns, town_of

    return town_of(form) is not None or form in common_word_towns() or form in shared_towns() \
        or form in positional_towns()

"""places57b (issue 14): towns_world.yaml takes the other spellings and the old names of towns of
scripts/data/build_towns.py VARIANT_POPULATION (10,000) or more: the news writes a small front-line town as
'Huliaipole' where GeoNames writes Hulyaypole, and names a renamed town by its old name ('Yuzhne', now Pivdenne), which
the build takes where no town bears the name as its own (`old_names`: one word far from the own name, spelt again by
another alternate). Our own sentences; an alternate that is a lone transliteration, a name another town bears as its
own and English words stay out (negative rows)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.towns import town_of


@pytest.mark.parametrize("name, state", [
    ("Huliaipole", "UKR"),  # a spelling of Hulyaypole (13,000 people)
    ("Trostianets", "UKR"),  # of Trostyanets (19,500)
    ("Yuzhne", "UKR"),  # the old name of Pivdenne
    ("Tolbukhin", "BGR"),  # the old name of Dobrich
    ("Ist Medou", None),  # a lone transliteration of a town's own name, no old name
    ("Kupchinka", None),  # an alternate as close to the own name as a spelling's stem: no old name
    ("Krasnoarmeysk", "RUS"),  # Pokrovsk's old name, but a Russian town's own name: the Russian town keeps it
    ("Heavy", None), ("Market", None),  # English words are never towns
    ("Lakeshore", None),  # the common words of Lake Shore run together: no spelling
])
def test_towns_spellings_and_old_names(name, state):
    assert town_of(name) == state


@pytest.mark.parametrize("text, place", [
    ("Russian glide bombs struck Huliaipole overnight, officials in Kyiv said.", "Huliaipole"),
    ("Shelling hit the port town of Yuzhne near Odesa on Sunday.", "Yuzhne"),
])
def test_a_towns_old_name_or_spelling_is_the_place(text, place):
    got = {(n, p.country) for p in extract_text(text, "places57b.txt", "2026-05-04").places for n in (p.name, *p.names)}
    assert (place, "UKR") in got, got

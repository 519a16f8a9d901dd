"""speed51 (issue 20): `bare_towns.bare_town` reads the plain place preposition before the town tables: a
capitalized run with no 'in', 'at', 'near' or 'outside' before it is no bare town whatever the tables say, so they are
not asked. The answers are those of test_bare_towns.py; these rows check the order. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.lang.en import bare_towns, towns


def refuse(*_args, **_kwargs):
    pytest.fail("a town table was asked for a name with no place preposition before it")


@pytest.mark.parametrize("text, form", [
    ("Tobruk is a port on the eastern coast, a lecturer wrote.", "Tobruk"),
    ("The envoy left Kaya before noon on Thursday.", "Kaya"),
    ("Officials from Aweil met the mayor.", "Aweil"),
])
def test_no_preposition_asks_no_town_table(text, form, monkeypatch):
    for name in ("town_of", "positional_towns", "common_word_towns", "shared_towns", "may_be_person"):
        monkeypatch.setattr(towns, name, refuse)
    assert bare_towns.bare_town(text, text.index(form), form) is None


@pytest.mark.parametrize("text, form, code", [
    ("Heavy fighting erupted in Kaya on Tuesday, residents said.", "Kaya", "BFA"),
    ("Soldiers set up a roadblock near Manbij overnight.", "Manbij", "SYR"),
])
def test_after_the_preposition_the_town_is_read(text, form, code):
    entry = bare_towns.bare_town(text, text.index(form), form)
    assert entry is not None and entry.country == code


@pytest.mark.parametrize("text, form", [
    ("Heavy fighting erupted in Kaya on Tuesday, residents said.", "Kaya"),
    ("The envoy left Kaya before noon on Thursday.", "Kaya"),
    ("Farmers rallied outside Aweil's main market.", "Aweil"),
])
def test_the_preposition_read_by_the_caller_gives_the_same_answer(text, form):
    """`places.find_places` reads the preposition once per capitalized run and passes it for every prefix."""
    start = text.index(form)
    told = bare_towns.town_cue_before(text, start)
    assert bare_towns.bare_town(text, start, form, told) == bare_towns.bare_town(text, start, form)

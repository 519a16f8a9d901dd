"""A state's compound before a body's name and a text ('a U.S.-sponsored U.N. resolution', acts47,
lang/en/countries.backs_a_name): the state sponsors the text, so a veto or rejection of it goes to that state; a
compound before a named group ('Iran-backed Hezbollah') still backs the group, which is not the backer. Every sentence
here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

SPONSORED = [
    ("Russia vetoed a French-sponsored U.N. resolution on Mali on Friday.", [("REJECT", {"RUS"}, {"FRA"}, "occurred")]),
    ("China and Russia vetoed a British-drafted Security Council resolution on Myanmar.",
     [("REJECT", {"CHN", "RUS"}, {"GBR"}, "occurred")]),
    ("France vetoed a Mexican-sponsored UN draft on Haiti.", [("REJECT", {"FRA"}, {"MEX"}, "occurred")]),
    # tidy45: every draft noun of the act lexicon (`draft_nouns`) names a text after the compound, no group backed
    ("Russia vetoed a Brazilian-drafted UN text on Sudan on Thursday.", [("REJECT", {"RUS"}, {"BRA"}, "occurred")]),
    ("China blocked a Japanese-sponsored Security Council proposal on Tuesday.",
     [("REJECT", {"CHN"}, {"JPN"}, "occurred")]),
    ("Russia vetoed a draft text sponsored by Ecuador on Friday.", [("REJECT", {"RUS"}, {"ECU"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", SPONSORED)
def test_veto_of_a_sponsored_text(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)


@pytest.mark.parametrize("text, backer, backs", [
    ("Iran-backed Houthi rebels fired at a tanker.", "Iran", True),
    ("a Turkish-sponsored Syrian National Army unit", "Turkish", True),
    ("a U.S.-sponsored U.N. bill on Haiti", "U.S.", False),
    ("a Kenyan-drafted Security Council text", "Kenyan", False),
    ("a Chilean-sponsored OAS motion", "Chilean", False),
])
def test_a_compound_before_a_draft_names_a_text(text, backer, backs):
    """tidy45: the draft nouns after a backer's compound are the act lexicon's `draft_nouns`
    (lang/en/countries.sponsored_text_re), the one list act_sponsors reads too."""
    from readout.lang.en.country_forms import backs_a_name

    assert backs_a_name(text, text.index(backer) + len(backer)) is backs

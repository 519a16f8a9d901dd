"""(groups55, issue 14) A speaker opening a sentence on a statement verb is no side of the agentless passive deed it
reports (pipeline/act_actors.unvoiced): 'Y said X's minister was arrested' is no arrest by Y, and the state where it
happened is not the speaker's. Our own sentences, both languages."""
from __future__ import annotations

import pytest


def sides(extract, text: str) -> list[tuple[set, set]]:
    return [({p.country for p in e.participants}, {p.country for p in e.recipients}) for e in extract(text).events]


@pytest.mark.parametrize("text, speaker", [
    ("Bolivia said Paraguay's interior minister was arrested on Friday.", "BOL"),
    ("볼리비아 정부는 파라과이 내무장관이 체포됐다고 밝혔다.", "BOL"),
    ("볼리비아는 파라과이 대통령이 탄핵됐다고 밝혔다.", "BOL"),
])
def test_the_speaker_is_no_doer_of_a_reported_passive(extract, text, speaker):
    found = sides(extract, text)
    assert all(speaker not in a for a, _r in found), found


@pytest.mark.parametrize("text, acting, receiving", [  # guard: the place told keeps its authorities
    ("Bolivia said two Paraguayan nationals were detained in Chile on Friday.", "CHL", "PRY"),
    ("Two Bolivian nationals were detained in Paraguay, Bolivia said on Friday.", "PRY", "BOL"),
])
def test_the_place_of_a_reported_passive_still_acts(extract, text, acting, receiving):
    found = sides(extract, text)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text, holder, held", [  # the lead's mend (fifty-fifth session): a reduced passive heads the
    ("Bolivia said three Paraguayan fishermen detained on the river would be released.", "BOL", "PRY"),  # speaker's
    ("Ghana said five Togolese sailors seized in the lagoon would be charged on Monday.", "GHA", "TGO"),  # report
])
def test_the_speaker_holds_the_people_a_reduced_passive_names(extract, text, holder, held):
    found = sides(extract, text)
    assert any(holder in a and held in r for a, r in found), found

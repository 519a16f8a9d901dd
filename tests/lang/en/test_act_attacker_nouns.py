"""(enmil47, issue 15) Unnamed attackers named by an attack noun's agent form ('suicide bombers') are a non-state
armed sector of the place they strike (REB, as 'militants' read), never its government; an attack noun naming no
agent ('a suicide bombing') keeps the place's side as before. Korean '자살폭탄 테러범들이' reads REB too since
kopar54 (data/agents.yaml: the bomber nouns are REB in both languages)."""
from __future__ import annotations

import pytest

from readout.sectors import STATE_EXECUTIVE_SECTORS
from tests.event_sides import sector_sides

UNNAMED_ATTACKERS = [
    ("Suicide bombers killed nine worshippers at a mosque in Niamey on Friday.", "NER", "REB"),
    ("A suicide bomber struck a crowded bus station in Kabul.", "AFG", "REB"),
    ("Suicide bombers killed five traders at a market in N'Djamena.", "TCD", "REB"),
    ("Militants killed nine worshippers at a mosque in Niamey on Friday.", "NER", "REB"),
    ("Gunmen killed nine worshippers at a mosque in Niamey on Friday.", "NER", "UAF"),
    ("자살폭탄 테러범들이 니아메의 한 사원에서 신도 9명을 살해했다.", "NER", "REB"),
]


@pytest.mark.parametrize("text, state, sector", UNNAMED_ATTACKERS)
def test_unnamed_attackers_are_an_armed_sector_of_the_place(text, state, sector):
    actors, _ = sector_sides(text, "ASSAULT")
    assert (state, sector) in actors, actors
    assert not {s for c, s in actors} & STATE_EXECUTIVE_SECTORS, actors


# negative rows: an attack noun with no agent has no acting side (doerless49); a state's bombers (aircraft) stay its forces
@pytest.mark.parametrize("text, acting", [
    ("A suicide bombing killed nine worshippers at a mosque in Niamey.", set()),  # doerless49: no doer named
    ("Nigerien bombers struck a militant camp near the Malian border.", {("NER", "MIL")}),
])
def test_no_agent_form_keeps_its_reading(text, acting):
    actors, _ = sector_sides(text, "ASSAULT")
    assert actors == acting, actors


@pytest.mark.parametrize("words, sector", [
    ("suicide bombers", "REB"), ("Suicide bomber", "REB"), ("suicide bombing", None), ("bombers", None),
])
def test_the_attacker_sector_of_a_noun(words, sector):
    from readout.lang.base import ActHit
    from readout.lang.en.act_attacker_nouns import attacker_nouns
    hit = ActHit(start=0, end=len(words), type="ASSAULT", mode="suicide-attack", lemma="suicide bombing", nominal=True,
                 data={"token": 0})
    assert attacker_nouns(words, [hit])[0].data.get("people_subject") == sector

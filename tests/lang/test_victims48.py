"""(victims48, issues 13, 15) Victims and the doers a by-phrase or a genitive names. Our own sentences (real states and
cities, no people).

1. An attack noun whose 'by' agent is an unnamed armed group, 'died in an ambush by rebels in X', and a Korean cause of
   harm whose genitive owner is one, '무장괴한의 총격으로', act as that group (REB, UAF) of the place's state, not as its
   government (lang/en/act_agent_attackers, lang/ko/act_owner_attackers); Korean victims told before the cause,
   '[군인 3명이] 괴한의 총격으로 숨졌다', are its recipients, never its doers (lang/ko/act_harm_subjects), and so is the
   subject of a passive whose agent is such a group ('괴한들에게 살해됐다', as 'were killed by gunmen in X'), also when
   they are people of the place's own state ('Five residents were killed by gunmen in X': X's civilians receive).
2. An agent naming its own state, then 'in' and a place, 'by Chadian troops in X', is that state alone: the place's
   state receives (lang/en/act_agent_places).
Negative rows: a state's forces keep their reading ('by police': the police act, the gunmen receive), and an agent
naming no state keeps its 'in' phrase as its own ('by rebels in X': X's rebels).
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

# (sentence, acting (state, sector), receiving (state, sector) or None: not checked)
ATTACKS = {
    "unnamed_armed_agent_acts_as_its_sector_en": [
        ("Four villagers died in an ambush by rebels in Bangui on Thursday.", ("CAF", "REB"), ("CAF", "CVL")),
        ("Six residents were wounded in an assault by suspected gunmen in Niamey overnight.", ("NER", "UAF"),
         ("NER", "CVL")),
        ("Two Ghanaian police officers died in an attack by militants in Accra at dawn.", ("GHA", "REB"),
         ("GHA", "COP")),
    ],
    "unnamed_armed_owner_acts_as_its_sector_ko": [
        ("바마코에서 반군의 공격으로 주민 4명이 숨졌다.", ("MLI", "REB"), ("MLI", "CVL")),
        ("니아메에서 무장괴한들의 총격으로 주민 6명이 다쳤다.", ("NER", "UAF"), ("NER", "CVL")),
    ],
    "victims_told_before_the_cause_receive_ko": [
        ("아크라에서 가나 경찰관 2명이 무장괴한의 총격으로 숨졌다.", ("GHA", "UAF"), ("GHA", "COP")),
        ("가나 군인 3명이 아크라에서 반군의 공격으로 숨졌다.", ("GHA", "REB"), ("GHA", "MIL")),
    ],
    "passive_with_an_unnamed_armed_agent_ko": [
        ("가나 군인 3명이 니아메에서 무장괴한들에게 살해됐다.", ("NER", "UAF"), ("GHA", "MIL")),
        ("가나 경찰관 2명이 니아메에서 반군에 의해 살해됐다.", ("NER", "REB"), ("GHA", "COP")),
    ],
    "people_of_the_place_harmed_by_an_unnamed_group": [
        ("Five residents were killed by gunmen in Niamey on Monday.", ("NER", "UAF"), ("NER", "CVL")),
        ("니아메에서 주민 5명이 무장괴한들에게 살해됐다.", ("NER", "UAF"), ("NER", "CVL")),
    ],
    "passive_with_a_state_agent_ko": [
        ("가나 군인 3명이 니아메에서 니제르군에 의해 살해됐다.", ("NER", "MIL"), ("GHA", "MIL")),
    ],
    "state_forces_keep_their_reading_en": [
        ("Two gunmen died in a shooting by police in Accra on Monday.", ("GHA", "COP"), None),
        ("Two gunmen were killed by police in Accra on Monday.", ("GHA", "COP"), None),
    ],
    "state_forces_keep_their_reading_ko": [
        ("무장괴한 2명이 아크라에서 경찰의 총격으로 숨졌다.", ("GHA", None), None),
    ],
    "agent_with_its_state_then_a_place_en": [
        ("Five civilians were killed in an attack by Chadian troops in Niger on Sunday.", ("TCD", None), ("NER", None)),
        ("Five civilians were killed by Chadian troops in Niger on Sunday.", ("TCD", None), ("NER", None)),
    ],
    "agent_with_its_state_then_a_place_ko": [
        ("니제르에서 민간인 5명이 차드군의 공습으로 숨졌다.", ("TCD", None), ("NER", None)),
    ],
    "agent_with_no_state_keeps_its_place_en": [
        ("Two farmers were killed by rebels in Mali on Sunday.", ("MLI", "REB"), None),
        ("Four villagers died in an attack by rebels in northern Mali on Friday.", ("MLI", "REB"), ("MLI", "CVL")),
    ],
}


@pytest.mark.parametrize("sentence, actor, recipient", class_rows(ATTACKS))
def test_attack_doers_and_victims(sentence, actor, recipient):
    e = first_of(events(sentence), type="ASSAULT")
    acting = {(p.country, p.sector) for p in e.participants} - {(r.country, r.sector) for r in e.recipients}
    receiving = {(r.country, r.sector) for r in e.recipients}
    shown = (sorted(acting, key=str), sorted(receiving, key=str))
    state, sector = actor
    assert {c for c, _ in acting} == {state}, shown
    assert sector is None or (state, sector) in acting, shown
    if recipient is not None:
        r_state, r_sector = recipient
        assert {c for c, _ in receiving} == {r_state}, shown
        assert r_sector is None or recipient in receiving, shown


@pytest.mark.parametrize("sentence", [
    "가나 군인 3명이 무장괴한들에게 살해됐다.",  # no place: the victims never act
    "Three Ghanaian soldiers were killed by gunmen on Monday.",
])
def test_unnamed_armed_agent_with_no_place_is_the_victims_states_group(sentence):
    """(koacts50b, changed on purpose) The passive reads as its active does ('Gunmen killed three Ghanaian soldiers':
    GHA UAF -> GHA MIL): gunmen of no state harming one state's people, no place named, are that state's armed
    group. The victims never act: the acting side is the gunmen's sector, not the soldiers'."""
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert [([(p.country, p.sector) for p in e.participants], [r.country for r in e.recipients])
            for e in found] == [([("GHA", "UAF")], ["GHA"])]  # open: the Korean passive's soldiers come out CVL, not MIL

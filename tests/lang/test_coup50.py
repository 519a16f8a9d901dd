"""coups50: coups and ousters left open (issues 13, 15), both languages. Our own sentences.

- A leader ousted in the passive with the coup as its means and no agent ('was overthrown in a military coup',
  '쿠데타로 실각했다') or armed men as the agent ('was removed by mutinous troops', '군부에 의해 축출됐다', '전복됐다')
  is the coup: the leader's state's soldiers on its government (lang/en/act_armed_ousters.coup_passive,
  lang/ko/act_passive_coups, pipeline/ousted_states). An ouster by a vote, an election or lawmakers stays none.
- The leader ousted in the passive is the soldiers' own government when the subject names no state ('The president
  was deposed by army officers, X's radio said'): its subject is marked the domestic target, as the active's object.
- Coup doers the agents table gives no sector ('officers', 'the junta') act as soldiers for every coup verb
  ('officers toppled the government'), as they did for oust and remove.
- A coup or coup attempt crushed is no act of the crushers, in both languages ('crushed an attempt by officers to
  seize power', '쿠데타 시도를 진압했다', lang/ko/act_crushed_coups), as encoup49's foilers; a crowd crushed stays a
  crackdown.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides, sector_sides

PASSIVE_COUPS = [
    # (text, the leader's state: actor and recipient)
    ("The president of Niger was overthrown in a military coup on Tuesday.", "NER"),
    ("The prime minister of Gabon was toppled in a putsch overnight.", "GAB"),
    ("The president of Niger was ousted in a coup before dawn on Tuesday.", "NER"),
    ("The president of Gabon was removed by mutinous troops on Tuesday.", "GAB"),
    ("The president of Niger was ousted by rebellious soldiers overnight.", "NER"),
    ("니제르 대통령이 지난 화요일 군부에 의해 축출됐다.", "NER"),
    ("가봉 정부가 화요일 군 장교들에 의해 전복됐다.", "GAB"),
    ("니제르 대통령이 화요일 쿠데타로 실각했다.", "NER"),
    ("가봉 총리가 군사쿠데타로 축출됐다.", "GAB"),
    ("니제르 대통령이 화요일 새벽 쿠데타로 쫓겨났다.", "NER"),
    ("가봉 대통령이 화요일 군부에 의해 축출당했다.", "GAB"),
]


@pytest.mark.parametrize("text,state", PASSIVE_COUPS)
def test_a_leader_ousted_in_the_passive_by_a_coup_or_armed_men_is_the_coup(text, state):
    assert sides(text, "ASSAULT") == [([state], [state])]
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert all("pro_autocracy" in e.contexts for e in found)
    acting, receiving = sector_sides(text, "ASSAULT")
    assert receiving == {(state, "GOV")} and {s for _, s in acting} <= {"MIL", "REB"}


REPORTED_PASSIVE_COUPS = [
    # (text, the state the report names: the leader's, acting and receiving)
    ("The president was deposed by army officers before dawn, Gabonese radio said.", "GAB"),
    ("The president was overthrown in a coup on Tuesday, Nigerien radio said.", "NER"),
    ("대통령이 화요일 군부에 의해 축출됐다고 가봉 국영방송이 전했다.", "GAB"),
    ("대통령이 쿠데타로 실각했다고 니제르 언론이 전했다.", "NER"),
]


@pytest.mark.parametrize("text,state", REPORTED_PASSIVE_COUPS)
def test_a_leader_ousted_in_the_passive_with_no_state_named_is_the_soldiers_own_government(text, state):
    assert sector_sides(text, "ASSAULT") == ({(state, "MIL")}, {(state, "GOV")})


NOT_PASSIVE_COUPS = [
    "The president of Niger was ousted in an election on Sunday.",
    "The president of Gabon was overthrown in a vote of parliament on Tuesday.",
    "The prime minister of Niger was removed from office on Tuesday.",
    "The mayor was deposed by army officers, Gabonese radio said.",
    "니제르 대통령이 의회에 의해 축출됐다.",
    "가봉 대통령이 의회에 의해 축출당했다.",
    "가봉 대통령이 탄핵으로 실각했다.",
    "니제르 대통령이 선거에서 패해 실각했다.",
]


@pytest.mark.parametrize("text", NOT_PASSIVE_COUPS)
def test_a_leader_ousted_in_the_passive_by_a_vote_or_lawmakers_is_no_coup(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


COUP_DOER_VERBS = [
    ("Officers toppled the government of Niger on Tuesday.", "NER"),
    ("Gabonese officers toppled the government in a coup on Tuesday.", "GAB"),
    ("The junta in Niger deposed the prime minister on Tuesday.", "NER"),
]


@pytest.mark.parametrize("text,state", COUP_DOER_VERBS)
def test_coup_doers_of_no_sector_act_as_soldiers_for_every_coup_verb(text, state):
    assert sides(text, "ASSAULT") == [([state], [state])]
    acting, _ = sector_sides(text, "ASSAULT")
    assert acting == {(state, "MIL")}


CRUSHED_COUPS = [
    "The army of Niger crushed an attempt by officers to seize power.",
    "Gabonese troops crushed a coup attempt on Tuesday.",
    "Loyal troops in Niger suppressed an attempt to seize power overnight.",
    "Gabonese troops quelled an attempt to stage a coup on Tuesday.",
    "니제르 군은 화요일 쿠데타 시도를 진압했다.",
    "가봉 정부는 군사정변을 분쇄했다.",
    "니제르 보안군은 장교들의 쿠데타 시도를 저지했다.",
]


CRUSHED_TOLD_COUPS = [
    ("Gabonese soldiers attempted a coup on Tuesday, but loyal troops quelled it.", "GAB"),
    ("니제르 군인들이 화요일 쿠데타를 시도했으나 정부군이 진압했다.", "NER"),
]


@pytest.mark.parametrize("text,state", CRUSHED_TOLD_COUPS)
def test_a_coup_told_then_crushed_is_the_plotters_assault_and_nothing_of_the_crushers(text, state):
    assert [(e.type, [p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text)] == [("ASSAULT", [state], [state])]


@pytest.mark.parametrize("text", CRUSHED_COUPS)
def test_a_coup_crushed_is_no_act_of_the_crushers(text):
    assert not events(text)


CROWDS_CRUSHED = [
    ("Gabonese police suppressed protests in Libreville on Tuesday.", "COERCE"),
    ("가봉 경찰은 화요일 시위대를 진압했다.", "COERCE"),
]


@pytest.mark.parametrize("text,kind", CROWDS_CRUSHED)
def test_a_crowd_crushed_stays_a_crackdown(text, kind):
    assert [e.type for e in events(text)] == [kind]

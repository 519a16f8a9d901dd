"""Shows of force in both languages, on our own sentences:
- a deed noun naming a drill's kind ('a precision bombing drill', 'a live-fire strike exercise', '정밀폭격 훈련') is no
  attack and no labour strike: the drill's MOBILIZE only (lang/en/act_drills.drill_compounds);
- a show of force 'in response to' another side's act, the words after the act word ('held a bombing drill in
  response to X's launch'), answers the state that mobilized before it (lang/en/language.response_act);
- warning shots are a show of force by the firer (MOBILIZE), aimed at the side warned: the one fired at, the subject of
  a cause clause ('after X's soldiers crossed', '북한군이 넘자'), else the other side of the acts just told
  (act_drills.warning_fire, lang/ko/act_warnings, pipeline/act_recipients).

Formerly tests/lang/test_force9_shows.py, classes first read by force9, session 23 (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def found(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, actors", [
    ("Chile and Peru conducted a precision bombing drill near the coast on Tuesday.", {"CHL", "PER"}),
    ("Norway's navy held a live-fire strike exercise off its coast on Monday.", {"NOR"}),
    ("Gabon's air force staged a bombing exercise over the desert on Friday.", {"GAB"}),
    ("칠레와 페루 공군은 11일 연합 정밀폭격 훈련을 실시했다.", {"CHL", "PER"}),
    ("노르웨이 해군은 12일 해상에서 포격 훈련을 했다.", {"NOR"}),
])
def test_a_deed_noun_naming_a_drill_is_no_attack(text, actors):
    assert not found(text, "ASSAULT") and not found(text, "PROTEST"), events(text)
    kind = "COOPERATE" if len(actors) > 1 else "MOBILIZE"  # plans56: a drill of two states is the joint drill
    assert any(a == actors for a, _r in found(text, kind)), found(text, kind)


@pytest.mark.parametrize("text", [
    "Chile bombed rebel camps on Tuesday.",
    "Peru carried out a bombing of the depot on Monday.",
])
def test_a_deed_noun_without_a_drill_stays_an_attack(text):
    assert found(text, "ASSAULT"), events(text)


@pytest.mark.parametrize("text, actor, answered", [
    ("Venezuela fired a missile into the sea on Monday. Guyana conducted a bombing drill in response to the "
     "Venezuelan launch.", "GUY", "VEN"),
    ("Venezuela fired a missile into the sea on Monday. Guyana staged drills near the border on Tuesday in response "
     "to the launch.", "GUY", "VEN"),
    ("베네수엘라는 11일 해상으로 미사일을 발사했다. 이에 대응해 가이아나군은 해상 사격을 했다.", "GUY", "VEN"),
])
def test_a_show_of_force_in_response_answers_the_earlier_mobilizer(text, actor, answered):
    assert ({actor}, {answered}) in found(text, "MOBILIZE"), found(text, "MOBILIZE")


def test_talks_in_response_are_no_show_of_force():
    text = "Venezuela fired a missile into the sea on Monday. Guyana held talks with Brazil in response to the launch."
    assert not any(a == {"GUY"} for a, _r in found(text, "MOBILIZE")), found(text, "MOBILIZE")


@pytest.mark.parametrize("text, actor, warned", [
    ("Guyanese soldiers fired warning shots after Venezuelan soldiers crossed the border on Tuesday.", "GUY", "VEN"),
    ("The Peruvian coast guard fired a warning shot at a Chilean fishing boat on Friday.", "PER", "CHL"),
    ("가이아나군은 12일 국경을 넘은 베네수엘라군에 경고사격을 했다.", "GUY", "VEN"),
    ("페루 해안경비대는 칠레 어선에 경고사격을 했다.", "PER", "CHL"),
    ("베네수엘라군이 군사분계선을 넘자 가이아나군은 경고사격을 했다.", "GUY", "VEN"),
])
def test_warning_fire_is_a_show_of_force_aimed_at_the_side_warned(text, actor, warned):
    assert ({actor}, {warned}) in found(text, "MOBILIZE"), events(text)
    assert not found(text, "THREATEN") and not found(text, "ASSAULT"), events(text)


@pytest.mark.parametrize("text", [
    "The Peruvian navy did not fire warning shots at the Chilean vessel.",
    "The Peruvian navy did not fire what it called warning shots.",
])
def test_warning_fire_denied_is_no_event(text):
    assert not found(text, "MOBILIZE"), events(text)


@pytest.mark.parametrize("text", [
    "Venezuela tested a new tactical guided weapon on Tuesday.",
    "Venezuela said on Tuesday it tested what it called a new-type tactical guided weapon.",
    "Venezuela tested a new unmanned strategic weapon on Tuesday.",
    "Venezuelan state media said on Tuesday the leader had watched the test firing of a new cruise missile.",
    "Venezuelan state media said on Tuesday the leader had watched the test firing of a \"new-type guided weapon\".",
    "베네수엘라는 지난 17일 신형 전술유도무기 사격시험을 진행했다고 밝혔다.",
    "베네수엘라는 17일 신형 순항미사일 발사시험을 했다.",
])
def test_a_weapons_test_named_with_adjectives_is_a_show_of_force(text):
    assert any(e.type == "MOBILIZE" and e.mode == "weapons" and "VEN" in {p.country for p in e.participants}
               for e in events(text)), events(text)



@pytest.mark.parametrize("text, forbidden", [
    ("Hundreds of Chileans waving flags and beating drums waited for hours at the crossing.", "ASSAULT"),
    ("Peru's team beat the odds on Monday.", "ASSAULT"),
    ("Chad has been battling a jihadist insurgency since 2012.", "ASSAULT"),
])
def test_force_words_that_report_no_blow_of_the_day(text, forbidden):
    assert not any(e.type == forbidden for e in events(text)), events(text)


@pytest.mark.parametrize("text, actor, struck", [
    ("Chad battled rebels in northern Niger on Monday.", "TCD", "NER"),
    ("Chilean police beat Peruvian protesters at the border on Monday.", "CHL", "PER"),
])
def test_force_words_with_victims_stay_attacks(text, actor, struck):
    assert any(actor in a and struck in r for a, r in found(text, "ASSAULT")), events(text)


@pytest.mark.parametrize("text, attacker, victim", [
    ("A suicide bomber from the Chad-based militant group rammed a car packed with explosives into a convoy of "
     "Nigerian paramilitary police on Monday, killing 30.", "TCD", "NGA"),
    ("On Monday a suicide bomber from a Niger-based group rammed a truck into a convoy of Malian soldiers.", "NER",
     "MLI"),
])
def test_an_attacker_noun_from_a_group_based_in_a_state(text, attacker, victim):
    assert ({attacker}, {victim}) in found(text, "ASSAULT"), found(text, "ASSAULT")


@pytest.mark.parametrize("text, attacker, victim", [
    ("On Tuesday, Chadian warplanes bombed what Chad said was a rebel training camp near a town in eastern Niger.",
     "TCD", "NER"),
    ("On Tuesday, Chadian warplanes bombed what officials said were rebel camps in eastern Niger.", "TCD", "NER"),
])
def test_a_free_relative_frame_does_not_end_the_clause(text, attacker, victim):
    assert ({attacker}, {victim}) in found(text, "ASSAULT"), found(text, "ASSAULT")


@pytest.mark.parametrize("text, actor", [
    ("Brazil and Argentina discussed Venezuela, which on Friday fired two short-range projectiles into the sea.", "VEN"),
    ("Chile condemned Peru, which fired two missiles into the sea on Friday.", "PER"),
    ("Venezuela has refrained from missile tests since 2017, but on April 17 it tested a new guided weapon.", "VEN"),
])
def test_a_pronoun_subject_acts_for_its_antecedent(text, actor):
    assert any(a == {actor} for a, _r in found(text, "MOBILIZE")), found(text, "MOBILIZE")


def test_a_name_modifying_a_noun_is_no_antecedent():
    text = "The war in Ukraine, which killed thousands, dominated talks between Chile and Peru on Monday."
    assert not any("UKR" in a for a, _r in found(text, "ASSAULT")), found(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Chile's president met Peru's president in Lima on Monday. Over the weekend, state media reported that the leader "
    "had inspected an artillery unit and ordered his troops to fire as part of combat drills.",
    "칠레 대통령은 12일 리마에서 페루 대통령과 정상회담을 했다. 앞서 지난 10일에는 해안포 사격을 실시했다.",  # a guard
])
def test_a_show_of_force_is_no_deed_of_the_talks_parties(text):
    assert not any(a & {"CHL", "PER"} for a, _r in found(text, "MOBILIZE")), found(text, "MOBILIZE")


@pytest.mark.parametrize("text, actor, target", [
    ("미국은 21일 말리군에 대한 군사훈련과 지원을 중단한다고 발표했다.", "USA", "MLI"),
    ("칠레는 21일 페루군과의 연합훈련과 군사지원을 중단했다.", "CHL", "PER"),
    ("The United States suspended military training and aid to Mali on Friday.", "USA", "MLI"),  # a guard
])
def test_a_drill_halted_with_the_aid_is_no_drill_held(text, actor, target):
    assert ({actor}, {target}) in found(text, "SANCTION"), events(text)
    assert not found(text, "MOBILIZE"), found(text, "MOBILIZE")


def test_a_drill_held_stays_a_drill():
    assert found("칠레는 21일 페루군과 연합훈련을 실시했다.", "COOPERATE") or found("칠레는 21일 해상에서 군사훈련을 실시했다.", "MOBILIZE")


@pytest.mark.parametrize("text, state", [
    ("A suicide bomber from the Chad-based militant group killed 40 Nigerien soldiers on Feb. 14. In September 2016, "
     "after militants attacked an army base and killed 19 soldiers, Niger sent commandos across the border in what it "
     "called \"surgical strikes\" on militant camps.", "NER"),
    ("Chadian artillery shelled a Nigerien border town on Monday. Two years ago, after militants attacked an army base "
     "and killed 19 soldiers, Niger sent commandos across the border.", "NER"),
    ("차드 포병은 12일 니제르 국경 마을을 포격했다. 2년 전 무장세력이 군 기지를 공격해 병사 19명을 숨지게 하자 니제르는 국경 "
     "너머로 특수부대를 보냈다.", "NER"),  # a guard
])
def test_stateless_militants_give_no_state_attacking_itself(text, state):
    assert not any(a == r == {state} for a, r in found(text, "ASSAULT")), found(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Militants attacked an army base in northern Nigeria on Monday.",
    "Boko Haram militants attacked a Nigerian army base on Monday.",
])
def test_militants_in_a_named_state_stay_a_domestic_attack(text):
    assert ({"NGA"}, {"NGA"}) in found(text, "ASSAULT"), found(text, "ASSAULT")


@pytest.mark.parametrize("text, attacker, struck", [
    ("Chadian jets bombed rebel camps in northern Niger on Monday. Niger's army said two civilians were killed by "
     "Chadian fire on Tuesday.", "TCD", "NER"),
    ("Chadian jets bombed rebel camps in northern Niger on Monday. Chadian officials said Nigerien troops had targeted "
     "several villages near the border.", "NER", "TCD"),
    ("차드 전투기들이 12일 니제르 북부의 반군 기지를 폭격했다. 니제르군은 차드군의 포격으로 민간인 2명이 숨졌다고 밝혔다.", "TCD",
     "NER"),  # a guard: the Korean reader finds the victims' side itself
])
def test_an_attack_on_a_target_of_no_state_strikes_the_other_side_of_the_conflict(text, attacker, struck):
    evs = found(text, "ASSAULT")
    assert any(a == {attacker} for a, _r in evs), evs
    assert all(r == {struck} for a, r in evs if a == {attacker}), evs


def test_an_attack_with_no_conflict_told_stays_unaimed():
    assert ({"NER"}, set()) in found("Chad's army said two civilians were killed by Nigerien fire on Tuesday.", "ASSAULT")

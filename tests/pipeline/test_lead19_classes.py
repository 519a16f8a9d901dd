"""Classes found on the lead's held-out articles (session 19), end to end on our own sentences, both languages:
- a judgement of a deed named without its author ('criticized the move', '이번 조치를 비판했다') when the story coded no
  act the deed could be: the acting sides of the act words, and the states of the named people who were subjects, in
  the sentence just before, other than the judge and those who only judged there (a state named as a subject in a
  sentence with no act word is not read: its roles are read only where an act word stands;
  pipeline/act_recipients.judged_deed reading `Narrative.doers` / `judges`);
- a seizure, arrest or release whose clause names no state ('The vessel was seized by a patrol ship', '선원들을
  석방했다') is of the states whose vessel or people the story last told seized or freed (act_recipients.held_again
  reading `Narrative.held`);
- a judgement of 'the measures' ('이번 조치를 비난했다') is of the last sanction or seizure by another side the story
  told, though another side's statement came between (act_recipients.implied_addressee reading `Narrative.measures`).
  English marks such nouns as judged acts of a kind (`answered_kinds`), not yet for sanctions;
- a withdrawal or ceasefire naming no state ('철수했다', 'withdrew across the border') yields to the side whose act
  against the withdrawing side was told last, in its sentence or the few before (act_recipients.withdrawn_from);
- a voice going on after a mutual act ('X said it was sharing information with A and B. It also urged C ...') is the
  act's own subject, not the partners the act joined to it (pipeline/acts.spoken_by);
- a year inside an aside on the subject ('X, which seized power in 2021, accused Y') dates the aside, not the act:
  no history (lang/base.past_year reading `past_year_aside_re`; Korean relative clauses were read so already)."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import sides


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hungary pledged support for the breakaway region's leader on Sunday. Romania swiftly criticized the move.",
     "ROU", "HUN"),
    ("Chile's president paid tribute at a contested monument on Friday. Bolivia condemned the decision.",
     "BOL", "CHL"),
    ("칠레 대통령이 20일 논란이 된 기념비에 헌화했다. 볼리비아 외교부는 이날 이번 조치를 강하게 비판했다.",
     "BOL", "CHL"),
    ("헝가리 정부는 20일 분리주의 지도자에 대한 지지를 표명했다. 루마니아 외교부는 이번 결정을 비난했다.", "ROU", "HUN"),
])
def test_a_judged_deed_is_the_doers_of_the_sentence_before(text, actor, recipient):
    found = sides(text, "ACCUSE", "2026-02-20")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    # the sentence before only judged too: its judge did no deed of its own
    "Romania criticized the move on Sunday. Moldova also condemned the decision.",
    "루마니아 외교부는 20일 이번 조치를 비판했다. 몰도바 외교부도 이번 결정을 비난했다.",
    # the deed is two sentences back: no longer the one just told
    "Hungary sent a delegation to a disputed border ceremony on Sunday. Analysts said the timing mattered. "
    "Romania swiftly criticized the move.",
])
def test_a_judgement_with_no_doer_just_before_is_no_act(text):
    assert sides(text, "ACCUSE", "2026-02-20") == []


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Ecuador's navy seized a Colombian fishing boat on Tuesday. Ecuador freed the crew on Friday.",
     "RETREAT", "ECU", "COL"),
    ("Ecuador's navy seized a Colombian fishing boat on Tuesday. The navy also detained the captain.",
     "COERCE", "ECU", "COL"),
    ("에콰도르 해군이 17일 콜롬비아 어선 1척을 나포했다. 에콰도르 당국은 20일 선원들을 석방했다.",
     "RETREAT", "ECU", "COL"),
    ("에콰도르 해군이 17일 콜롬비아 어선 1척을 나포했다. 해군은 선장도 구금했다.", "COERCE", "ECU", "COL"),
])
def test_a_seizure_or_release_naming_no_state_is_of_the_boat_or_people_last_held(text, kind, actor, recipient):
    found = sides(text, kind, "2026-03-20")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text, kind", [
    # nothing was held before: a release naming no one is no one's
    ("Ecuador freed the crew on Friday.", "RETREAT"),
    ("에콰도르 당국은 20일 선원들을 석방했다.", "RETREAT"),
])
def test_a_release_with_no_one_held_before_has_no_recipient(text, kind):
    assert all(not r for _a, r in sides(text, kind, "2026-03-20"))


@pytest.mark.parametrize("text, actor, recipient", [
    # the third side judging was no target: no act was done to it that its judgement could answer
    ("캐나다 정부는 13일 베네수엘라 단체 5곳을 제재 대상으로 지정했다. 베네수엘라 외무부는 14일 성명을 내고 캐나다를 "
     "규탄했다. 쿠바 외무부도 이번 조치를 강하게 비난했다.", "CUB", "CAN"),
])
def test_a_judged_measure_is_the_last_sanctioners_though_a_statement_came_between(text, actor, recipient):
    found = sides(text, "ACCUSE", "2026-10-15")
    assert any(actor in a and recipient in r for a, r in found) and not any(
        actor in a and "VEN" in r for a, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("인도군은 국경 초소 인근에서 중국군에 경고사격을 했고, 중국군은 10여 분 만에 실질통제선 너머로 철수했다.", "CHN", "IND"),
    ("가이아나군이 20일 베네수엘라군 순찰대에 경고사격을 했다. 베네수엘라군은 곧바로 국경 너머로 철수했다.", "VEN", "GUY"),
    ("Guyanese troops fired warning shots at a Venezuelan patrol on Monday. Venezuela's troops withdrew across the "
     "border within minutes.", "VEN", "GUY"),
])
def test_a_withdrawal_naming_no_one_yields_to_the_side_that_just_acted_against_it(text, actor, recipient):
    found = sides(text, "RETREAT", "2026-04-21")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Venezuela's troops withdrew from the border area on Monday, the army said.",
    "베네수엘라군은 20일 국경 지역에서 철수했다고 군 당국이 밝혔다.",
])
def test_a_withdrawal_with_no_act_against_it_before_names_no_one(text):
    assert all(not r for _a, r in sides(text, "RETREAT", "2026-04-21"))


@pytest.mark.parametrize("text, kind, actor, partner", [
    ("칠레 합참은 \"페루, 아르헨티나 측과 관련 정보를 긴밀히 공유하고 있다\"고 밝혔다. 이어 \"볼리비아는 훈련을 즉각 중단해야 "
     "한다\"고 촉구했다.", "REQUEST", "CHL", "PER"),
    ("Chile's foreign ministry said it was sharing information closely with Peru and Argentina. It also urged Bolivia "
     "to halt the drills.", "REQUEST", "CHL", "PER"),
])
def test_a_voice_going_on_is_the_speaker_not_its_mutual_acts_partners(text, kind, actor, partner):
    found = sides(text, kind, "2026-05-12")
    assert any(actor in a and "BOL" in r for a, r in found) and not any(partner in a for a, _r in found), found


def test_both_sides_of_an_agreement_go_on_together_when_the_text_says_so():
    found = sides("칠레와 페루는 20일 정보 공유를 확대하기로 합의했다. 이어 양국은 볼리비아에 훈련 중단을 촉구했다.", "REQUEST",
                  "2026-05-12")
    assert any({"CHL", "PER"} <= set(a) and "BOL" in r for a, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Mali's junta, which seized power in 2021, accused Algeria of arming the rebels.", "MLI", "DZA"),
    ("Sudan's government, which has been based in the port city since fighting began in 2023, accused Chad of "
     "supplying drones to the rebels.", "SDN", "TCD"),
    ("2021년에 쿠데타로 집권한 말리 군사정부는 20일 알제리를 강하게 비난했다.", "MLI", "DZA"),
])
def test_a_year_in_an_aside_on_the_subject_does_not_make_the_act_history(text, actor, recipient):
    found = sides(text, "ACCUSE", "2026-08-20")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Mali's junta accused Algeria in 2021 of arming the rebels.",  # the act's own clause dates it: history
    "말리 군사정부는 2021년에 알제리를 비난한 바 있다.",
])
def test_a_year_in_the_acts_own_clause_still_makes_it_history(text):
    assert sides(text, "ACCUSE", "2026-08-20") == []

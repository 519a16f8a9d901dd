"""(nominal53) Deeds told inside a noun phrase, in both languages, on our own sentences:
- a present participle on the people an act was done to describes them ('detained farmers marching to X', Korean
  '행진하던 농민을 구금했다'): no PROTEST, REQUEST or help of the doer (en act_object_participles; Korean's adnominal
  reader already keeps it apart);
- a welcomed or praised deed noun whose doer a 'by' phrase names past its target ('welcomed the release of two sailors
  by Iran', Korean '이란이 ... 석방한 것을 환영했다'): that side's deed beside the welcome (en act_judged); with no doer
  named ('welcomed the signing of the accord') the deed is still no act of the judge.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act
from tests.event_sides import events


@pytest.mark.parametrize("sentence, doer, state", [
    ("Indian police detained dozens of farmers marching to the capital.", "COERCE", "IND"),
    ("Bolivian troops dispersed students demanding new elections in Sucre.", "COERCE", "BOL"),
    ("Kenyan police arrested hundreds of teachers protesting outside parliament.", "COERCE", "KEN"),
    ("인도 경찰은 수도로 행진하던 농민 수십 명을 구금했다.", "COERCE", "IND"),
    ("볼리비아 경찰은 새 선거를 요구하던 학생들을 체포했다.", "COERCE", "BOL"),
])
def test_a_participle_on_the_object_is_no_deed_of_the_doer(sentence, doer, state):
    found = events(sentence)
    assert any(e.type == doer and state in {p.country for p in e.participants} for e in found), \
        [(e.type, e.mode) for e in found]
    own = [e for e in found if e.type in ("PROTEST", "REQUEST")
           and any(p.country == state and p.sector in ("COP", "MIL") for p in e.participants)]
    assert not own, [(e.type, [(p.country, p.sector) for p in e.participants]) for e in own]


@pytest.mark.parametrize("sentence, kind, state", [
    ("Indian farmers marched to the capital on Monday.", "PROTEST", "IND"),  # the march is the clause's own verb
    ("Police in Peru arrested 40 miners, and students marched to Lima.", "PROTEST", "PER"),  # another clause
])
def test_a_finite_verb_of_the_people_stays_their_deed(sentence, kind, state):
    assert_act(events(sentence), kind, {state}, None, "occurred")


@pytest.mark.parametrize("sentence, judge, kind, doer", [
    ("Norway praised the withdrawal of troops from the border by Armenia.", "SUPPORT", "RETREAT", "ARM"),
    ("Chile welcomed the resumption of aid by Japan.", "SUPPORT", "AID", "JPN"),
    ("노르웨이는 아르메니아가 국경에서 병력을 철수한 것을 환영했다.", "SUPPORT", "RETREAT", "ARM"),
])
def test_a_judged_deed_with_its_doer_named_is_that_sides_deed(sentence, judge, kind, doer):
    found = events(sentence)
    assert any(e.type == judge for e in found), [(e.type, e.mode) for e in found]
    deed = [e for e in found if e.type == kind]
    assert deed and {p.country for p in deed[0].participants} == {doer}, [(e.type, e.mode) for e in found]


@pytest.mark.parametrize("sentence, kind", [
    ("Chile welcomed the signing of the accord.", "AGREE"),  # no doer named: the judge signed nothing
    ("Chile welcomed the resumption of aid.", "AID"),
    ("Chile welcomed the release of two sailors by boat.", "RETREAT"),  # a 'by' of means names no doer
])
def test_a_judged_deed_with_no_doer_is_no_act(sentence, kind):
    found = events(sentence)
    assert not [e for e in found if e.type == kind], [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("sentence", [
    "Latvia condemned the transfer of tanks to Serbia by Belarus.",
    "라트비아는 벨라루스가 세르비아에 전차를 이전한 것을 비난했다.",
])
def test_a_condemned_deed_with_its_doer_accuses_the_doer_and_is_done(sentence):
    found = events(sentence)
    assert_act(found, "ACCUSE", {"LVA"}, {"BLR"}, "occurred")
    assert_act(found, "AID", {"BLR"}, {"SRB"}, "occurred")

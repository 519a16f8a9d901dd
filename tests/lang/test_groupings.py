"""Groupings of states and count words that refer back to them (groups1), one table per class, with sentences of
our own (states, days and wording outside the evaluation batches), in both languages:

1. a named grouping with no organ of its own ('the E3', 'the Baltic states', '유럽 3국은', '발트 3국은') acts and is
   acted on as its member states, from one data file (readout/data/groupings.yaml, kb/groupings.py) read by both
   languages' country finders (lang/en/groupings.py, lang/ko/groupings.py); a gloss of the states just listed
   ('Britain, France and Germany, known as the E3', '영국·프랑스·독일(E3)은') is no second mention; a body with its own
   organs stays IGO ('the G7 condemned': countries.yaml);
2. a grouping's name that holds a count word ('발트 3국은') is read by its members, not as a count referring back
   to the states named before it (pipeline/act_side_items.state_group_items, pipeline/states);
3. a count word before 의 and a deed of the states ('3국의 조치를 지지한다고', '양국의 합의를 지지한다') owns the
   deed judged: the states named before, as "the three countries' decision" does (lexicon ko state_refs_re);
4. a welcome of an accord named without its parties ('welcomed the ceasefire', '합의를 환영했다', '협정 체결을
   환영했다') supports the parties of the last accord the story told (lang/en/act_welcomed.py,
   lang/ko/act_welcomes.welcomed_deeds; the lexicons' welcomed_deeds / welcomed_accord_noun); a welcome of nothing told
   before supports no one;
5. a count of countries ('3국', 'the three countries') counts states: an international body named beside states in
   the sentence read back is none of them (pipeline/state_references.states_named_before);
6. an appeal to 'both sides' / '양측' with no conflict told and no pair in its sentence or meeting asks the pair the
   last sentence naming other states names (pipeline/act_pairs.last_named; 'encouraging' joins the appeal verbs of
   lexicon en appealed_pair_re); three states there are no pair; a group word that opens a target phrase before the
   span's first noun ('calm from both countries') is that target (pipeline/act_recipients.targeted).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.groupings import grouping_forms, groupings
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2025, 3, 4)
E3 = {"GBR", "FRA", "DEU"}
BALTIC = {"EST", "LVA", "LTU"}


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


def test_groupings_data():
    members = {g.id: set(g.members) for g in groupings()}
    assert members["grp_e3"] == E3 and members["grp_baltic"] == BALTIC
    assert grouping_forms("ko")["유럽 3국"] == grouping_forms("en")["E3"]


# 1. a named grouping acts and is acted on as its members
@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("The E3 condemned Belarus on Monday for the detention of the journalists.", "ACCUSE", E3, {"BLR"}),
    ("The Baltic states expelled Belarusian diplomats on Monday.", "SANCTION", BALTIC, {"BLR"}),
    ("Venezuela accused the E3 on Monday of meddling in its affairs.", "ACCUSE", {"VEN"}, E3),
    ("Britain, France and Germany, known as the E3, imposed sanctions on Belarus on Monday.", "SANCTION", E3, {"BLR"}),
    ("유럽 3국은 3일 벨라루스에 대한 제재를 발표했다.", "SANCTION", E3, {"BLR"}),
    ("발트 3국은 3일 벨라루스 외교관들을 추방했다.", "SANCTION", BALTIC, {"BLR"}),
    ("베네수엘라 외무부는 4일 유럽 3국을 강하게 비난했다.", "ACCUSE", {"VEN"}, E3),
    ("영국·프랑스·독일(E3)은 3일 벨라루스에 대한 제재를 발표했다.", "SANCTION", E3, {"BLR"}),
])
def test_named_grouping(text, kind, actors, recipients):
    events = read(text)
    assert_act(events, kind, actors, recipients, OCC)
    found = next(e for e in events if e.type == kind)
    assert {p.country for p in found.participants} == actors  # no count read back, no second mention


@pytest.mark.parametrize("text, kind", [
    ("The G7 condemned Belarus on Monday for the detention of the journalists.", "ACCUSE"),
    ("주요 7개국(G7)은 3일 벨라루스를 규탄했다.", "ACCUSE"),
])
def test_body_stays_igo(text, kind):
    assert_act(read(text), kind, {"IGO"}, {"BLR"}, OCC)


# 2. a grouping's count word is no reference back to the states named before it
@pytest.mark.parametrize("text", [
    "칠레와 페루, 볼리비아는 2일 회담했다. 발트 3국은 3일 벨라루스 외교관들을 추방했다.",
    "Chile, Peru and Bolivia held talks on Sunday. The Baltic states expelled Belarusian diplomats on Monday.",
])
def test_grouping_count_not_read_back(text):
    found = [e for e in read(text) if e.type == "SANCTION"]
    assert found and {p.country for p in found[0].participants} == BALTIC


# 3. a count word owning the deed a statement judges
@pytest.mark.parametrize("text, actors, recipients", [
    ("덴마크·노르웨이·핀란드는 3일 벨라루스에 대한 제재를 발표했다. 이집트 외교장관은 4일 3국의 조치를 지지한다고 밝혔다.",
     {"EGY"}, {"DNK", "NOR", "FIN"}),
    ("칠레와 페루는 3일 국경 협정에 서명했다. 브라질 외교부는 4일 양국의 합의를 환영했다.", {"BRA"}, {"CHL", "PER"}),
    ("Denmark, Norway and Finland imposed sanctions on Belarus on Monday. Egypt welcomed the three countries' step "
     "on Tuesday.", {"EGY"}, {"DNK", "NOR", "FIN"}),
])
def test_count_word_owns_judged_deed(text, actors, recipients):
    assert_act(read(text), "SUPPORT", actors, recipients, OCC)


@pytest.mark.parametrize("text", [
    "칠레와 페루는 3일 국경 협정에 서명했다. 양국의 입장은 여전히 다르다고 브라질 외교부는 밝혔다.",
])
def test_count_word_before_other_nouns_no_party(text):
    assert all(e.type != "SUPPORT" for e in read(text))


# 4. a welcome of an accord named without its parties
@pytest.mark.parametrize("text, actors, recipients", [
    ("Chile and Peru agreed to a ceasefire on Monday. Spain's foreign minister welcomed the truce in a "
     "statement.", {"ESP"}, {"CHL", "PER"}),
    ("Chile and Peru signed a border agreement on Monday. Spain welcomed the agreement on Tuesday.", {"ESP"},
     {"CHL", "PER"}),
    ("칠레와 페루는 3일 휴전에 합의했다. 스페인 외교부는 4일 논평을 내고 합의를 환영했다.", {"ESP"}, {"CHL", "PER"}),
    ("칠레와 페루는 3일 국경 협정에 서명했다. 스페인 정부는 협정 체결을 환영했다.", {"ESP"}, {"CHL", "PER"}),
])
def test_welcomed_accord(text, actors, recipients):
    assert_act(read(text), "SUPPORT", actors, recipients, OCC)


@pytest.mark.parametrize("text", [
    "Spain welcomed the agreement on Tuesday.",
    "스페인 정부는 4일 합의를 환영했다.",
])
def test_welcomed_accord_nothing_told(text):
    found = [e for e in read(text) if e.type == "SUPPORT"]
    assert all(not e.recipients for e in found)


# 5. a count of countries counts no international body
@pytest.mark.parametrize("text", [
    "덴마크·노르웨이·핀란드는 3일 벨라루스에 대한 제재를 발표했다. 러시아와 중국은 유엔 안보리에 긴급회의 소집을 "
    "요청했다. 이집트 외교장관은 4일 3국의 조치를 지지한다고 밝혔다.",
    "Denmark, Norway and Finland imposed sanctions on Belarus on Monday. Russia and China asked the "
    "U.N. Security Council for an emergency session. Egypt welcomed the three countries' step on Tuesday.",
])
def test_count_skips_bodies(text):
    assert_act(read(text), "SUPPORT", {"EGY"}, {"DNK", "NOR", "FIN"}, OCC)


# 6. 'both sides' with no conflict told: the pair named last
@pytest.mark.parametrize("text, recipients", [
    ("Chile and Peru have been locked in a trade dispute. Spain encouraged both sides to settle their differences on "
     "Tuesday.", {"CHL", "PER"}),
    ("Chile and Peru have been locked in a trade dispute. Spain was encouraging the two sides to settle their "
     "differences, an official said on Tuesday.", {"CHL", "PER"}),
    ("Chile and Peru have been locked in a trade dispute. The UN chief called for calm from "
     "both countries on Tuesday.", {"CHL", "PER"}),
    ("칠레와 페루는 무역 분쟁을 겪고 있다. 스페인 외교장관은 4일 양측이 협상 테이블로 돌아올 것을 촉구했다.", {"CHL", "PER"}),
    ("칠레와 페루는 무역 분쟁을 겪고 있다. 스페인 외교장관은 4일 두 나라가 협상 테이블로 돌아올 것을 "
     "촉구했다.",
     {"CHL", "PER"}),
])
def test_both_sides_named_last(text, recipients):
    found = [e for e in read(text) if e.type == "REQUEST"]
    assert found and {p.country for p in found[0].recipients} == recipients


def test_both_sides_not_three():
    text = "Chile, Peru and Bolivia have been locked in a trade dispute. Spain urged both sides to settle their differences."
    assert all(not e.recipients for e in read(text) if e.type == "REQUEST")


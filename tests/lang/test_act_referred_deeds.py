"""Acts in both languages (refer42): a judgement whose object is a definite act noun refers back to the act the story
told, and the doer of that act receives it.

1. the act nouns are the lexicon's deed noun entries (ASSAULT, MOBILIZE, SANCTION, COERCE, the veto's REJECT/yield:
   act_cue_filling.deed_nouns, cue answered_entry_kinds), not only the hand list: 'denounced the veto', 'condemned the
   blockade', 'criticized the suspension'; Korean the lexicon's measure nouns (act_table.MEASURE_CUE: '이번 봉쇄를
   규탄했다') and the veto (cue answered_refusal: '이번 거부권 행사를 비난했다'). A veto is kept among the story's
   measures (act_recipients.JUDGED_REFUSALS), so the vetoer is found however far back.
2. a diplomatic protest ('protested the seizure') and a feeling whose phrase names the deed ('expressed deep regret
   over the veto') answer it too (lang/en/act_referred); a degree adjective before the Korean feeling noun ('이번
   발사에 깊은 유감을') does not hide the deed judged (act_judged_kinds.degree_adjective).
3. a judged veto named first keeps its kind though force is named later in the clause ('slammed the veto and accused
   X of ... the attack': pipeline/acts.judging).
An owner named in the phrase ("Ecuador's veto", '볼리비아의 거부권 행사') is read from the clause as before.
4. (class 2) a protest lodged with a state ('lodged a protest with X', 'X에 항의했다') or with the envoy called in, also
   called to a place ('X 대사를 [외교부 청사로] 불러 ... 항의했다': act_targets.past_destination), is addressed to
   that state, whatever the protested matter names; a U.N. resolution named as the rule broken ('calling the launch a
   violation of Security Council resolutions') is no people and no party (act_recipients.rule_only).
5. (class 4) a state named in the verdict on an unowned deed is the deed's victim, not the one judged ('condemned the
   strikes as "a violation of X's sovereignty"': act_referred.verdict_victims; '"X의 주권을 침해한 위반"이라며 공습을
   규탄': act_judged_kinds.quoted_description past the judged object).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


@pytest.mark.parametrize("text, actors, recipients", [
    ("Bolivia vetoed the Security Council resolution on Monday. Chile denounced the veto.", {"CHL"}, {"BOL"}),
    ("Bolivia vetoed the Security Council resolution on Monday. Uruguay slammed the veto as reckless.",
     {"URY"}, {"BOL"}),
    ("Bolivia vetoed the Security Council resolution on Monday. Chile expressed deep regret over the veto.",
     {"CHL"}, {"BOL"}),
    ("Bolivia vetoed the Security Council resolution on Monday. Chile voiced concern over Ecuador's veto.",
     {"CHL"}, {"ECU"}),
    ("Chile banned imports of Peruvian fish on Monday. Peru denounced the ban.", {"PER"}, {"CHL"}),
    ("Chile suspended talks with Peru on Monday. Peru criticized the suspension.", {"PER"}, {"CHL"}),
    ("Chile annexed a disputed island on Monday. Peru condemned the annexation.", {"PER"}, {"CHL"}),
    ("Ecuador's navy seized a Peruvian fishing boat on Monday. Peru protested the seizure.", {"PER"}, {"ECU"}),
    ("Paraguay test-fired a rocket on Monday. Uruguay expressed regret over the launch.", {"URY"}, {"PRY"}),
    ("볼리비아는 2일 안보리 결의안에 거부권을 행사했다. 칠레 외교부는 이번 거부권 행사를 강하게 비난했다.",
     {"CHL"}, {"BOL"}),
    ("볼리비아는 2일 안보리 결의안에 거부권을 행사했다. 칠레 외교부는 이번 거부권 행사에 깊은 유감을 표명했다.",
     {"CHL"}, {"BOL"}),
    ("칠레 해군은 2일 볼리비아 항구를 봉쇄했다. 볼리비아 정부는 이번 봉쇄를 규탄했다.", {"BOL"}, {"CHL"}),
    ("노르웨이는 2일 벨라루스 외교관 2명을 추방했다. 벨라루스 외무부는 이번 추방을 비난했다.", {"BLR"}, {"NOR"}),
    ("파라과이는 2일 탄도미사일을 발사했다. 우루과이 정부는 이번 발사에 깊은 유감을 표명했다.", {"URY"}, {"PRY"}),
])
def test_judged_deed_noun_refers_back_to_its_doer(text, actors, recipients):
    assert_act(read(text), "ACCUSE", actors, recipients, OCC)


def test_judged_veto_keeps_its_kind_beside_force_named_later():
    events = read("Bolivia and Ecuador vetoed a draft resolution on Friday. Chile's envoy slammed the vetoes as "
                  "\"cynical\" and accused La Paz and Quito of refusing to condemn the attack.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and all({p.country for p in e.recipients} == {"BOL", "ECU"} for e in accusations)


# class 2: a protest lodged with a state, and a U.N. resolution named as the rule broken (never a recipient)
@pytest.mark.parametrize("text, actors, recipients", [
    ("Paraguay test-fired a rocket on Monday. Uruguay lodged a protest with Paraguay through diplomatic channels.",
     {"URY"}, {"PRY"}),
    ("Paraguay test-fired a rocket on Monday. Uruguay protested to Paraguay through its embassy in Asuncion.",
     {"URY"}, {"PRY"}),
    ("파라과이는 2일 로켓을 발사했다. 우루과이 정부는 대사관 경로를 통해 파라과이에 엄중히 항의했다.", {"URY"}, {"PRY"}),
    ("파라과이는 2일 로켓을 발사했다. 우루과이 정부는 이번 발사가 안보리 결의 위반이라고 파라과이에 항의했다.",
     {"URY"}, {"PRY"}),
    ("Chile's deputy foreign minister called in Bolivia's ambassador to the foreign ministry on Monday to protest the "
     "new defense treaty between Bolivia and Peru.", {"CHL"}, {"BOL"}),
    ("칠레 외교차관은 3일 주칠레 볼리비아 대사를 외교부 청사로 불러 볼리비아와 페루가 체결한 조약에 대해 엄중히 항의했다.",
     {"CHL"}, {"BOL"}),
])
def test_protest_lodged_with_a_state(text, actors, recipients):
    assert_act(read(text), "ACCUSE", actors, recipients, OCC)


@pytest.mark.parametrize("text", [
    "Paraguay test-fired a rocket on Monday. Uruguay lodged a strong protest with Paraguay, calling the launch a "
    "violation of Security Council resolutions.",
    "Paraguay test-fired a rocket on Monday. Uruguay called the launch a clear violation of Security Council "
    "resolutions.",
])
def test_resolution_named_as_the_rule_broken_is_no_recipient(text):
    accusations = [e for e in read(text) if e.type == "ACCUSE"]
    assert accusations and all({p.country for p in e.recipients} == {"PRY"} for e in accusations)


# class 4: a state named in the verdict on an unowned deed is its victim, not the one judged
@pytest.mark.parametrize("text, actors, recipients", [
    ("Chile and Peru launched air strikes against rebel bases in Bolivia overnight. Ecuador's foreign ministry "
     "strongly condemned the strikes as \"a clear violation of Bolivia's sovereignty,\" state media reported.",
     {"ECU"}, {"CHL", "PER"}),
    ("Paraguay test-fired a rocket on Monday. Uruguay condemned the launch as a threat to Argentina.",
     {"URY"}, {"PRY"}),
    ("칠레와 페루가 12일 볼리비아 내 반군 근거지를 공습했다. 에콰도르 외무부 대변인은 \"볼리비아의 주권과 영토 보전을 "
     "침해한 명백한 위반\"이라며 공습을 규탄했다.", {"ECU"}, {"CHL", "PER"}),
    ("칠레와 페루가 12일 볼리비아 내 반군 근거지를 공습했다. 에콰도르 외무부 대변인은 이번 공습을 \"볼리비아의 주권을 "
     "침해한 명백한 위반\"이라고 규탄했다.", {"ECU"}, {"CHL", "PER"}),
])
def test_victim_named_in_the_verdict_is_no_recipient(text, actors, recipients):
    assert_act(read(text), "ACCUSE", actors, recipients, OCC)


# tidy46: one reader of the deed a judgement's phrase is about (act_answers.deed_topic), asked by a feeling spelled as
# the entry's object before the answers are marked (felt_over_deed) and by the judgements that reach it later
# (act_referred.targeted_deed): a deed named in the judge's own words, a feeling over the deed, a characterization
@pytest.mark.parametrize("text, actors, recipients", [
    ("Paraguay test-fired a rocket on Monday. Uruguay voiced concern over what it called a reckless provocation.",
     {"URY"}, {"PRY"}),
    ("Ecuador's navy seized a Peruvian fishing boat on Monday. Peru voiced anger over the seizure.", {"PER"}, {"ECU"}),
    ("Paraguay test-fired a rocket on Monday. Uruguay lodged a protest over the launch.", {"URY"}, {"PRY"}),
    ("Bolivia vetoed the Security Council resolution on Monday. Chile hit back, calling the veto cynical.",
     {"CHL"}, {"BOL"}),
    ("파라과이는 2일 로켓을 발사했다. 우루과이 정부는 이번 발사에 강한 우려를 표명했다.", {"URY"}, {"PRY"}),
])
def test_deed_a_judgement_is_about_answers_its_doer(text, actors, recipients):
    assert_act(read(text), "ACCUSE", actors, recipients, OCC)

"""Korean acts: who did what to whom on the open batches' Korean classes, with the English form of a class where
English has one. Each row is a sentence we wrote for the test (not a batch's, not the eval's), read through the
whole pipeline: the (actors, recipients) of each event of a type.

Formerly tests/lang/test_ko_sides32.py, classes first read by session 24, ko-acts32 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

PUB = date(2024, 5, 10)


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    """The (actors, recipients) of each event of `type_` the text states."""
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


# 1. 'A는 [B가 ...한] 데 대해 "..."라며 "유감을 표한다"고 밝혔다': the subject B closes the clause of the fact judged
# (데 대해) before the quotation opens, so the quotation joined by -라며 is not B's own words; the topic A speaks and
# judges (clauses.own_quote). Korean only: English puts the judged fact after the judging verb.
JUDGED_FACT_BEFORE_QUOTE = [
    '브라질 대통령은 9일 아르헨티나 정부가 브라질 외교관 2명을 추방하기로 한 데 대해 "대단히 성급한 결정"이라며 '
    '"깊은 유감을 표한다"고 밝혔다.',
    '칠레 외교장관은 9일 볼리비아 정부가 칠레산 농산물 수입을 금지한 데 대해 "부당한 조치"라며 "강한 유감을 표한다"고 말했다.',
]


@pytest.mark.parametrize("text", JUDGED_FACT_BEFORE_QUOTE)
def test_judged_fact_subject_is_not_the_quotes_speaker(text):
    accuse = sides(text, "ACCUSE")
    assert accuse and accuse[0][0] & {"BRA", "CHL"} and not accuse[0][0] & {"ARG", "BOL"}, accuse


# 2. A counter-measure described by the adnominal of its noun ('상응하는 조치', as '상응 조치') taken under a condition
# on another state is a threat to that state, said with any saying verb (act_noun_lookup.described_measure); the
# condition's subject is found across an auxiliary ('타격을 가해 온다면') and across a verb joined by -고 ('교훈을 얻지
# 못하고 ... 감행한다면') (act_conditions.condition_spans). English: 'if X ..., we will take corresponding measures'.
COUNTER_MEASURE_UNDER_CONDITION = [
    '에콰도르 대통령은 9일 "페루가 의도적으로 우리 경제에 타격을 가해 온다면 우리 역시 상응하는 조치를 단호하게 '
    '취해 나갈 것"이라고 밝혔다.',
    "에콰도르 대통령은 9일 페루가 국경을 봉쇄하면 상응하는 조치를 취하겠다고 말했다.",
]


@pytest.mark.parametrize("text", COUNTER_MEASURE_UNDER_CONDITION)
def test_described_counter_measure_under_condition_threatens(text):
    assert sides(text, "THREATEN") == [({"ECU"}, {"PER"})]


# 3. A fate foretold for the side a condition names ('B가 ...한다면 참패할 것', '후회하게 될 것') is a threat made to it
# by the speaker (cue doom_verb, act_conditions.doomed); the same verb with no condition reports a defeat, no act.
# English: 'X would suffer a crushing defeat' (consequence_objects: defeat), 'the party suffered a defeat': none.
DOOM_THREATS = [
    '콜롬비아 국방부 대변인은 9일 "페루가 교훈을 얻지 못하고 무력 개입을 감행한다면 참패할 것"이라고 말했다.',
    '콜롬비아 대통령은 9일 "페루가 국경을 넘는다면 반드시 후회하게 될 것"이라고 말했다.',
    "A Colombian defence ministry spokesman said on Thursday that Peru would suffer a crushing defeat if it intervened.",
]


@pytest.mark.parametrize("text", DOOM_THREATS)
def test_fate_foretold_under_condition_threatens(text):
    assert sides(text, "THREATEN") == [({"COL"}, {"PER"})]


@pytest.mark.parametrize("text", [
    "콜롬비아 여당은 9일 총선에서 참패했다.",
    "페루 대표팀은 결승에서 참패할 것이라는 전망이 나왔다.",
    "Colombia's ruling party suffered a crushing defeat in Sunday's election.",
])
def test_defeat_without_condition_is_no_threat(text):
    assert sides(text, "THREATEN") == []


# 4. 'A가 B에 무력을 사용할 수도 있다고 경고했다', 'A가 B에 보복하겠다고 경고했다': with no topic, a subject before reported
# content that tells what will or may be done (-겠다고, V-ㄹ 것이라고, V-ㄹ 수(도) 있다고) says it of itself, so it warns,
# and the 에 noun after it is the one warned (clauses.own_future, act_addressees.said_of_itself); a reported past deed
# ('A가 B에 미사일을 쐈다고 비난했다') keeps A to the deed.
@pytest.mark.parametrize("text, expected", [
    ("아프리카연합이 말리 군부에 무력을 사용할 수도 있다고 경고했다.", [({"IGO"}, {"MLI"})]),
    ("칠레 정부가 페루에 보복하겠다고 경고했다.", [({"CHL"}, {"PER"})]),
    ("칠레가 페루에 미사일을 발사할 수 있다고 미국 국무부가 경고했다.", [({"USA"}, {"CHL"})]),
])
def test_subject_saying_its_own_future_warns(text, expected):
    assert sides(text, "THREATEN") == expected


def test_reported_past_deed_keeps_its_subject():
    assert sides("칠레가 페루에 미사일을 쐈다고 비난했다.", "ASSAULT") == [({"CHL"}, {"PER"})]


# 5. A clash noun realized by the light verb 빚다 ('무력 충돌을 빚었다', as 벌이다) is force used by both sides when its clause
# shows it armed (the clash reader's rule), and one owned by a group word for the pair told before ('양국 간 무력
# 충돌', '두 나라 사이의 무력 충돌') is fought by that pair (act_clashes.group_owner; lexicon state_refs_re lets a group
# word before 간/사이/의 count only before a fight noun). English: 'fighting between the two countries'.
@pytest.mark.parametrize("text", [
    "에콰도르와 페루는 9일 국경 지대에서 무력 충돌을 빚었다.",
    "에콰도르군과 페루군이 충돌을 빚어 10명이 숨졌다.",
    "에콰도르와 페루의 국경 분쟁이 격화하고 있다. 양국 간 무력 충돌이 사흘째 이어졌다.",
    "에콰도르와 페루의 국경 분쟁이 격화하고 있다. 두 나라 사이의 무력 충돌로 10명이 숨졌다.",
    "Ecuador and Peru met in Lima on Thursday. Fighting between the two countries continued for a third day.",
])
def test_clash_with_light_verb_or_pair_word_is_fought_by_both(text):
    assert sides(text, "ASSAULT") == [({"ECU", "PER"}, {"ECU", "PER"})]  # each the other's target (clash49)


@pytest.mark.parametrize("text", [
    "두 나라는 국경 문제로 갈등을 빚었다.",
    "에콰도르와 페루는 회담에서 의견 충돌을 빚었다.",
    "에콰도르와 페루는 국경 문제로 충돌을 빚었다.",
    "에콰도르와 페루 정상이 9일 회담했다. 양국 간 협력을 강화하기로 했다.",
])
def test_friction_or_cooperation_is_no_clash(text):
    assert sides(text, "ASSAULT") == []


# 6. A bare agent noun of a state ('군부에', '중재단에') stands for the state the document named it with before ('말리
# 군부', '카타르 중재단'): the body addressed is that state's (lexicon agent_back_re, pipeline/common.agents_referred).
# English: 'urged the junta' after "Mali's junta".
@pytest.mark.parametrize("text, expected", [
    ("말리 군부가 쿠데타를 일으켰다. 아프리카연합은 군부에 헌정 질서 회복을 촉구했다.", [({"IGO"}, {"MLI"})]),
    ("카타르 중재단이 협상을 주선했다. 유엔은 중재단에 협상 재개를 요청했다.", [({"UNO"}, {"QAT"})]),
    ("Mali's junta seized power last week. The African Union on Thursday urged the junta to restore constitutional "
     "order.", [({"IGO"}, {"MLI"})]),
])
def test_bare_agent_noun_is_the_state_named_with_it(text, expected):
    assert sides(text, "REQUEST") == expected


# 7. A rejection of only what was just told ('이를 부인했다', 'denied it') answers the thing told last: after a proposal
# then a charge, the charge's owner receives it (pipeline/act_build.told_last; English: a denial's pronoun object is a
# charge, told_pronouns after denial_verbs, act_rejected_objects.rejected_proposals); after a charge then a proposal, the
# proposal's.
@pytest.mark.parametrize("text", [
    "칠레는 페루에 회담을 제안했다. 페루는 칠레가 국경을 침범했다고 비난했다. 칠레는 이를 부인했다.",
    "Chile proposed talks to Peru. Peru accused Chile of violating its border. Chile denied it.",
])
def test_denial_of_what_was_told_answers_the_charge(text):
    assert sides(text, "REJECT") == [({"CHL"}, {"PER"})]


@pytest.mark.parametrize("text", [
    "칠레는 페루에 회담을 제안했다. 페루는 이를 거부했다.",
    "페루는 칠레가 국경을 침범했다고 비난했다. 칠레는 페루에 회담을 제안했다. 페루는 이를 거부했다.",
])
def test_refusal_of_what_was_told_last_answers_the_proposal(text):
    assert sides(text, "REJECT") == [({"PER"}, {"CHL"})]


# 8. An act told in the presence of its side's leader ('X가 참관한 가운데 ... 발사했다고 보도했다', state media style) with
# no subject of its own: the observer's side acts (lang/ko/act_observers.py); a clause naming its own subject keeps it.
# English: 'X oversaw the launch of ...' (the overseer owns the noun act).
@pytest.mark.parametrize("text, expected", [
    ("조선중앙통신은 9일 김정은 국무위원장이 참관한 가운데 신형 순항미사일 2발을 발사했다고 보도했다.", [({"PRK"}, set())]),
    ("조선중앙통신은 9일 김정은 국무위원장이 현지에서 지도한 가운데 신형 방사포를 시험사격했다고 보도했다.", [({"PRK"}, set())]),
    ("윤석열 대통령이 참석한 가운데 한미 연합훈련이 실시됐다.", [({"KOR", "USA"}, set())]),
    ("KCNA said Kim Jong Un oversaw the launch of two new cruise missiles on Thursday.", [({"PRK"}, set())]),
])
def test_act_in_leaders_presence_is_the_leaders_side(text, expected):
    kind = "COOPERATE" if "연합훈련" in text else "MOBILIZE"  # plans56: a joint drill is COOPERATE
    assert sides(text, kind) == expected

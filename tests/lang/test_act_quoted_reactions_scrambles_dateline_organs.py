"""Quoted reactions, paired condemnations, scrambles, kept-up criticism and organs under a foreign dateline (first read by ko-acts37), with sentences of our own (states outside the eval sets), an
English row where the class exists in English too:

1. a quoted reaction naming no one ('"용납할 수 없다"며 강하게 반발했다', '"We firmly oppose this," the ministry said
   in protest'): aimed at the side of the acts just reported, never the speaker's own; a refusal inside the quote
   naming nothing is the reaction's words, no REJECT of its own (cue reaction_verb, lang/ko/act_reactions.py).
2. two act verbs joined on one object ('반대하고 규탄했다', '반대하며 규탄했다'): one ACCUSE, no REJECT beside it
   (lang/ko/act_paired_condemnation.py, the Korean side of en44's 'opposes and condemns'); a proposal opposed keeps
   its REJECT.
3. forces scrambled against intruding forces ('[X 군용기가] 진입해 전투기를 출격시켰다고 밝혔다'): forces are no
   deployers of forces, so the speaker's side (else the dateline's state) deploys; the intruders keep the entry
   (lang/ko/act_scrambles.py).
4. criticism as a noun kept up or raised ('비난 공세를 이어갔다', '비난 수위를 높였다', 'stepped up its criticism of'):
   ACCUSE (CAMEO 111 pairs in scripts/data/ko_acts_cameo_spec.yaml; en_acts_additions 'step up' + criticism).
5. a bare ministry or spokesperson under a foreign dateline ('(리마=연합뉴스) 외교부 대변인은', 'LIMA (AP) -- The
   Foreign Ministry'): the dateline state's organ, not Seoul's, unless the text names its state ('한국 외교부는')
   (lang/ko/act_dateline_organs.py, pipeline/bare_body_state.dateline_organ).
6. (art32a class) a condemnation whose quote names the deed as a provocation breaking a rule ('"X 규정을 명백히
   위반한 도발"이라며 규탄했다'): aimed at the provocation's author just reported, not at the rule's body
   (act_judged_kinds.quoted_head, quoted_description; act_verdicts: an adverb inside the relative clause).
7. (art33a class) a capacity asked for ('공격할 수 있도록 해 달라', 'so that it could strike'): the content of the
   request, no use of force (endings.py: V-ㄹ 수 있도록 is a content ending).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 2. 반대하고 규탄했다: one ACCUSE
@pytest.mark.parametrize("text", [
    "페루는 칠레의 국경 훈련을 반대하며 규탄했다.",
    '페루 외교부는 성명에서 "칠레의 국경 훈련을 단호히 반대하고 강력히 규탄한다"고 밝혔다.',
    "페루는 칠레의 국경 훈련을 강력히 규탄하고 반대했다.",
    "Peru firmly opposes and strongly condemns Chile's border drills, the ministry said.",
])
def test_paired_condemnation_one_accuse(text):
    events = read(text)
    assert_act(events, "ACCUSE", {"PER"}, {"CHL"}, OCC)
    assert_act(events, "REJECT", set(), None, None)


def test_opposed_proposal_keeps_reject():
    events = read("페루는 칠레의 제안을 반대하고 규탄했다.")
    assert_act(events, "REJECT", {"PER"}, {"CHL"}, OCC)
    assert_act(events, "ACCUSE", {"PER"}, {"CHL"}, OCC)


# 3. 군용기가 진입해 전투기를 출격시켰다: the detecting side scrambles
@pytest.mark.parametrize("text, scrambler, intruder", [
    ("칠레 국방부는 페루 군용기 2대가 영공에 진입해 전투기를 출격시켰다고 밝혔다.", "CHL", "PER"),
    ('(서울=연합뉴스) 합참은 "페루 정찰기 3대가 방공식별구역에 진입해 공군 전투기를 긴급 출격시켰다"고 밝혔다.', "KOR", "PER"),
    ("Chile scrambled fighter jets after two Peruvian bombers entered its airspace.", "CHL", "PER"),
])
def test_scramble_against_intruders(text, scrambler, intruder):
    found = [e for e in read(text) if e.type == "MOBILIZE"]
    doers = [countries(e.participants) - countries(e.recipients) for e in found]
    assert {scrambler} in doers and {intruder} in doers, doers


# 4. 비난 공세를 이어갔다, 비난 수위를 높였다: ACCUSE
@pytest.mark.parametrize("text", [
    "페루는 칠레를 겨냥한 비난 공세를 이어갔다.",
    "페루 외교부는 칠레에 대한 비난 수위를 높였다.",
    "페루는 칠레를 향한 비판 공세를 강화했다.",
    "페루는 칠레에 대한 비난을 되풀이했다.",
    "Peru stepped up its criticism of Chile on Monday.",
])
def test_continued_criticism(text):
    events = read(text)
    assert_act(events, "ACCUSE", {"PER"}, {"CHL"}, OCC)
    assert_act(events, "COOPERATE", set(), None, None)


# 1. "..."며 반발했다: aimed at the side that acted
@pytest.mark.parametrize("text", [
    '칠레 해군이 페루 어선 3척을 나포했다. 페루 외교부 대변인은 "용납할 수 없다"며 강하게 반발했다.',
    '칠레 해군이 페루 어선 3척을 나포했다. 페루는 "결코 묵과할 수 없는 도발"이라며 반발했다.',
    '칠레는 페루산 연어 수입을 금지했다. 페루 정부는 "단호히 반대한다"며 반발했다.',
    "Chile's navy seized three Peruvian fishing boats on Monday. \"We firmly oppose this,\" the Peruvian foreign "
    "ministry said in protest.",
])
def test_quoted_reaction_answers_the_actor(text):
    events = read(text)
    judged = [e for e in events if e.type in ("ACCUSE", "REJECT")]
    assert judged and all(countries(e.recipients) == {"CHL"} and "PER" in countries(e.participants)
                          for e in judged), [(e.type, countries(e.participants), countries(e.recipients))
                                             for e in judged]


# 5. (리마=연합뉴스) 외교부 대변인은: Peru's
@pytest.mark.parametrize("text, actor", [
    ("(리마=연합뉴스) 외교부 대변인은 이날 브리핑에서 칠레의 국경 훈련을 비난했다.", "PER"),
    ('(리마=연합뉴스) 국방부는 "칠레는 국경 훈련을 즉각 중단해야 한다"고 말했다.', "PER"),
    ("(서울=연합뉴스) 외교부는 칠레의 국경 훈련을 비난했다.", "KOR"),
    ("(리마=연합뉴스) 한국 외교부는 칠레의 국경 훈련을 비난했다.", "KOR"),
    ("LIMA (AP) -- The Foreign Ministry criticized Chile's border drills on Tuesday.", "PER"),
])
def test_bare_organ_under_dateline(text, actor):
    found = [e for e in read(text) if e.type in ("ACCUSE", "REQUEST")]
    assert found and all(countries(e.participants) - countries(e.recipients) == {actor} for e in found), \
        [(e.type, countries(e.participants)) for e in found]


# 6. "[X 규정을 위반한] 도발"이라며 규탄: the launcher, not the rule's body
@pytest.mark.parametrize("text", [
    '페루는 3일 단거리 탄도미사일 2발을 발사했다. 칠레 정부는 "국제해사기구(IMO) 규정을 명백히 위반한 도발"이라며 규탄했다.',
    '페루는 3일 단거리 탄도미사일 2발을 발사했다. 칠레 정부는 "유엔 결의를 위반한 도발"이라며 규탄했다.',
    'Peru fired two short-range ballistic missiles on Tuesday. Chile condemned the launch as "a provocation that '
    'clearly violates International Maritime Organization rules."',
])
def test_quoted_provocation_verdict(text):
    assert_act(read(text), "ACCUSE", {"CHL"}, {"PER"}, OCC)


# 7. 공격할 수 있도록 해 달라: asked for, no ASSAULT
@pytest.mark.parametrize("text", [
    '칠레 대통령은 "페루군을 공격할 수 있도록 해 달라"며 미국에 무기 사용 제한을 풀어줄 것을 요청했다.',
    "칠레는 페루군을 공격할 수 있도록 무기를 지원해 달라고 미국에 요청했다.",
    "Chile asked the United States to lift limits so that it could strike Peruvian troops.",
])
def test_capacity_asked_for(text):
    events = read(text)
    assert_act(events, "REQUEST", {"CHL"}, {"USA"}, OCC)
    assert_act(events, "ASSAULT", set(), None, None)

"""kowild47: Korean wire copy about states outside Northeast Asia (Africa, Latin America, Central Asia, the Gulf, the
Balkans), each row a sentence we wrote in the style of a news agency, read through the whole pipeline.

NAMES: a foreign name written by sound after its title ('카자흐스탄 외무장관 아셀 누르바예바는'), which kiwi tags as
common nouns it does not know (lang/ko/sentences.unknown_noun_tag reads such a noun as a proper one): the person
is the sentence's subject and the act or meeting is theirs. Negative rows: a Korean common noun after a title
('외무장관 회담은', '대통령 취임식은') is no person.
ATTACKS: a bare noun of attack in the instrumental before deaths or wounds ('무장세력의 공격으로 군인 15명이 숨졌다') is
an attack of force (lang/ko/act_harm_causes.harmful_attacks); negative rows: no harm told after it (a building falls,
a leader resigns).
INCLUDED: a state one group names as its example ('나이지리아를 비롯한 서아프리카 국가들은'), whose name carries the
including verb's object particle, takes the group's part: the subject (lang/ko/including_lists.py); negative rows: a
group that is the object, or a noun after the verb that is no group, leaves the name where its own particle puts it.
WIRE: the sentences of the probe the pipeline reads right (type, acting and receiving states)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

PUB = date(2025, 3, 10)

NAMES = [  # (sentence, the subject's name, its state, the event type, the other side's state)
    ("카자흐스탄 외무장관 아셀 누르바예바는 지난 3일 아스타나에서 키르기스스탄 외무장관과 회담했다.", "아셀 누르바예바", "KAZ",
     "CONSULT", "KGZ"),
    ("세네갈 외무장관 오스카르 벨트란은 6일 성명을 내고 말리 정부를 비난했다.", "오스카르 벨트란", "SEN", "ACCUSE", "MLI"),
    ("페루 외무장관 미하일로 페트로비치는 칠레 대사를 초치했다.", "미하일로 페트로비치", "PER", "ACCUSE", "CHL"),
    ("튀르키예 외무장관 메흐메트 아이든은 7일 바그다드를 방문해 이라크 총리와 회담했다.", "메흐메트 아이든", "TUR",
     "CONSULT", "IRQ"),
]

NOT_NAMES = [  # a Korean common noun after a title: no person
    "튀르키예 외무장관 회담은 7일 앙카라에서 열렸다.",
    "케냐 대통령 취임식은 7일 나이로비에서 열렸다.",
    "가나 외무장관 방문단은 7일 아크라로 돌아갔다.",
]


@pytest.mark.parametrize("text,name,state,kind,other", NAMES)
def test_sound_name_after_title(text, name, state, kind, other):
    article = extract_text(text, published=PUB)
    subjects = [m for m in article.mentions if m.role == "subject"]
    assert subjects and subjects[0].surface == name and subjects[0].entity.country == state
    found = [e for e in article.events if e.type == kind]
    assert found, [e.type for e in article.events]
    assert {state, other} <= countries(found[0].participants) | countries(found[0].recipients)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_common_noun_after_title_is_no_name(text):
    assert not [m.surface for m in extract_text(text, published=PUB).mentions if m.surface]


ATTACKS = [  # (sentence, the attacker's state or None, the victims' state)
    ("말리 북부에서 무장세력의 공격으로 군인 15명이 숨졌다.", None, "MLI"),
    ("부르키나파소 동부에서 반군의 매복 공격으로 군인 8명이 다쳤다.", None, "BFA"),
    ("니제르 서부에서 지난 4일 무장괴한들의 습격으로 주민 12명이 숨졌다.", None, "NER"),
    ("알샤바브의 공격으로 케냐 경찰관 4명이 숨졌다.", "SOM", "KEN"),
]

NOT_ATTACKS = [  # an attack noun with no harm after it: words, or damage to things
    "니제르 서부에서 무장세력의 공격으로 건물이 무너졌다.",
    "니제르 서부에서 야당의 공격으로 여당 대표가 사퇴했다.",
    "말리 정부는 야당의 공격으로 지지율이 떨어졌다고 밝혔다.",
]


@pytest.mark.parametrize("text,attacker,victims", ATTACKS)
def test_attack_causing_harm_is_force(text, attacker, victims):
    found = [e for e in extract_text(text, published=PUB).events if e.type == "ASSAULT"]
    assert found
    assert countries(found[0].recipients) == {victims}
    if attacker:
        assert attacker in countries(found[0].participants)


@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_attack_noun_without_harm_is_no_force(text):
    assert not [e for e in extract_text(text, published=PUB).events if e.type == "ASSAULT"]


INCLUDED = [  # (sentence, type, acting states exactly, receiving states)
    ("나이지리아를 비롯한 서아프리카 국가들은 지난 3일 니제르 군정에 대한 경제 제재를 발표했다.", "SANCTION", {"NGA"}, {"NER"}),
    ("나이지리아와 가나를 비롯한 서아프리카 국가들은 니제르 군정을 비난했다.", "ACCUSE", {"NGA", "GHA"}, {"NER"}),
    ("에콰도르를 포함한 안데스 국가들은 페루 정부의 결정을 환영했다.", "SUPPORT", {"ECU"}, {"PER"}),
    ("알제리를 비롯한 북아프리카 국가 정상들은 리비아 사태에 우려를 표명했다.", "ACCUSE", {"DZA"}, {"LBY"}),
    # negative rows: the group is the object, or no group follows: the name is the side acted on
    ("말리 정부는 부르키나파소를 비롯한 이웃 국가들을 비난했다.", "ACCUSE", {"MLI"}, {"BFA"}),
    ("세네갈 정부는 감비아를 포함한 중재안을 거부했다.", "REJECT", {"SEN"}, {"GMB"}),
]


@pytest.mark.parametrize("text,kind,actors,recipients", INCLUDED)
def test_included_state_takes_the_groups_part(text, kind, actors, recipients):
    found = [e for e in extract_text(text, published=PUB).events if e.type == kind]
    assert found
    e = found[0]
    assert countries(e.participants) - countries(e.recipients) == actors
    assert countries(e.recipients) == recipients

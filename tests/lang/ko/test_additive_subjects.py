"""Korean acts: the additive 도 on a later clause's subject (lang/ko/particle_roles.additive_own_subject). Each row is a
sentence we wrote for the test, read through the whole pipeline.

After a first clause whose topic acted ('A는 B를 규탄했고,'), a noun phrase marked with 도 that opens the next clause
is that clause's own subject when its verb already has an object or a quotation after it ('C 외교부도 우려를 표명했다':
C too expressed concern), so C acts, not A. Without one ('C도 비판했다') the topic may still govern and 도 marks the
other party ('criticised C too'): that reading is kept."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko import clauses
from readout.lang.ko.particle_roles import speaker_before_quote
from readout.lang.ko.sentences import split
from tests.conftest import countries

PUB = date(2024, 5, 22)


def pairs(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """(type, acting states, receiving states) of each event read from `text`."""
    out = set()
    for e in extract_text(text, published=PUB).events:
        receivers = countries(e.recipients)
        out.add((e.type, frozenset(countries(e.participants) - receivers), frozenset(receivers)))
    return out


# sentence, type, the 도 phrase's state (who must act), the first topic's state (who must not act in that clause),
# the receiving state
OWN_SUBJECT = [
    ("케냐 정부는 소말리아를 비난하며, 에티오피아 외교부도 소말리아에 자제를 촉구했다.", "REQUEST", "ETH", "KEN", "SOM"),
    ("칠레 외교부는 페루를 규탄했고, 볼리비아 외교부도 페루에 깊은 우려를 표명했다.", "ACCUSE", "BOL", "CHL", "PER"),
    ("베트남 외교부는 중국의 해상 훈련을 비난했으며, 필리핀 정부도 중국의 훈련을 규탄했다.", "ACCUSE", "PHL", "VNM", "CHN"),
    ("노르웨이 정부는 러시아를 비판했고, 핀란드 국방부도 러시아에 해명을 요구했다.", "REQUEST", "FIN", "NOR", "RUS"),
]


@pytest.mark.parametrize("text,type_,actor,topic,recipient", OWN_SUBJECT)
def test_additive_phrase_with_its_own_object_acts(text, type_, actor, topic, recipient):
    found = pairs(text)
    assert any(t == type_ and actor in acting and recipient in received for t, acting, received in found), found
    assert not any(t == type_ and topic in acting and actor in received for t, acting, received in found), found


# negatives: no object after the 도 phrase, so the topic still acts and the 도 phrase is what it acts on ('B too');
# sentence, type, topic's state (acting), 도 phrase's state (receiving)
OBJECT_TOO = [
    ("칠레 외교부는 페루를 규탄했고, 볼리비아도 비판했다.", "ACCUSE", "CHL", "BOL"),
    ("가나 외교부는 토고 대사를 만났고, 베냉 대사도 만났다.", "CONSULT", "GHA", "BEN"),
]


@pytest.mark.parametrize("text,type_,topic,other", OBJECT_TOO)
def test_additive_phrase_without_object_stays_the_other_party(text, type_, topic, other):
    found = pairs(text)
    assert any(t == type_ and topic in acting and other in received | acting for t, acting, received in found), found
    assert not any(t == type_ and acting == {other} for t, acting, received in found), found


def test_lone_additive_sentence_names_the_actor():
    """'A국도 B에 ...를 촉구했다' alone: no topic before it, the 도 phrase acts."""
    found = pairs("스웨덴 외교부도 벨라루스에 정치범 석방을 촉구했다.")
    assert any(t == "REQUEST" and "SWE" in acting and "BLR" in received for t, acting, received in found), found


# A later clause's subject (도 or 는) right before a quotation its saying verb closes with 라고 is who says it
# (lang/ko/particle_roles.speaker_before_quote): the first clause's topic never accuses it.
# sentence, first topic's state, the later speaker's state
QUOTED_SPEAKERS = [
    ("베트남 외교부는 중국의 해상 훈련을 비난했으며, 필리핀 정부도 \"지역 안정을 해치는 행위\"라고 규탄했다.", "VNM", "PHL"),
    ("베트남 외교부는 중국의 해상 훈련을 비난했으며, 필리핀 정부는 \"지역 안정을 해치는 행위\"라고 규탄했다.", "VNM", "PHL"),
    ("페루 외교부는 칠레의 어업 규제를 비판했고, 에콰도르 정부도 \"일방적이고 부당한 조치\"라고 반발했다.", "PER", "ECU"),
]


@pytest.mark.parametrize("text,topic,speaker", QUOTED_SPEAKERS)
def test_speaker_before_quotation_is_not_the_topics_target(text, topic, speaker):
    found = pairs(text)
    assert not any(topic in acting and speaker in received for _t, acting, received in found), found


def speaker_reading(text: str, name: str, verb: str) -> bool:
    """`speaker_before_quote` for the word starting with `name` towards the verb starting with `verb`."""
    (_span, toks), = split(text, 0)
    r = clauses.reader(text, tuple(toks))
    i, j = r.word_at(text.index(name)), r.word_at(text.index(verb))
    i = next(k for k in range(i, j) if r.facts[k].particle)  # the phrase's particle-marked word
    return speaker_before_quote(r, i, r.clause_of(j)[0], j)


@pytest.mark.parametrize("text,name,verb,expected", [
    ("베트남 외교부는 중국의 해상 훈련을 비난했으며, 필리핀 정부도 \"지역 안정을 해치는 행위\"라고 규탄했다.", "필리핀", "규탄", True),
    # negatives: a subject in the topic's own clause is the content's ('[필리핀이] "..."고 촉구했다'); a quote closed
    # by no quoting particle
    ("베트남 외교부는 해상 훈련을 마친 필리핀이 \"중국과 즉시 대화에 나서야 한다\"고 촉구했다고 밝혔다.", "필리핀", "촉구", False),
    ("베트남 외교부는 중국의 해상 훈련을 비난했으며, 필리핀 정부도 중국의 훈련을 규탄했다.", "필리핀", "규탄", False),
])
def test_speaker_before_quote_reading(text, name, verb, expected):
    assert speaker_reading(text, name, verb) is expected

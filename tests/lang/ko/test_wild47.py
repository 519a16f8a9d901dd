"""kowild47: Korean wire copy about states outside Northeast Asia (Africa, Latin America, Central Asia, the Gulf, the
Balkans), each row a sentence we wrote in the style of a news agency, read through the whole pipeline.

NAMES: a foreign name written by sound after its title ('카자흐스탄 외무장관 아셀 누르바예바는'), which kiwi tags as
common nouns it does not know (lang/ko/sentences.unknown_noun_tag reads such a noun as a proper one): the person
is the sentence's subject and the act or meeting is theirs. Negative rows: a Korean common noun after a title
('외무장관 회담은', '대통령 취임식은') is no person.
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

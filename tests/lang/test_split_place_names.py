"""(kofollow68) A gazetteer place name kiwi splits out of line is read on the surface string, its particle stripped
(lang/ko/place_words): a state's name of several words before a noun ('트리니다드 토바고 정부는', kiwi: 토 + 바 + 고/JC)
acts as that state, as English 'the government of Trinidad and Tobago' does, and a city with its particle
('발파라이소에서', kiwi: 에 + 서) is the event's place. Our own sentences; negative rows: a name inside a longer word
('발파라이소대학교에서') is no place, and a common word is never read as a name."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.sentences import split
from tests.conftest import countries

DAY = date(2024, 11, 15)


def proper_nouns(text: str) -> list[str]:
    return [t[0] for _span, toks in split(text, 0) for t in toks if t[1] == "NNP"]


TOKEN_ROWS = [
    # (sentence, a proper noun that must be read, True) or (sentence, a word that must not be one, False)
    ("트리니다드 토바고 정부는 15일 볼리비아를 규탄했다.", "토바고", True),
    ("볼리비아 대통령은 16일 발파라이소에서 칠레 대통령과 만났다.", "발파라이소", True),
    ("볼리비아 외교장관은 부에노스아이레스에서 성명을 냈다.", "부에노스아이레스", True),
    ("학생들은 발파라이소대학교에서 볼리비아를 규탄했다.", "발파라이소", False),
    ("볼리비아 정부는 16일 성명을 내고 칠레를 규탄했다.", "성명", False),
]


@pytest.mark.parametrize("text, word, read", TOKEN_ROWS)
def test_place_names_on_the_surface(text, word, read):
    assert (word in proper_nouns(text)) is read


PARTICLE_ROWS = [
    # (sentence, the place, the particle that must follow it as one morpheme)
    ("페루 대통령은 발파라이소에서 칠레 대통령과 만났다.", "발파라이소", "에서"),
    ("트리니다드 토바고는 16일 볼리비아를 규탄했다.", "토바고", "는"),
]


@pytest.mark.parametrize("text, name, particle", PARTICLE_ROWS)
def test_the_particle_after_a_place_is_one_morpheme(text, name, particle):
    toks = [t for _span, sent in split(text, 0) for t in sent]
    at = [k for k, t in enumerate(toks) if t[0] == name and t[1] == "NNP"]
    assert at and toks[at[0] + 1][0] == particle


def first_event(text: str, kind: str):
    found = [e for e in extract_text(text, published=DAY).events if e.type == kind]
    return found[0] if found else None


ACTOR_ROWS = [
    ("트리니다드 토바고 정부는 16일 볼리비아를 강하게 규탄했다.", "ACCUSE", "TTO"),
    ("The government of Trinidad and Tobago strongly condemned Bolivia on Monday.", "ACCUSE", "TTO"),
]


@pytest.mark.parametrize("text, kind, code", ACTOR_ROWS)
def test_a_split_state_name_acts(text, kind, code):
    event = first_event(text, kind)
    assert event is not None and code in countries(event.participants) - countries(event.recipients)


PLACE_ROWS = [
    ("볼리비아 대통령은 16일 발파라이소에서 칠레 대통령과 만났다.", "CONSULT", "CHL"),
    ("Bolivia's president met the Chilean president in Valparaiso on Monday.", "CONSULT", "CHL"),
    ("학생들은 16일 발파라이소대학교에서 볼리비아 대통령과 만났다.", "CONSULT", None),
]


@pytest.mark.parametrize("text, kind, place", PLACE_ROWS)
def test_a_city_with_its_particle_is_the_place(text, kind, place):
    event = first_event(text, kind)
    got = event.location.country if event is not None and event.location is not None else None
    assert got == place

"""The home state's bodies a Seoul paper names bare ('국회', '대통령실', '민주당', 'NSC'; lexicon ko home_bare_bodies,
lang/ko/home_words.py, actors57): governed by the one other state's subject they are that state's body ('A국 대통령은
국회의 요구를'), in a story placed in another state that state's (pipeline/story_states.story_home_words); at home
they stay the writer's state's. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries


def bare_body_codes(text: str, word: str) -> list[list[str]]:
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import kiwi

    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return [m.codes for m in find_countries(text, 0, toks) if text[m.start:m.end] == word]


@pytest.mark.parametrize("text, word, state", [
    ("우루과이 대통령은 9일 국회의 요구를 받아들여 세제 개편안을 철회하겠다고 밝혔다.", "국회", "URY"),
    ("파라과이 총리는 국회가 예산 처리를 미루고 있다고 지적했다.", "국회", "PRY"),
    ("가나 대통령은 대통령실의 발표를 직접 해명했다.", "대통령실", "GHA"),
    ("말라위 대통령은 NSC의 건의를 받아들여 국경 경계를 강화했다.", "NSC", "MWI"),  # lead59: every state has one
])
def test_a_bare_body_governed_by_a_foreign_subject_is_that_states(text, word, state):
    assert bare_body_codes(text, word) == [[state]]


@pytest.mark.parametrize("text, word", [
    ("국회는 9일 본회의를 열고 예산안을 통과시켰다.", "국회"),
    ("대통령실은 야당의 요구를 일축했다.", "대통령실"),
    ("여당 원내대표는 국회의 결정을 존중한다고 밝혔다.", "국회"),
    ("정부는 9일 NSC 상임위원회를 열고 대응 방안을 논의했다.", "NSC"),  # lead59: a bare NSC is no longer Washington's
])
def test_a_bare_body_at_home_stays_the_writers(text, word):
    assert bare_body_codes(text, word) == [["KOR"]]


STORIES = [  # (text, kind, actors) -- a story placed in another state
    ("(서울=연합뉴스) 에콰도르 키토에서 연료 보조금 폐지에 항의하는 시위가 이어졌다. "
     "국회는 10일 시위대의 요구를 받아들여 법안을 철회했다.", "CONCEDE", {"ECU"}),
    ("과테말라시티에서 대규모 시위가 벌어졌다. 대통령실은 시위대의 요구를 거부했다.", "REJECT", {"GTM"}),
]


@pytest.mark.parametrize("text, kind, actors", STORIES)
def test_a_bare_body_in_a_story_placed_abroad_is_that_states(extract, text, kind, actors):
    found = [e for e in extract(text).events if e.type == kind]
    assert found and countries(found[0].participants) == actors


def test_a_bare_body_in_a_story_naming_korea_stays_the_writers(extract):
    """A story that named Korea otherwise keeps its bare '국회' Korea's, even where a foreign city was named."""
    text = ("(서울=연합뉴스) 한국 외교부는 에콰도르 정세를 주시하고 있다. 에콰도르 키토에서 시위가 이어졌다. "
            "국회는 10일 교민 보호 대책을 요구한 시민단체의 요구를 받아들여 법안을 철회했다.")
    found = [e for e in extract(text).events if e.type == "CONCEDE"]
    assert found and countries(found[0].participants) == {"KOR"}

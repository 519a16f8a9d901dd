"""(debt51) A Korean title word is read by a table of small named readers (lang/ko/title_readers.TITLE_READERS), the
first that answers winning, as mentions.title_mentions' old if/elif chain did: each row names the reader that takes
the title word, and what it found (the name, the state, the office; the chain's own state of a finished mention is
filled later, by mentions.finish_mention). A profiled office ('… 외교장관을 지낸 B') is no one's: `Found(None, ...)`.
Sentences written for the test."""
from __future__ import annotations

import pytest

from readout.kb.loader import lexicon
from readout.lang.ko.mentions import find_mentions, title_at
from readout.lang.ko.sentences import kiwi
from readout.lang.ko.title_readers import TITLE_READERS, read_title
from readout.lang.ko.words import words_of


def tokens(text: str) -> list:
    return [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]


def first_reader(text: str, title: str):
    """(the reader's name, its answer) for the title word of `text` written `title`."""
    words = words_of(text, tokens(text))
    j = next(k for k, w in enumerate(words) if w.text == title)
    at = title_at(text, words, j, lexicon("ko"), 8, 5)
    name = next(r.__name__ for r in TITLE_READERS if r(at) is not None)
    return name, read_title(at)


@pytest.mark.parametrize("text, title, reader, found", [
    ("박성호장관은 페루를 방문했다.", "박성호장관은", "own_prefix_name", ("박성호", None, None)),
    ("호세 마르티네스 칠레 외교장관은 페루를 방문했다.", "외교장관은", "name_before", ("호세 마르티네스", None, None)),
    ("페루 총리 호세 마르티네스는 칠레를 방문했다.", "총리", "name_after", ("호세 마르티네스", "PER", "prime_minister")),
    ("페루 외교부 마리아 페레스 대변인은 칠레를 비난했다.", "대변인은", "body_named",
     ("마리아 페레스", "PER", "spokesperson")),
    ("칠레 외교부 대변인은 페루를 비난했다.", "대변인은", "chain_state", ("", None, None)),
    ("에콰도르의 신임 총리는 페루를 방문했다.", "총리는", "chain_state", ("", "ECU", "prime_minister")),
    ("관방장관은 중국을 비난했다.", "관방장관은", "state_titled", ("", "JPN", "chief_cabinet_secretary")),
    ("주중 대사는 회의에 참석했다.", "대사는", "posted_abroad", ("", "KOR", "ambassador")),
    ("해양경찰청장은 회의에 참석했다.", "해양경찰청장은", "nameless", ("", "KOR", "kor_coast_guard_commissioner")),
    ("주한 페루대사는 회의에 참석했다.", "페루대사는", "nameless", ("", "PER", "ambassador")),
    # negative row: the office a person held, profiled before the name, is no mention of its own
    ("칠레 외교장관을 지낸 호세 페레스는 말했다.", "외교장관을", "chain_state", None),
])
def test_the_first_reader_answers(text, title, reader, found):
    name, answer = first_reader(text, title)
    m = answer.mention
    assert (name, (m.surface, m.country, m.office) if m else None) == (reader, found)


@pytest.mark.parametrize("text, country", [
    ("칠레 외교부 대변인은 페루를 비난했다.", "CHL"),  # the chain's state, filled by finish_mention
    ("호세 마르티네스 칠레 외교장관은 페루를 방문했다.", "CHL"),
])
def test_a_finished_mention_takes_its_chains_state(text, country):
    assert [m.country for m in find_mentions(text, tokens(text))][:1] == [country]

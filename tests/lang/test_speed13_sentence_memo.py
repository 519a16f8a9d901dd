"""A Korean sentence's morphemes keep what readers build from them (`sentences.Morphemes`): the words and the clause
reader are asked of the caches once per sentence and answer exactly as a fresh build does; a memo is never handed to another text,
and pickling carries the morphemes alone. Every sentence is written for the test (places and people of no evaluation
article)."""
from __future__ import annotations

import pickle

import pytest

from readout.lang.ko import clauses, mentions
from readout.lang.ko.sentences import Morphemes, kiwi, split

SENTENCES = [
    "우루과이 외교장관은 3일 몬테비데오에서 핀란드 외교장관과 회담을 갖고 교역 확대에 합의했다.",
    "\"양국은 어업 협력을 강화하기로 했다\"고 칠레 외교부는 밝혔다.",
    "가나 정부는 이웃 나라의 국경 봉쇄를 강하게 비난했다.",
    "오늘은 비가 온다.",  # no name, no act: the slot is filled all the same
]


def morphemes(text: str) -> Morphemes:
    (_span, toks), = split(text, 0)
    return toks


def plain(text: str) -> tuple:
    return tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_words_are_kept_and_match_a_fresh_build(text):
    toks = morphemes(text)
    assert isinstance(toks, Morphemes) and toks == plain(text)  # the pipeline's sentences carry the slot
    first = mentions.words_of(text, toks)
    assert mentions.words_of(text, toks) is first  # kept: the second reader gets the same list
    fresh = mentions._words_of.__wrapped__(text, tuple(toks))
    assert [(w.start, w.end, w.text, w.tokens, w.noun, w.particle, w.proper) for w in first] == \
        [(w.start, w.end, w.text, w.tokens, w.noun, w.particle, w.proper) for w in fresh]


@pytest.mark.parametrize("text", SENTENCES)
def test_reader_is_kept_and_answers_as_a_fresh_one(text):
    toks = morphemes(text)
    r = clauses.reader(text, toks)
    assert clauses.reader(text, toks) is r
    assert r.words is mentions.words_of(text, toks)  # the reader's words are the sentence's kept words
    fresh = clauses.SentenceReader(text, tuple(toks))
    assert [r.clause_of(i) for i in range(len(r.words))] == [fresh.clause_of(i) for i in range(len(fresh.words))]
    assert r.facts == fresh.facts


def test_a_memo_is_never_handed_to_another_text():
    """The same morphemes asked with another text (a caller's slice) get that text's own words, not the kept ones."""
    text = SENTENCES[0]
    toks = morphemes(text)
    kept = mentions.words_of(text, toks)
    other = text.replace("우루과이", "파라과이")  # same length, same offsets
    words = mentions.words_of(other, toks)
    assert words is not kept and words[0].text == "파라과이" and kept[0].text == "우루과이"
    assert clauses.reader(other, toks).text == other


def test_pickled_morphemes_carry_no_memo():
    text = SENTENCES[1]
    toks = morphemes(text)
    clauses.reader(text, toks)
    copy = pickle.loads(pickle.dumps(toks))
    assert isinstance(copy, Morphemes) and copy == toks and not copy.__dict__


def test_plain_tuples_and_lists_still_read():
    """Callers holding plain morphemes (tests, tools) are read as before, through the bounded caches."""
    text = SENTENCES[2]
    toks = plain(text)
    assert [w.text for w in mentions.words_of(text, list(toks))] == [w.text for w in mentions.words_of(text, toks)]
    assert clauses.reader(text, list(toks)).words[0].text == "가나"


@pytest.fixture(scope="module")
def korean():
    from readout.pipeline import default_pipeline

    return default_pipeline().languages["ko"]


@pytest.mark.parametrize("text, words", [
    ("우루과이 외교장관은 3일 몬테비데오에서 핀란드 외교장관과 회담을 가졌다.", ["회담"]),
    ("칠레 대통령은 다음 주 페루 대통령과 만날 예정이다.", ["만날"]),
    ("두 정상은 전화 통화를 하고 어업 협력을 논의했다.", ["통화"]),
])
def test_meeting_gate_never_skips_a_meeting_word(korean, text, words):
    """The reader is built only where the lexicon's meeting pattern matches; where it does, the triggers are read."""
    toks = morphemes(text)
    found = korean.meeting_triggers(text, toks)
    assert [t.text for t in found] and all(any(w in t.text for t in found) for w in words)
    assert toks.memo("reader", text) is not None


def test_a_sentence_without_meeting_words_builds_no_reader(korean):
    text = "가나 정부는 이웃 나라의 국경 봉쇄를 강하게 비난했다."
    toks = morphemes(text)
    assert korean.meeting_triggers(text, toks) == []
    assert toks.memo("reader", text) is None

"""The per-sentence shortcuts of the fourteenth session answer as the full readers do. The Korean meeting reader
builds no clause reader for a sentence its meeting pattern does not match, and still reads every sentence where it
does; English `clause()` gives a meeting word's and an act word's bounds as before. Every sentence is written for
the test (places and people of no evaluation article)."""
from __future__ import annotations

import pytest

from readout.lang.ko import clauses
from readout.lang.ko.sentences import kiwi


@pytest.fixture(scope="module")
def languages():
    from readout.pipeline import default_pipeline

    return default_pipeline().languages


def morphemes(text: str) -> tuple:
    return tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))


@pytest.fixture
def built(monkeypatch):
    """How many clause readers are built (the cache of readers is bypassed, so each request counts)."""
    count = [0]
    make = clauses.SentenceReader

    def counted(text, tokens):
        count[0] += 1
        return make(text, tokens)

    monkeypatch.setattr(clauses, "reader", counted)
    return count


@pytest.mark.parametrize("text, word", [
    ("우루과이 외교장관은 3일 몬테비데오에서 핀란드 외교장관과 회담을 가졌다.", "회담"),
    ("칠레 대통령은 다음 주 페루 대통령과 만날 예정이다.", "만날"),
    ("두 정상은 전화 통화를 하고 어업 협력을 논의했다.", "통화"),
    ("가나 외교장관은 토고를 방문해 외무장관과 면담했다.", "면담"),
])
def test_meeting_gate_never_skips_a_meeting_word(languages, built, text, word):
    """Where the lexicon's meeting pattern matches, the reader is built and the trigger read."""
    found = languages["ko"].meeting_triggers(text, morphemes(text))
    assert any(word in t.text for t in found)
    assert built[0] >= 1


@pytest.mark.parametrize("text", [
    "가나 정부는 이웃 나라의 국경 봉쇄를 강하게 비난했다.",
    "오늘은 비가 온다.",
])
def test_a_sentence_without_meeting_words_builds_no_reader(languages, built, text):
    assert languages["ko"].meeting_triggers(text, morphemes(text)) == []
    assert built[0] == 0


@pytest.mark.parametrize("text, word, bounds", [
    # an act word: the clause bounds alone
    ("Uruguay condemned the raid, and Finland called for calm.", "condemned", None),
    # a meeting word coordinated after another phrase starts at its 'and'
    ("The envoy arrived in Lima on Monday and is expected to meet the Chilean minister on Tuesday.", "meet",
     "and is expected to meet the Chilean minister on Tuesday."),
    # a fronted clause's meeting word: from the sentence's start to its comma
    ("A week after meeting the Togolese minister in Lome, the envoy flew to Accra.", "meeting",
     "A week after meeting the Togolese minister in Lome"),
])
def test_english_clause_of_act_and_meeting_words(languages, text, word, bounds):
    from readout.lang.en import clauses as en_clauses

    start = text.index(word)
    left, right = languages["en"].clause(text, (), start, start + len(word))
    if bounds is None:
        assert (left, right) == en_clauses.clause_bounds(text, start, start + len(word))
    else:
        assert text[left:right].strip() == bounds

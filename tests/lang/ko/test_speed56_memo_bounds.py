"""speed56: the Korean readers' per-process memos are bounded by settings (`ko_word_memo_entries`,
`ko_sentence_readers`), and a sentence whose reader was evicted is read again to the same words and clauses."""
from __future__ import annotations

import pytest

from readout.lang.ko import clauses, words
from readout.settings import SETTINGS, Settings


@pytest.mark.parametrize("memo, field", [
    (words.is_org_word, "ko_word_memo_entries"),
    (words.country_in, "ko_word_memo_entries"),
    (clauses._reader, "ko_sentence_readers"),
])
def test_each_memo_is_bounded_by_its_setting(memo, field):
    assert memo.cache_info().maxsize == getattr(SETTINGS, field) == getattr(Settings(), field)
    assert 0 < memo.cache_info().maxsize < 65536


def test_a_sentence_read_by_every_step_in_turn_fits_the_readers():
    """Steps read a sentence in turn, not an article's sentences step by step: a dozen sentences is margin enough."""
    assert SETTINGS.ko_sentence_readers >= 16


SENTENCES = ["목포시 대표단은 3일 베트남 다낭을 방문해 부시장과 만났다.",
             "외교부 대변인은 칠레 외교장관과의 회담 결과를 설명했다."]


@pytest.mark.parametrize("text", SENTENCES)
def test_an_evicted_reader_reads_the_sentence_again_the_same(text):
    from readout.lang.ko.sentences import split

    ((span, tokens),) = split(text, 0)
    sentence = text[span.start:span.end]
    first = clauses.reader(sentence, tuple(tokens))
    seen = [(w.text, w.noun, w.particle) for w in first.words], [first.clause_of(i) for i in range(len(first.words))]
    for n in range(SETTINGS.ko_sentence_readers + 1):  # other sentences push this one out
        clauses.reader(f"{n}번째 문장이다.", (("문장", "NNG", 0, 2),))
    again = clauses.reader(sentence, tuple(tokens))
    assert again is not first
    assert ([(w.text, w.noun, w.particle) for w in again.words],
            [again.clause_of(i) for i in range(len(again.words))]) == seen

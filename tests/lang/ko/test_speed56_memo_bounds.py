"""speed56: the Korean readers' per-process memos keep fewer entries (`words.WORD_MEMO`, `clauses.SENTENCE_READERS`),
and a sentence whose reader was evicted is read again to the same words and clauses."""
from __future__ import annotations

import pytest

from readout.lang.ko import clauses, words


@pytest.mark.parametrize("memo, bound", [
    (words.is_org_word, words.WORD_MEMO),
    (words.country_in, words.WORD_MEMO),
    (clauses.sentence_reader, clauses.SENTENCE_READERS),
])
def test_each_memo_is_bounded_by_its_module_s_bound(memo, bound):
    assert memo.cache_info().maxsize == bound
    assert 0 < bound < 65536


def test_a_sentence_read_by_every_step_in_turn_fits_the_readers():
    """Steps read a sentence in turn, not an article's sentences step by step: 16 readers lost none over dev."""
    assert clauses.SENTENCE_READERS >= 16


SENTENCES = ["목포시 대표단은 3일 베트남 다낭을 방문해 부시장과 만났다.",
             "외교부 대변인은 칠레 외교장관과의 회담 결과를 설명했다."]


@pytest.mark.parametrize("text", SENTENCES)
def test_an_evicted_reader_reads_the_sentence_again_the_same(text):
    from readout.lang.ko.sentences import split

    ((span, tokens),) = split(text, 0)
    sentence = text[span.start:span.end]
    first = clauses.reader(sentence, tuple(tokens))
    seen = [(w.text, w.noun, w.particle) for w in first.words], [first.clause_of(i) for i in range(len(first.words))]
    for n in range(clauses.SENTENCE_READERS + 1):  # other sentences push this one out
        clauses.reader(f"{n}번째 문장이다.", (("문장", "NNG", 0, 2),))
    again = clauses.reader(sentence, tuple(tokens))
    assert again is not first
    assert ([(w.text, w.noun, w.particle) for w in again.words],
            [again.clause_of(i) for i in range(len(again.words))]) == seen

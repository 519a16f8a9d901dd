"""speed59 (issue 20): `heard_cities.struck_verb_forms` scans a sentence's words only when its morphemes hold both a
nominalizer (ETN) and an object particle (JKO), which every word it hears ends with; it gives what the scan of every
word (`struck_word_forms`, the function before speed59) gives. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.ko import heard_cities
from readout.lang.ko.heard_cities import NOMINALIZER, struck_verb_forms, struck_word_forms

SENTENCES = [
    "러시아군은 밤사이 이지움을 드론으로 공격했다.",  # a town kiwi splits into a verb's noun form, struck
    "군은 국경 마을을 공격하기를 멈췄다.",  # a nominalizer and an object particle, no town
    "외교부는 그 결정을 비난했다.",  # an object particle, no nominalizer
    "두 장관은 서울에서 만나 협력 방안을 논의했다.",
    "반군은 시위대의 믿음을 공격했다.",  # a noun made of a verb, in kiwi's dictionary
    "장관은 회담이 끝나기 전에 떠났다.",  # a nominalizer, no object particle
]


def sentences(text: str) -> list[tuple[str, int, list]]:
    article = extract_text(text, doc_id="speed59-struck", published="2025-10-14")
    return [(article.text[s.start:s.end], s.start, list(article.tokens.get(s.start, ()))) for s in article.sentences]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_gated_scan_gives_the_whole_scan(text):
    for sentence, offset, tokens in sentences(text):
        got = struck_verb_forms(sentence, offset, [], tokens)
        want = struck_word_forms(sentence, offset, [], tokens)
        assert [(p.name, p.country, p.span.start, p.span.end) for p in got] == \
            [(p.name, p.country, p.span.start, p.span.end) for p in want]


def test_the_town_is_still_heard():
    (sentence, offset, tokens), = sentences(SENTENCES[0])
    assert [p.name for p in struck_verb_forms(sentence, offset, [], tokens)] == ["Izyum"]


@pytest.mark.parametrize("text", [SENTENCES[2], SENTENCES[3], SENTENCES[5]])
def test_a_sentence_without_both_tags_is_not_scanned(text, monkeypatch):
    def scanned():
        raise AssertionError("the words were scanned")

    monkeypatch.setattr(heard_cities, "struck_after", scanned)
    for sentence, offset, tokens in sentences(text):
        assert not {NOMINALIZER, "JKO"} <= {t[1] for t in tokens}  # the row is what it says
        assert struck_verb_forms(sentence, offset, [], tokens) == []

"""(koacts38) A Korean name of three syllables whose middle syllable is also a particle, which kiwi splits ('김은철' as
김/NNP 은/JX 철/NNG, '김의겸' as 김/NNP 의/JKG 겸/NNB), is one proper noun again before the next word (lang/ko/sentences.py
rejoined_names), so the name's title keeps its particle and the acts their side. Every sentence here is our own."""
from __future__ import annotations

import pytest

from readout.lang.ko.sentences import split
from tests.lang.ko.act_rows import check


@pytest.mark.parametrize("text,name", [
    ("김은철 볼리비아 외무성 부상은 담화를 냈다.", "김은철"),
    ("김의겸 칠레 외교부 대변인은 말했다.", "김의겸"),
])
def test_split_name_is_one_proper_noun(text, name):
    tokens = [t for _span, toks in split(text, 0) for t in toks]
    assert (tokens[0][0], tokens[0][1]) == (name, "NNP")


def test_particle_after_a_surname_word_stays():
    tokens = [(t[0], t[1]) for _span, toks in split("그는 김은 철저히 준비했다고 말했다.", 0) for t in toks]
    assert ("김", "NNP") in tokens and ("은", "JX") in tokens


def test_split_name_keeps_its_protest():
    check("김은철 볼리비아 외무성 미국 담당 부상은 6일 담화에서 미국이 볼리비아 기업을 제재한 데 대해 강하게 반발했다.",
          [("ACCUSE", {"BOL"}, {"USA"}, "occurred")])

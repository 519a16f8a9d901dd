"""(kofix47) The subject particle 이 kiwi reads as the determiner 이 ('this') between a noun written with it and the
next word's noun: '네팔이 성명을 냈다' read 네팔/NNP 이/MM 성명/NNG, the state left with no particle and the clause with
no subject. A determiner is a word of its own ('이 성명은'), never glued to the noun before it
(lang/ko/copula_subjects.py, beside the copula kiwi reads there). Every state name of two syllables ending in a
consonant is checked, not the few kiwi misread when the rule was written."""
import pytest

from babel import Locale

from readout.kb.geo import country_index
from readout.lang.ko.copula_subjects import subject_copulas
from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split

from tests.conftest import assert_act, events_of


def closed(name: str) -> bool:
    return (ord(name[-1]) - 0xAC00) % 28 != 0


NAMES = sorted({(n, country_index()[n]) for n in Locale("ko").territories.values()
                if len(n) == 2 and n.isalpha() and n in country_index() and closed(n)})


def subjects(text: str) -> set[str]:
    return {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) if m.subject
            for c in m.codes}


def test_the_table_covers_the_names():
    assert len(NAMES) >= 10 and {"네팔", "가봉", "부탄"} <= {n for n, _c in NAMES}


@pytest.mark.parametrize("frame", ["{n}이 성명을 냈다.", "지난주 {n}이 성명을 발표했다.", "그는 {n}이 대사를 불렀다고 전했다."])
@pytest.mark.parametrize("name, code", NAMES)
def test_glued_i_is_the_subject(name, code, frame):
    assert code in subjects(frame.format(n=name))


@pytest.mark.parametrize("tokens, tag", [
    ([("네팔", "NNP", 0, 2), ("이", "MM", 2, 1), ("성명", "NNG", 4, 2)], "JKS"),  # glued: the particle
    ([("정부", "NNG", 0, 2), ("는", "JX", 2, 1), ("이", "MM", 4, 1), ("조치", "NNG", 6, 2)], "MM"),  # its own word
    ([("그", "NP", 0, 1), ("이", "MM", 1, 1), ("조치", "NNG", 3, 2)], "MM"),  # after no noun
])
def test_retagged_only_when_glued_to_a_noun(tokens, tag):
    assert [t[1] for t in subject_copulas(tokens) if t[0] == "이"] == [tag]


@pytest.mark.parametrize("text", ["이 성명은 정부가 냈다.", "정부는 이 조치를 비난했다.", "외교부는 이 문제를 논의했다."])
def test_the_determiner_stays(text):
    tokens = [t for _span, toks in split(text, 0) for t in toks]
    assert ("이", "MM") in [t[:2] for t in tokens]


def test_event_of_a_glued_subject(extract):
    assert_act(events_of(extract("부탄이 네팔 정부에 항의 서한을 보냈다.")), "ACCUSE", {"BTN"}, {"NPL"}, "occurred")

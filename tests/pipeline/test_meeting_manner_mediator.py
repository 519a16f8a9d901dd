"""(meet52) The mediator or host of talks between two others, named in a manner phrase or a by-phrase, sits at the
table: 'A의 중재로 B와 C가 회담했다', 'B와 C는 A 주재로 회담했다', 'talks hosted by A between B and C'. As '회담은 A가
중재했다' and 'talks mediated by A' (consult10), A is a party of the meeting (ko lexicon mediator_nouns, en
mediator_before_re). A name after 'between' is a side, never the host; an entourage ('accompanied by') stays no party."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 15)
THREE = {"Nicolás Maduro", "Irfaan Ali", "Luiz Inácio Lula da Silva"}


def parties(article) -> list[set[str]]:
    return [{n for n in names(e)} for e in events_of(article, "CONSULT")]


@pytest.mark.parametrize("text", [
    "이번 합의는 지난달 9일 리마에서 루이스 이나시우 룰라 다시우바 브라질 대통령의 중재로 니콜라스 마두로 베네수엘라 대통령과 "
    "이르판 알리 가이아나 대통령이 회담하고 분쟁 중단에 합의한 데 따른 것이다.",
    "니콜라스 마두로 베네수엘라 대통령과 이르판 알리 가이아나 대통령은 9일 브라질리아에서 루이스 이나시우 룰라 다시우바 브라질 "
    "대통령 주재로 회담했다.",
    "The deal follows talks hosted by Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday between "
    "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali.",
    "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali held talks in Brasilia on Monday, hosted by "
    "Brazilian President Luiz Inacio Lula da Silva.",
])
def test_mediator_in_manner_phrase_is_party(extract, text):
    found = parties(extract(text, published=DAY))
    assert any(len(p) == 3 and {"Nicolás Maduro", "Luiz Inácio Lula da Silva"} <= p for p in found), found


@pytest.mark.parametrize("text", [
    "Venezuelan President Nicolas Maduro, accompanied by Foreign Minister Yvan Gil, held talks with Brazilian "
    "President Luiz Inacio Lula da Silva in Brasilia on Monday.",
])
def test_entourage_is_no_mediator(extract, text):
    found = parties(extract(text, published=DAY))
    assert found and all(len(p) == 2 for p in found), found

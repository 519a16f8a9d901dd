"""places60 (issue 14): a town's name opening a noun compound of a technique is no town (class 1), and a given name
kiwi reads as a verb form after a title, or cuts into one-syllable nouns next to it, is a name (class 5). Korean only: English capitalizes a town and a name, and
writes the drill 'river-crossing drill', no homograph. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.ko.places import find_places
from readout.lang.ko.sentences import split


def names(text: str) -> set[str]:
    """The places the Korean reader finds in the one sentence `text`, with kiwi's morphemes as the pipeline reads."""
    (_span, tokens), = split(text, 0)
    return {p.name for p in find_places(text, 0, list(tokens))}


@pytest.mark.parametrize("text, town", [
    ("북한군은 압록강 상류에서 도하 훈련을 벌였다.", "Doha"),            # 渡河 + drill
    ("공병대는 새 도하 장비와 도하 작전 교범을 점검했다.", "Doha"),       # its gear, its operation
    ("정찰대가 강 하류의 도하 지점을 확보했다.", "Doha"),               # its point, no locative after the pair
])
def test_town_opening_activity_compound_is_no_town(text, town):
    assert town not in names(text)


@pytest.mark.parametrize("text, town", [
    ("오만 외무장관은 도하에서 요르단 대표단과 회담했다.", "Doha"),      # the town with its locative
    ("도하 회담은 사흘 만에 결렬됐다.", "Doha"),                        # a meeting's noun: the town's talks
    ("요르단 대표단은 도하 시내에서 시위대와 만났다.", "Doha"),          # a part of the town, a place phrase
])
def test_town_before_other_noun_stays(text, town):
    assert town in names(text)


def people(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.entity.country) for m in extract_text(text, published="2026-03-12").mentions
            if m.entity and m.entity.kind == "person"]


@pytest.mark.parametrize("text, person", [
    ("칠레 국방장관 알마 로하스는 볼리비아를 비난했다.", ("알마 로하스", "CHL")),   # 알/VV + 마/EC, then a proper noun
    ("에콰도르 대통령 알마 비테리가 콜롬비아를 방문했다.", ("알마 비테리", "ECU")),
    # the same name kiwi cuts into one-syllable nouns (알/NNG + 마/NNG) between the state and the title
    ("에콰도르의 알마 대통령은 콜롬비아를 비난했다.", ("알마", "ECU")),
    ("에콰도르 알마 대통령은 콜롬비아를 비난했다.", ("알마", "ECU")),
    ("칠레 알마 로하스 국방장관은 볼리비아를 비난했다.", ("알마 로하스", "CHL")),
])
def test_verb_read_given_name_after_title(text, person):
    assert person in people(text), people(text)


@pytest.mark.parametrize("text, surface", [
    ("볼리비아 외교장관은 칠레 대통령 찾아 관세를 논의했다.", "찾아 관세"),  # a verb form before a common noun
    ("볼리비아 외교장관은 칠레 대통령 찾아 루이스를 소개했다.", "찾아 루이스"),  # nor one a word of kiwi's own
])
def test_verb_form_before_common_noun_is_no_name(text, surface):
    assert all(s != surface for s, _c in people(text))


@pytest.mark.parametrize("text", [
    "에콰도르의 신임 대통령은 콜롬비아를 비난했다.",   # words kiwi knows whole: a modifier, no name
    "에콰도르 차기 대통령은 콜롬비아를 비난했다.",
])
def test_known_word_between_state_and_title_is_no_name(text):
    assert [s for s, _c in people(text)] == [""], people(text)


def heard(text: str) -> set[str]:
    """The words of `text` the Korean reader takes for places (a story town keeps its Hangul word as its name)."""
    (_span, tokens), = split(text, 0)
    return {text[p.span.start:p.span.end] for p in find_places(text, 0, list(tokens))}


@pytest.mark.parametrize("text, word, read", [
    # (class 2) kiwi reads 그물 whole in the sentence, but alone cuts it into 그/MM + 물/NNG: a Korean word, no town
    ("어부들은 그물에서 녹슨 기뢰를 찾아냈다.", "그물", False),
    ("해군은 그물에서 폭발물을 발견했다고 밝혔다.", "그물", False),
    ("이집트군은 라파에서 주민들을 대피시켰다.", "라파", True),  # a town's sound, read as before
])
def test_common_syllable_word_is_no_story_town(text, word, read):
    assert (word in heard(text)) is read

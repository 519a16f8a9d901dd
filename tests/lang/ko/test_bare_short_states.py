"""(kofix47) Short state names kiwi splits into other words' pieces when they stand as a word of their own before a
noun of the state's people or bodies ('가나 광부들이' 가/NNG + 나/JC, '피지 교사들이' 피/VV + 지/EC, '기니 학생들이'
길/VA + 니/EC, '차드 보건부는' 차/NNG + 드/NNG, after a week word '이번주 기니 정부가'), read back as the state
(lang/ko/bare_state_words.py); and a ministry of any portfolio after a country word is that state's (agent_chains
`ministry_sectors`). Every two-syllable state name of CLDR's Korean list is checked in each frame, not the few kiwi
broke when the rule was written: a name kiwi starts to split later is caught by the same rows."""
import pytest

from babel import Locale

from readout.kb.geo import country_index
from readout.lang.ko.bare_state_words import rejoined_bare_states, side_noun
from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split

from tests.conftest import assert_act, events_of


def short_states() -> list[tuple[str, str]]:
    """(CLDR Korean name of two syllables, code) of every state the knowledge base knows by it."""
    names = country_index()
    return sorted({(n, names[n]) for n in Locale("ko").territories.values()
                   if len(n) == 2 and n.isalpha() and n in names})


SHORT = short_states()

FRAMES = [  # a people noun or an organ noun after the bare name, opening the sentence or after a clause's subject
    "{n} 광부들이 임금 인상을 요구했다.",
    "경찰은 {n} 시위대를 강제 해산했다.",
    "그는 {n} 교사들을 만났다.",
    "{n} 학생들이 거리로 나섰다.",
    "그는 {n} 보건부 관계자를 만났다.",
    "이번주 {n} 정부가 성명을 냈다.",
    "지난주 {n} 정부는 대사를 불렀다.",
    "그는 {n} 국방부와 협의했다.",
]


def codes_of(text: str) -> set[str]:
    return {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) for c in m.codes}


def test_the_table_covers_the_short_names():
    assert len(SHORT) >= 30 and {"가나", "기니", "피지", "차드", "통가", "말리"} <= {n for n, _c in SHORT}


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("name, code", SHORT)
def test_bare_short_name_before_a_side_noun(name, code, frame):
    assert code in codes_of(frame.format(n=name))


@pytest.mark.parametrize("text, kept", [  # the words kiwi read stand before a verb or a noun of no state's side
    ("꽃이 피지 않았다.", [("피", "VV"), ("지", "EC")]),
    ("어디 가나 사람들이 붐볐다.", [("가", "VV"), ("나", "EC")]),
    ("산에 가나 바다에 가나 비슷했다.", [("가", "VV"), ("나", "EC")]),
    ("봄꽃이 피지 못한 채 졌다.", [("피", "VV"), ("지", "EC")]),
])
def test_no_state_before_other_words(text, kept):
    tokens = [t for _span, toks in split(text, 0) for t in toks]
    assert all(t in [x[:2] for x in tokens] for t in kept)
    assert not codes_of(text)


@pytest.mark.parametrize("tokens, surface, expected", [
    ([("가", "NNG", 0, 1), ("나", "JC", 1, 1), ("광부", "NNG", 3, 2), ("들", "XSN", 5, 1), ("이", "JKS", 6, 1)],
     "가나 광부들이", [("가나", "NNP", 0, 2), ("광부", "NNG", 3, 2)]),
    ([("가", "VV", 0, 1), ("나", "EC", 1, 1), ("사람", "NNG", 3, 2), ("들", "XSN", 5, 1)],  # no side noun after it
     "가나 사람들", [("가", "VV", 0, 1), ("나", "EC", 1, 1)]),
    ([("가", "NNG", 0, 1), ("나", "JC", 1, 1), ("광부", "NNG", 2, 2)],  # one word: not the name alone
     "가나광부", [("가", "NNG", 0, 1), ("나", "JC", 1, 1)]),
])
def test_rejoined_tokens(tokens, surface, expected):
    out = rejoined_bare_states(tokens, surface)
    assert out[:len(expected)] == expected


@pytest.mark.parametrize("noun, side", [
    ("광부들", True), ("정부", True), ("보건부", True), ("총리", True), ("유목민들", True), ("중앙은행", True),
    ("사람들", False), ("바다", False), ("국가들", False), ("꽃", False),
])
def test_side_nouns(noun, side):
    assert side_noun(noun) is side


def test_events_of_a_split_name(extract):
    art = extract("가나 광부들이 수도 아크라에서 임금 체불에 항의하는 시위를 벌였다.")
    assert_act(events_of(art), "PROTEST", {"GHA"}, None, "occurred")
    art = extract("경찰은 피지 시위대를 최루탄으로 해산했다.")
    assert_act(events_of(art), "COERCE", set(), {"FJI"}, "occurred")

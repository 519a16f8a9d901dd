"""Korean act sides. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through
the whole pipeline: what it states (type, acting states exactly, receiving states, status; status None: no such
event).

Formerly tests/lang/test_ko_sides20.py, classes first read by session 19, ko-acts20, classes found in the open
batches art15a..art20b (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.kb.loader import kb, lexicon
from readout.lang.ko.mentions import find_mentions
from readout.lang.ko.words import title_of
from tests.lang.ko.act_rows import check


# 1. A title only one state's office bears, written with no state before it ('관방장관은', '총통은', '국무위원장은'):
# that state acts (ko.yaml clause.state_titles, title_readers.state_title). A generic title alone ('위원장은') is no one's.
STATE_TITLES = [
    ("관방장관은 10일 정례 회견에서 중국 해경선의 영해 침범을 강하게 비난했다.", [("ACCUSE", {"JPN"}, {"CHN"}, "occurred")]),
    ("총통은 이날 담화에서 필리핀과의 협력 강화를 지지한다고 밝혔다.", [("SUPPORT", {"TWN"}, {"PHL"}, "occurred")]),
    ("국무위원장은 10일 연설에서 미국의 연합훈련을 \"침략 연습\"이라고 비난했다.", [("ACCUSE", {"PRK"}, {"USA"}, "occurred")]),
    ("위원장은 10일 회의에서 예산안 처리를 서둘러야 한다고 말했다.", [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", STATE_TITLES)
def test_state_title_names_its_state(text, expected):
    check(text, expected)


def test_state_titles_agree_with_offices():
    """A listed title whose office the office table ties to one state must name that state, and every listed title
    must be an office title the table knows."""
    offices = kb().offices
    for form, code in lexicon("ko")["clause"]["state_titles"].items():
        hit = title_of(form)
        assert hit is not None and hit[0] == form, form
        office = offices[hit[1]]
        assert office.country in (None, code), (form, office.country, code)


def test_state_title_with_a_state_word_keeps_that_state():
    """'베트남 국가주석은': the state word before the title wins over the listed state (CHN)."""
    tokens = [(t.form, t.tag, t.start, t.len) for t in __import__("kiwipiepy").Kiwi().tokenize("베트남 국가주석은 말했다.")]
    (m,) = find_mentions("베트남 국가주석은 말했다.", tokens)
    assert m.country == "VNM"


# 2. The addressee of a quoted obligation: the quote's own subject is the one asked, when the quote is joined to the
# verb by 고, 며 or 라며 (act_quoted_subjects.quote_opening), and when the speaker is marked with the additive 도 (the quote's
# topic is not the sentence's: clauses.SentenceReader.topic). A quote whose subject is the speaker's own asks no one.
QUOTED_OBLIGATIONS = [
    ("칠레 외교부 대변인도 이날 브리핑에서 \"볼리비아와 페루는 국경 봉쇄를 즉시 풀어야 한다\"고 촉구했다.",
     [("REQUEST", {"CHL"}, {"BOL", "PER"}, "occurred")]),
    ("스웨덴 외무부는 성명에서 \"벨라루스는 억류한 기자를 즉시 석방해야 한다\"며 요구했다.",
     [("REQUEST", {"SWE"}, {"BLR"}, "occurred")]),
    ("노르웨이 외무부는 \"러시아는 어선 나포를 중단해야 한다\"라며 촉구했다.", [("REQUEST", {"NOR"}, {"RUS"}, "occurred")]),
    ("칠레 외교부 대변인도 이날 \"우리는 국경 문제를 대화로 풀어야 한다\"고 촉구했다.", [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_OBLIGATIONS)
def test_quoted_obligation_names_the_one_asked(text, expected):
    check(text, expected)


# 3. An envoy written 주X Y 대사: Y's (the sending state); the 주X word is the post's host, no part of a name
# (name_words.chain_modifier / posted_host). The summons goes to Y, not to a person the word was taken for.
POSTED_ENVOYS = [
    ("폴란드 외무부는 이날 주폴란드 EU 대사를 초치해 항의했다.", [("ACCUSE", {"POL"}, {"EUR"}, "occurred")]),
    ("핀란드 외무부는 주핀란드 러시아 대사를 불러 영공 침범에 항의했다.", [("ACCUSE", {"FIN"}, {"RUS"}, "occurred")]),
    ("주네덜란드 튀르키예대사관은 성명을 내고 네덜란드 정부의 결정을 비난했다.", [("ACCUSE", {"TUR"}, {"NLD"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", POSTED_ENVOYS)
def test_posted_envoy_is_the_sending_states(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", ["존 스미스 주폴란드 미국대사는 말했다.", "주폴란드 EU 대사는 말했다."])
def test_posted_host_is_no_name(text):
    tokens = [(t.form, t.tag, t.start, t.len) for t in __import__("kiwipiepy").Kiwi().tokenize(text)]
    assert all("주폴란드" not in m.surface for m in find_mentions(text, tokens))


# 6. A list of states closed by 등 (N개국) before its topic or agent noun: every listed state acts, also when a clause
# joined before the act ('공동성명을 내고') comes between (name_heads.list_closed / listed_head). A list inside a
# place phrase ('등에서') is not the topic.
CLOSED_LISTS = [
    ("벨기에와 포르투갈, 아일랜드 등 3개국 외교부는 공동성명을 내고 이란의 핵 활동을 규탄했다.",
     [("ACCUSE", {"BEL", "PRT", "IRL"}, {"IRN"}, "occurred")]),
    ("벨기에와 포르투갈, 아일랜드 등은 공동성명을 내고 이란의 핵 활동을 규탄했다.",
     [("ACCUSE", {"BEL", "PRT", "IRL"}, {"IRN"}, "occurred")]),
    ("덴마크, 핀란드 등 5개국 정부는 회의를 열고 러시아의 위협을 비난했다.", [("ACCUSE", {"DNK", "FIN"}, {"RUS"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CLOSED_LISTS)
def test_closed_list_all_act(text, expected):
    check(text, expected)

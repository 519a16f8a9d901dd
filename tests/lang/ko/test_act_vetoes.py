"""A veto told as a noun in Korean (acts47, lang/ko/act_vetoes.py): the genitive owner of 거부권 rejects, the sponsor of
the text (the subject of 낸/제출한 before it) receives; a veto told with its verb keeps its reading. Every sentence is
our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

VETOES = [
    ("프랑스가 낸 말리 결의안이 러시아의 거부권에 막혀 부결됐다.", [("REJECT", {"RUS"}, {"FRA"}, "occurred")]),
    ("영국이 제출한 미얀마 결의안은 중국과 러시아의 거부권 행사로 부결됐다.", [("REJECT", {"CHN", "RUS"}, {"GBR"}, "occurred")]),
    ("프랑스는 멕시코가 제출한 아이티 결의안에 거부권을 행사했다.", [("REJECT", {"FRA"}, {"MEX"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", VETOES)
def test_veto_noun_sides(text, expected):
    check(text, expected)


# votes42: a veto or a vote against told with its verb after a relative clause of drafting: the sentence's subject
# (before the clause, or after it before the act word) refuses, the clause's subject put the text forward; an
# abstention is no act
VOTES = [
    ("페루와 칠레가 캐나다가 발의한 결의안에 거부권을 행사했다.", [("REJECT", {"PER", "CHL"}, {"CAN"}, "occurred")]),
    ("노르웨이는 캐나다가 작성한 결의안에 반대했고 볼리비아는 기권했다.", [("REJECT", {"NOR"}, {"CAN"}, "occurred")]),
    ("캐나다가 작성한 결의안 표결에서 브라질과 칠레가 반대했고 페루는 기권했다.",
     [("REJECT", {"BRA", "CHL"}, {"CAN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", VOTES)
def test_vote_against_a_sponsored_text(text, expected):
    check(text, expected)


# tidy45: a draft refused with a verb, its sponsor read on the morphemes by the veto reader's own parts
# (lang/ko/act_sponsors.py over act_vetoes.sponsor_index): the subject of a verb of drafting, a genitive owner with
# nouns between, or the body the draft is named by; '에 대해' and one word may stand before the act word
DRAFTS = [
    ("러시아는 미국이 주도한 결의 초안에 대해 즉각 반대했다.", [("REJECT", {"RUS"}, {"USA"}, "occurred")]),
    ("중국은 브라질의 시리아 관련 결의안에 반대했다.", [("REJECT", {"CHN"}, {"BRA"}, "occurred")]),
    ("미국은 프랑스가 제안한 결의안에 반대했다.", [("REJECT", {"USA"}, {"FRA"}, "occurred")]),
    ("러시아는 유엔 안전보장이사회 결의안에 거부권을 행사했다.", [("REJECT", {"RUS"}, {"UNO"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", DRAFTS)
def test_a_refused_draft_answers_its_sponsor(text, expected):
    check(text, expected)


# votes46: the relative clause before a draft with no sponsor tells what the draft would have done
# (act_sponsors.draft_content): the sides it names are its matter, never the refused side; the body the sentence
# names before the draft ('안보리에서') is refused instead, and nothing else sanctioned or extended is an act
CONTENTS = [
    ("중국은 수단 군부에 제재를 부과하는 결의안에 거부권을 행사했다.", [("REJECT", {"CHN"}, set(), "occurred"),
                                                    ("SANCTION", set(), None, None)]),
    ("러시아는 리비아에 대한 무기 금수를 연장하는 결의안에 반대했다.", [("REJECT", {"RUS"}, set(), "occurred")]),
    ("미국은 안보리에서 이스라엘의 공습을 규탄하는 결의안에 거부권을 행사했다.", [("REJECT", {"USA"}, {"UNO"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CONTENTS)
def test_a_refused_draft_content_names_no_refused_side(text, expected):
    check(text, expected)


# votes46: a vote list's members keep one subject across a membership role before a name ('A와 B, 비상임이사국 C가':
# lexicon coordination_re), and a vote cast against is a refusal ('반대표를 던졌다'); an abstention is no act
LISTS = [
    ("벨라루스와 쿠바, 비상임이사국 니카라과가 반대했고 인도네시아는 기권했다.",
     [("REJECT", {"BLR", "CUB", "NIC"}, set(), "occurred")]),
    ("상임이사국인 중국과 러시아, 의장국 시리아가 반대표를 던졌다.", [("REJECT", {"CHN", "RUS", "SYR"}, set(), "occurred")]),
    ("이란은 캐나다가 제출한 결의안에 반대표를 던졌다.", [("REJECT", {"IRN"}, {"CAN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_a_vote_list_keeps_its_voters(text, expected):
    check(text, expected)

"""(groups54, issue 14) A party's name no table lists, one word ending in 당 right after a state's name ('잠비아
민주전진당은', '잠비아의 ...당은'), is that state's party (PTY), read as a listed group after a state is
(lang/ko/agent_chains.named_party, unlisted_groups.party_word; lexicon ko `unlisted_party_heads`, `_guards`); an agent
noun with the copula's adnominal before such a name ('야당인 ...당은', '반군인 ...전선은') is one side with the name
(agent_chains.apposed_name). Our own invented parties and sentences."""
from __future__ import annotations

import pytest

from readout.lang.ko.unlisted_groups import party_word


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("noun, expected", [
    ("민주전진당", True), ("국민화합신당", True), ("농민연합당", True), ("녹색미래당", True),
    ("예배당", False), ("대성당", False), ("포도당", False), ("업무담당", False), ("반군잔당", False),
    ("국회의사당", False), ("제1야당", False), ("집권당", False), ("보수정당", False), ("민주", False), ("잠비아당", False),
])
def test_party_word(noun, expected):
    assert party_word(noun) is expected


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("잠비아 민주전진당은 7일 잠비아 정부를 비난했다.", "ACCUSE", ("ZMB", "PTY"), ("ZMB", "GOV")),
    ("잠비아의 민주전진당은 7일 잠비아 정부를 비난했다.", "ACCUSE", ("ZMB", "PTY"), ("ZMB", "GOV")),
    ("잠비아 민주전진당은 7일 정부를 비난했다.", "ACCUSE", ("ZMB", "PTY"), ("ZMB", "GOV")),
    ("잠비아의 야당인 민주전진당은 7일 잠비아 정부를 비난했다.", "ACCUSE", ("ZMB", "OPP"), ("ZMB", "GOV")),
    ("잠비아 야당인 민주전진당은 7일 정부를 비난했다.", "ACCUSE", ("ZMB", "OPP"), ("ZMB", "GOV")),
    ("말리 반군인 호숫가해방전선은 7일 말리군을 공격했다.", "ASSAULT", ("MLI", "REB"), ("MLI", "MIL")),
    ("잠비아 집권 국민화합당은 7일 야당을 비난했다.", "ACCUSE", ("ZMB", "PTY"), ("ZMB", "OPP")),  # a qualifier
    ("잠비아의 집권 국민화합당은 7일 야당을 비난했다.", "ACCUSE", ("ZMB", "PTY"), ("ZMB", "OPP")),
])
def test_a_named_party_after_its_state(extract, text, kind, acting, receiving):
    found = sided(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found
    assert all(c != "KOR" for a, r in found for c, _s in a | r), found  # the home government is no side


@pytest.mark.parametrize("text, kind, side", [  # guard: a common word in 당 and a common noun after the copula
    ("잠비아 대성당 앞에서 경찰이 7일 시위대를 체포했다.", "COERCE", ("ZMB", "COP")),
    ("잠비아의 수도인 루사카에서 경찰이 7일 시위대를 체포했다.", "COERCE", ("ZMB", "COP")),
])
def test_common_words_stay_as_they_were(extract, text, kind, side):
    found = sided(extract, text, kind)
    assert any(side in a for a, _r in found), found
    assert all(s != "PTY" for a, r in found for _c, s in a | r), found


def test_the_leader_of_a_named_party_after_its_state(extract):  # the object's party, as English 'of the X Party'
    found = sided(extract, "잠비아 경찰은 7일 잠비아 민주전진당 대표를 체포했다.", "COERCE")
    assert any(("ZMB", "COP") in a and ("ZMB", "PTY") in r for a, r in found), found

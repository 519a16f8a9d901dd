"""(groups54b, issue 14) Korean parties, offices and organs of one state: a bare party-side or armed agent word right
before a party's or group's name qualifies it ('케냐 야당 민주연합당은': lang/ko/agent_chains.apposed_name), an
accusation's object headed by a state office's title is a side of that state's politics ('대법원장은 대통령을 비난했다':
lang/ko/act_organs.judged_office), and the auditor general is an office (offices.yaml auditor_general). Our own
invented parties and sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("우간다 야당 국민전진당은 9일 정부를 비난했다.", "ACCUSE", ("UGA", "OPP"), ("UGA", "GOV")),
    ("우간다 야권 국민전진당은 9일 정부를 규탄했다.", "ACCUSE", ("UGA", "OPP"), ("UGA", "GOV")),
    ("우간다 야당 국민전진당은 9일 우간다 정부를 비난했다.", "ACCUSE", ("UGA", "OPP"), ("UGA", "GOV")),
    ("니제르 반군 사막해방전선은 9일 니제르군을 공격했다.", "ASSAULT", ("NER", "REB"), ("NER", "MIL")),
])
def test_a_side_word_before_a_name_qualifies_it(extract, text, kind, acting, receiving):
    found = sided(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found
    assert all(c != "KOR" for a, r in found for c, _s in a | r), found  # the home government is no side


@pytest.mark.parametrize("text, acting, receiving", [
    ("우간다 대법원장은 9일 우간다 대통령을 비난했다.", ("UGA", "JUD"), ("UGA", "GOV")),
    ("우간다 판사들은 9일 대통령을 비판했다.", ("UGA", "JUD"), ("UGA", "GOV")),
    ("우간다 의회는 9일 총리를 비난했다.", ("UGA", "LEG"), ("UGA", "GOV")),
    ("우간다 야당은 9일 대통령을 비난했다.", ("UGA", "OPP"), ("UGA", "GOV")),
    ("우간다 의회는 9일 대법원장을 비난했다.", ("UGA", "LEG"), ("UGA", "JUD")),
    ("우간다는 9일 벨기에 대사를 비난했다.", ("UGA", "GOV"), ("BEL", "GOV")),  # guard: another state's office
])
def test_an_office_accused_is_a_side_of_its_state(extract, text, acting, receiving):
    found = sided(extract, text, "ACCUSE")
    assert any(acting in a and receiving in r for a, r in found), found


def test_the_auditor_general_arrested_is_the_governments(extract):
    found = sided(extract, "우간다 경찰은 9일 감사원장을 체포했다.", "COERCE")
    assert any(("UGA", "COP") in a and ("UGA", "GOV") in r for a, r in found), found


def test_a_common_noun_after_a_side_word_ends_the_chain(extract):  # guard: '야당 의원들은' stays the opposition
    found = sided(extract, "우간다 야당 의원들은 9일 정부를 비난했다.", "ACCUSE")
    assert any(("UGA", "GOV") in r for _a, r in found), found
    assert all(s != "PTY" for a, _r in found for _c, s in a), found


@pytest.mark.parametrize("text, sector", [  # groups54b: a body's own office holder accused is a member of it
    ("우간다 대통령은 9일 감사원장을 비난했다.", "GOV"),
    ("우간다 대통령은 9일 재무장관을 비판했다.", "GOV"),
])
def test_an_office_holder_accused_by_its_own_body_is_a_member(extract, text, sector):
    events = [e for e in extract(text).events if e.type == "ACCUSE"]
    assert any({p.id for p in e.participants}.isdisjoint({p.id for p in e.recipients})
               and ("UGA", sector) in {(p.country, p.sector) for p in e.recipients} for e in events), events


def test_a_body_accused_by_its_own_head_stays_dropped(extract):  # guard: '정부를' is the body, no member
    found = sided(extract, "우간다 대통령은 9일 정부를 비난했다.", "ACCUSE")
    assert all(not r for _a, r in found), found


@pytest.mark.parametrize("text, acting, receiving", [  # groups54b: a party with no state word of its own
    ("국민전진당은 9일 말라위 정부를 비난했다.", ("MWI", "PTY"), ("MWI", "GOV")),
    ("야당은 9일 말라위 정부를 비난했다.", ("MWI", "OPP"), ("MWI", "GOV")),
])
def test_a_stateless_party_judging_one_states_body_is_of_that_state(extract, text, acting, receiving):
    found = sided(extract, text, "ACCUSE")
    assert any(acting in a and receiving in r for a, r in found), found

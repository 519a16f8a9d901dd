"""(koplover60b, issue 15) The three largest miss classes the Korean PLOVER sweep (scripts/sweep_ko_plover.py) found,
each a table of our own sentences with its English twin where English has the class. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def first_of(text: str, kind: str):
    """The first event of `kind` in `text`, or None."""
    return next((e for e in events(text) if e.type == kind), None)


def sides(event) -> tuple[set, set]:
    return {p.country for p in event.participants}, {r.country for r in event.recipients}


# class 1: an act of any aimed type told as a noun that went on, under its owner and its aim, the noun alone or a pair's
# noun + the verb's verbal noun ('철군 요구', '엠바고 부과'): lang/ko/act_taken_place (TAKEN_TYPES, _entry)
TAKEN = [
    ("콜롬비아에 대한 에콰도르의 철군 요구가 이어졌다.", "REQUEST", "ECU", {"COL"}),  # pair: 철군 + 요구하다
    ("칠레에 대한 볼리비아의 엠바고 부과가 잇따랐다.", "SANCTION", "BOL", {"CHL"}),  # pair: 엠바고 + 부과하다
    ("쿠바에 대한 멕시코의 위협이 잇따랐다.", "THREATEN", "MEX", {"CUB"}),  # a threatening type's own noun
    ("페루에 대한 에콰도르의 검열이 이어졌다.", "COERCE", "ECU", {"PER"}),
    ("파라과이에 대한 우루과이의 공습이 계속됐다.", "ASSAULT", "URY", {"PRY"}),  # a nominal act read before: its aim
    ("Ecuador's demands on Colombia for a troop withdrawal continued.", "REQUEST", "ECU", {"COL"}),  # English twins
    ("Mexico's threats against Cuba continued.", "THREATEN", "MEX", {"CUB"}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", TAKEN)
def test_an_act_noun_that_went_on_is_its_owners_act(text, kind, acting, receiving):
    e = first_of(text, kind)
    assert e is not None and e.status == "occurred", [(x.type, x.status) for x in events(text)]
    assert sides(e) == ({acting}, receiving)


@pytest.mark.parametrize("text, kind", [
    ("정부에 대한 야당의 철군 요구가 이어졌다.", "REQUEST"),  # no named side aimed at
    ("콜롬비아에 대한 에콰도르의 철군 요구가 이어지지 않았다.", "REQUEST"),  # negated
    ("콜롬비아에 대한 철군 요구가 이어졌다.", "REQUEST"),  # no owner: no one named acting
])
def test_no_act_noun_went_on(text, kind):
    assert first_of(text, kind) is None, [(e.type, e.status) for e in events(text)]


# class 2: a partner frame, an accord or joint work of two named sides told as a noun that took place ('A와 B의 X 타결이
# 이뤄졌다'): both act, as in their clause ('A는 B와 X를 타결했다'): lang/ko/act_taken_place (PARTNER_TYPES, _partners)
PARTNERS = [
    ("가나와 토고의 정전협정 타결이 이뤄졌다.", "AGREE", {"GHA", "TGO"}),
    ("몽골과 라오스의 합동 순찰이 이뤄졌다.", "COOPERATE", {"MNG", "LAO"}),
    ("The signing of a ceasefire agreement between Ghana and Togo took place.", "AGREE", {"GHA", "TGO"}),
]


@pytest.mark.parametrize("text, kind, parties", PARTNERS)
def test_a_pairs_accord_told_as_a_noun_is_both_sides(text, kind, parties):
    e = first_of(text, kind)
    assert e is not None and e.status == "occurred", [(x.type, x.status) for x in events(text)]
    assert {p.country for p in e.participants} | {r.country for r in e.recipients} == parties


def test_one_owner_is_no_partner():
    assert first_of("콜롬비아의 정전협정 타결이 이뤄졌다.", "AGREE") is None


# class 3: talks named by a compound written as one word ('무역협상', '평화협상') before a verb of holding or entering
# them, as the spaced compound and English 'trade negotiations' read: data/lexicon/ko.yaml meeting_trigger_re
TALKS = [
    ("몽골은 라오스와 무역협상을 시작했다.", {"MNG", "LAO"}),
    ("가나는 토고와 평화협상에 나섰다.", {"GHA", "TGO"}),
    ("에콰도르와 페루는 휴전협상을 벌였다.", {"ECU", "PER"}),
    ("Mongolia began trade negotiations with Laos.", {"MNG", "LAO"}),
]


@pytest.mark.parametrize("text, parties", TALKS)
def test_compound_talks_held_are_a_meeting(text, parties):
    e = first_of(text, "CONSULT")
    assert e is not None and e.status == "occurred", [(x.type, x.status) for x in events(text)]
    assert {p.country for p in e.participants} == parties


@pytest.mark.parametrize("text", [
    "몽골과 라오스의 무역협상 타결이 임박했다.",  # an outcome awaited, no talks held here
    "가나는 토고와의 평화협상 결과를 발표했다.",  # the talks' result, not the talks
])
def test_a_compound_talks_noun_without_a_verb_of_holding_is_no_meeting(text):
    assert first_of(text, "CONSULT") is None

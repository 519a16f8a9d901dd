"""Joint accords of different circles of parties stay two records (store/merge_accords.py); reports of one
accord, or one naming a single party beside one naming the circle, stay one. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.store.merge_accords import accord_conflict, circle
from readout.store.merge_members import Member
from tests.store.stored import stored_records

MON, TUE = date(2025, 9, 15), date(2025, 9, 16)


@pytest.mark.parametrize("reports, expected", [
    ([("South Korea and China agreed on Monday to launch a vice-ministerial dialogue on supply chains.", "a", MON),
      ("South Korea, China and Japan agreed on Tuesday to resume talks on a free trade agreement.", "b", TUE)],
     [{"a"}, {"b"}]),
    ([("한국과 중국은 15일 공급망 차관급 대화를 신설하기로 합의했다.", "a", MON),
      ("한국, 중국, 일본 3국은 16일 자유무역협정 협상을 재개하기로 합의했다.", "b", TUE)],
     [{"a"}, {"b"}]),
    ([("South Korea and China agreed on Monday to launch a vice-ministerial dialogue on supply chains.", "a", MON),
      ("Seoul and Beijing agreed to launch a new dialogue on supply chains, officials said on Monday.", "b", MON),
      ("한국과 중국은 15일 공급망 차관급 대화를 신설하기로 합의했다.", "c", TUE)],
     [{"a", "b", "c"}]),
    ([("South Korea agreed on Monday to launch a vice-ministerial dialogue on supply chains with China.", "a", MON),
      ("South Korea and China agreed on Monday to launch a vice-ministerial dialogue on supply chains.", "b", MON)],
     [{"a", "b"}]),
], ids=["en-bilateral-then-trilateral", "ko-bilateral-then-trilateral", "one-circle-en-ko", "one-party-then-circle"])
def test_accords_of_other_circles_stay_apart(tmp_path, reports, expected):
    assert stored_records(tmp_path, "AGREE", reports) == expected


def member(parties: set[str], kind: str = "AGREE", recipients: frozenset[str] = frozenset()) -> Member:
    return Member("k", "d", kind, MON, "day", "text", None, set(parties), set(recipients))


@pytest.mark.parametrize("new, circles, conflict", [
    (member({"cty_kor", "cty_chn", "cty_jpn"}), [frozenset({"cty_kor", "cty_chn"})], True),
    (member({"cty_kor", "cty_chn"}), [frozenset({"cty_kor", "cty_chn", "cty_jpn"})], True),
    (member({"cty_kor", "cty_chn"}), [frozenset({"cty_kor", "cty_chn"})], False),
    (member({"cty_kor"}), [frozenset({"cty_kor", "cty_chn"})], False),  # one party names no circle
    (member({"cty_kor", "cty_chn", "cty_jpn"}), [], False),  # a record of one-party reports
    (member({"cty_kor", "cty_chn", "cty_jpn"}, "ACCUSE"), [frozenset({"cty_kor", "cty_chn"})], False),
    (member({"cty_kor", "cty_chn"}, recipients=frozenset({"cty_jpn"})), [frozenset({"cty_kor", "cty_jpn"})], False),
])
def test_accord_conflict(new, circles, conflict):
    assert bool(accord_conflict(circles, new, new.parties)) is conflict


def test_a_circle_needs_two_parties_and_no_receiving_side():
    assert circle(member({"cty_kor", "cty_chn"})) == {"cty_kor", "cty_chn"}
    assert circle(member({"cty_kor"})) is None
    assert circle(member({"cty_kor", "cty_chn"}, recipients=frozenset({"cty_jpn"}))) is None

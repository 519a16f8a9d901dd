"""Statements of a state's organs (no person speaks) on two stated days stay two records, though the days are one
apart (store/merge_organs.py); one statement told on its day and the next stays one, and a report on a clock far from
the speaker's keeps the time zone's tolerance. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.store.merge_members import Member, local_clock
from readout.store.merge_organs import organ_speaker, organs_of_one_state
from readout.store.merge_voices import Voice
from tests.store.stored import stored_records

MON, TUE, WED = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)


@pytest.mark.parametrize("reports, expected", [
    ([("The Russian foreign ministry on Monday condemned Poland over the closure of a consulate.", "a", MON),
      ("The Russian foreign ministry on Tuesday condemned Poland over the closure of a consulate.", "b", WED)],
     [{"a"}, {"b"}]),
    ([("MOSCOW, March 2 (AP) - The Russian foreign ministry condemned Poland on Monday.", "a", MON),
      ("MOSCOW, March 3 (AP) - The Russian foreign ministry condemned Poland on Tuesday.", "b", TUE),
      ("The Russian foreign ministry condemned Poland on Monday over the consulate.", "c", TUE)],
     [{"a", "c"}, {"b"}]),
    ([("중국 외교부는 2일 필리핀을 규탄했다.", "a", MON),  # Beijing's day is Seoul's: one clock
      ("The Chinese foreign ministry on Tuesday condemned the Philippines over the shoal.", "b", WED)],
     [{"a"}, {"b"}]),
    ([("The Russian foreign ministry on Monday condemned Poland over the closure of a consulate.", "a", MON),
      ("러시아 외무부는 월요일 폴란드를 규탄했다.", "b", TUE)],
     [{"a", "b"}]),
    ([("The Brazilian foreign ministry on Monday condemned Paraguay over the border incident.", "a", MON),
      ("브라질 외교부는 3일 파라과이를 규탄했다.", "b", TUE)],  # a Seoul paper's unmarked day: a time zone apart
     [{"a", "b"}]),
    ([("North Korea's state news agency on Monday denounced South Korea's naval exercise in a commentary.", "a", MON),
      ("조선중앙통신은 3일 논평을 내고 한국의 해상 훈련을 비난했다.", "b", TUE),
      ("조선중앙통신은 2일 논평에서 한국의 해상 훈련을 비난했다.", "c", TUE)],
     [{"a", "c"}, {"b"}]),
    ([("브라질 외교부는 2일(현지시간) 파라과이를 규탄했다.", "a", TUE),  # marked local time: the speaker's own day
      ("브라질 외교부는 3일(현지시간) 파라과이를 규탄했다.", "b", WED),
      ("The Brazilian foreign ministry on Monday condemned Paraguay over the border incident.", "c", MON)],
     [{"a", "c"}, {"b"}]),
], ids=["en-two-days", "en-datelines-two-days", "ko-en-two-days", "en-ko-one-day-told-next-day",
        "far-clock-time-zone", "agency-commentaries-two-days", "ko-local-time-two-days"])
def test_organ_statements_on_two_days(tmp_path, reports, expected):
    assert stored_records(tmp_path, "ACCUSE", reports) == expected


def member(parties: set[str], kind: str = "ACCUSE", voice: Voice | None = None, states: bool = True) -> Member:
    m = Member("k", "d", kind, MON, "day", "text", None, set(parties), {"cty_pol"}, voice=voice)
    m.homes = {p: "RUS" for p in parties}
    m.states = frozenset(parties) if states else frozenset()
    return m


@pytest.mark.parametrize("m, speaker", [
    (member({"cty_rus"}), "RUS"),
    (member({"cty_rus"}, voice=Voice("p", "A Minister", "RUS")), None),  # a person speaks: store/merge_voices.py
    (member({"per_x"}, states=False), None),  # a person party the clause left unvoiced
    (member({"cty_rus", "cty_blr"}), None),  # two states: no organ of one
    (member({"cty_rus"}, kind="AGREE"), None),  # an accord is two sides' act, on two clocks
])
def test_organ_speaker(m, speaker):
    assert organ_speaker(m) == speaker


def test_organs_of_one_state_need_the_same_speaker():
    other = member({"cty_blr"})
    other.homes = {"cty_blr": "BLR"}
    assert organs_of_one_state(member({"cty_rus"}), member({"cty_rus"})) == "RUS"
    assert organs_of_one_state(member({"cty_rus"}), other) is None


@pytest.mark.parametrize("record, local_time, clock", [
    ({"sources": [{"lang": "ko"}]}, True, "ko"),  # marked off the Korean outlets' clock
    ({"clock": "KOR", "sources": [{"lang": "en"}]}, True, "KOR"),  # marked off its dateline's
    ({"sources": [{"lang": "ko"}]}, False, None),  # unmarked
])
def test_local_clock(record, local_time, clock):
    assert local_clock(record, local_time) == clock

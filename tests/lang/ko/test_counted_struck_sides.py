"""(koforeign70) A force verb's object counted after its noun ('반군 다섯 명을 사살했다', '대원 5명을') is the side struck,
as the same object without its count is: the particle closing the run stands past the count
(lang/ko/counted_runs.particle_after, read by act_struck_places.struck_place), and an armed group's noun kiwi cut into
morphemes ('무장대원', '반군 전투원') is the group. English 'killed five rebels' reads
the same side. Our own invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.counted_runs import particle_after

DAY = date(2026, 3, 9)


def sides(text: str, kind: str) -> list[tuple[set, set]]:
    doc = extract_text(text, published=DAY)
    return [({(p.country, p.sector) for p in e.participants} - {(p.country, p.sector) for p in e.recipients},
             {(p.country, p.sector) for p in e.recipients}) for e in doc.events if e.type == kind]


@pytest.mark.parametrize("text, struck", [
    ("말리군은 9일 반군 다섯 명을 사살했다.", ("MLI", "REB")),
    ("말리군은 9일 반군 5명을 사살했다.", ("MLI", "REB")),
    ("차드군은 9일 보코하람 대원 세 명을 사살했다.", ("NGA", "REB")),
    ("니제르군은 9일 반군 30여 명을 사살했다.", ("NER", "REB")),
    # an armed group's noun kiwi cuts into morphemes is the group (act_armed_targets.armed_morphemes)
    ("말리군은 9일 무장대원 다섯 명을 사살했다.", ("MLI", "REB")),
    ("말리군은 9일 반군 전투원 5명을 사살했다.", ("MLI", "REB")),
    ("Malian soldiers killed five rebels on Monday.", ("MLI", "REB")),
    ("Malian soldiers killed five rebel fighters on Monday.", ("MLI", "REB")),
    ("Chadian troops killed three Boko Haram fighters on Monday.", ("NGA", "REB")),
])
def test_a_counted_object_is_the_side_struck(text: str, struck: tuple[str, str]) -> None:
    found = sides(text, "ASSAULT")
    assert found and struck in found[0][1], found


@pytest.mark.parametrize("text", [
    "러시아군은 9일 미사일 3발을 발사했다.",  # a count of weapons fired: no side struck
    "러시아군은 9일 드론 30대를 동원했다.",
    "Russian forces fired three missiles on Monday.",
])
def test_a_count_of_weapons_strikes_no_one(text: str) -> None:
    assert not any(rec for _act, rec in sides(text, "ASSAULT"))


def test_a_run_not_all_armed_is_no_armed_group() -> None:
    """'반군 주민': not every noun an armed group's, so the run is not read as rebels."""
    assert not any(s == "REB" for _act, rec in sides("말리군은 9일 반군 주민 다섯 명을 사살했다.", "ASSAULT")
                   for _c, s in rec)


@pytest.mark.parametrize("forms, end, after", [
    ([("반군", "NNG"), ("다섯", "NR"), ("명", "NNB"), ("을", "JKO")], 0, 3),
    ([("반군", "NNG"), ("5", "SN"), ("명", "NNB"), ("을", "JKO")], 0, 3),
    ([("대원", "NNG"), ("30", "SN"), ("여", "XSN"), ("명", "NNB"), ("을", "JKO")], 0, 4),
    ([("대원", "NNG"), ("들", "XSN"), ("을", "JKO")], 0, 2),
    ([("반군", "NNG"), ("을", "JKO")], 0, 1),
    ([("반군", "NNG"), ("5", "SN"), ("을", "JKO")], 0, 1),  # a number with no unit is no count of the run
])
def test_the_particle_past_a_count(forms: list, end: int, after: int) -> None:
    toks = [(f, t, i, 1) for i, (f, t) in enumerate(forms)]
    assert particle_after(toks, end) == after

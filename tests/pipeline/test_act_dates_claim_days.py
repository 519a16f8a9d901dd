"""dates49: a statement dated in another clause than the deed it tells. 'A said on Monday that B had attacked on
Friday' and '국방부는 11일 "A군이 9일 초소에 총격을 가했다"고 밝혔다': the day after the speaker is the saying's, the
claim's own day the deed's; the deed is one event on its day, not a second one on the saying's (lang/ko/dates.
mark_claim_frames marks the saying's day `said`, pipeline/act_dates.per_day gives the deed the claim's day;
English 'said on Monday' is a reporting day already)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def dated(text: str, kind: str) -> list[tuple[str, str]]:
    """The acting sides and the day of each event of `kind` (the sides' recipients are not what is tested here)."""
    return [(",".join(p.country for p in e.participants), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("아르메니아 국방부는 11일 \"아제르바이잔군이 9일 국경 초소에 총격을 가했다\"고 밝혔다.",
     "ASSAULT", [("AZE", "2026-06-09")]),
    ("아르메니아 국방부는 11일 아제르바이잔군이 9일 국경 초소에 총격을 가했다고 주장했다.",
     "ASSAULT", [("AZE", "2026-06-09")]),
    ("태국 외교부는 10일 \"캄보디아군이 지난 7일 국경 마을을 포격했다\"고 비난했다.",
     "ASSAULT", [("KHM", "2026-06-07")]),
    ("태국 외교부는 10일 \"캄보디아군이 지난 7일 국경 마을을 포격했다\"고 비난했다.",
     "ACCUSE", [("THA", "2026-06-10")]),
    ("태국 국방부는 11일 캄보디아군이 9일 국경 마을을 포격한 데 대해 깊은 유감을 표명했다고 밝혔다.", "ASSAULT",
     [("KHM", "2026-06-09")]),
    ("합참은 11일 북한이 9일 발사한 탄도미사일에 대해 깊은 유감을 표명했다고 밝혔다.", "MOBILIZE", [("PRK", "2026-06-09")]),
    ("합참은 11일 북한이 9일 서해상으로 탄도미사일 2발을 발사했다고 밝혔다.", "MOBILIZE", [("PRK", "2026-06-09")]),
    # a claim closed by '-며' after a statement's medium: the condemnation is the saying's day, the shelling the claim's
    ("인도 외교부는 11일 성명에서 파키스탄군이 지난 9일 국경 마을을 포격했다며 강력히 항의했다.", "ASSAULT",
     [("PAK", "2026-06-09")]),
    ("인도 외교부는 11일 성명에서 파키스탄군이 지난 9일 국경 마을을 포격했다며 강력히 항의했다.", "ACCUSE",
     [("IND", "2026-06-11")]),
    # a statement inside the claim is the claim's deed, on its day
    ("통일부는 11일 북한이 9일 조선중앙통신 담화에서 한국 정부를 강하게 비난했다고 밝혔다.", "ACCUSE", [("PRK", "2026-06-09")]),
    ("Thailand's foreign ministry said on Wednesday that Cambodian troops had shelled border villages on Sunday.",
     "ASSAULT", [("KHM", "2026-06-07")]),
])
def test_the_claims_day_dates_the_deed_once(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # negative: a claim with no day of its own: the day after the speaker is the only day the report gives the deed,
    # told in the past: on or before it, the window up to the 11th kept as its first day's month (dates48)
    ("아르메니아 국방부는 11일 아제르바이잔군이 국경 초소에 총격을 가했다고 밝혔다.",
     "ASSAULT", [("AZE", "2026-06-01")]),
])
def test_a_claim_without_its_own_day_keeps_the_reported_day(text, kind, expected):
    assert dated(text, kind) == expected

"""One organ statement (no person speaks) told by a paper on the speaker's clock on its publication day and retold by
an English wire on no clock the next day, neither stating the day: their story days are publication days on two
clocks, so the organ-days veto (store/merge_organs.py) does not part them and the time zone's tolerance joins them
(store/merge_clocks.story_days_on_two_clocks). Two wires on no clock a day apart, or two papers on one clock, keep
the veto. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.store.merge_clocks import story_days_on_two_clocks
from readout.store.merge_members import Member
from tests.store.stored import merge_reasons, records_of, saved

MON, TUE = date(2026, 5, 11), date(2026, 5, 12)

# a paper on Seoul's clock telling its own day's story; a wire on no clock telling its own (the next) day's
PAPER_DENIAL = ("일본 방위성은 11일 중국 군용기가 자국 영공을 침범했다고 발표했다. "
                "중국 외교부는 일본의 영공 침범 주장을 부인하며 근거 없는 주장이라고 반박했다.")
WIRE_DENIAL = ("Japan's defence ministry said on Tuesday that Chinese military aircraft had entered its airspace. "
               "China's foreign ministry rejected Japan's claim that its aircraft had violated Japanese airspace.")
PAPER_CONDEMNATION = ("필리핀 해경은 11일 남중국해에서 베트남 어선에 물대포를 쐈다. "
                      "베트남 외교부는 필리핀을 강하게 규탄했다.")
WIRE_CONDEMNATION = ("The Philippine coast guard fired water cannon at Vietnamese fishing boats on Tuesday. "
                     "Vietnam's foreign ministry strongly condemned the Philippines.")
# the same organ's statements on two days, each report on one clock
WIRE_DENIAL_MON = ("Japan's defence ministry said on Monday that Chinese military aircraft had entered its airspace. "
                   "China's foreign ministry rejected Japan's claim that its aircraft had violated Japanese airspace.")
WIRE_DENIAL_TUE = ("Japan scrambled fighter jets again on Tuesday after more Chinese aircraft approached its airspace. "
                   "China's foreign ministry rejected Japan's claim that its aircraft had violated Japanese airspace.")
PAPER_DENIAL_TUE = "일본 방위성은 12일 중국 군용기가 또 영공에 접근했다고 밝혔다. 중국 외교부는 일본의 주장을 부인했다."


@pytest.mark.parametrize("kind, reports, later", [
    ("REJECT", [(PAPER_DENIAL, "a", MON), (WIRE_DENIAL, "b", TUE)], "b"),
    ("REJECT", [(WIRE_DENIAL, "b", TUE), (PAPER_DENIAL, "a", MON)], "a"),  # the wire stored first
    ("ACCUSE", [(PAPER_CONDEMNATION, "a", MON), (WIRE_CONDEMNATION, "b", TUE)], "b"),
], ids=["ko-then-en-denial", "en-then-ko-denial", "ko-then-en-condemnation"])
def test_one_statement_on_two_clocks_is_one_record(tmp_path, kind, reports, later):
    with saved(tmp_path, *reports) as store:
        assert records_of(store, kind) == [{"a", "b"}]
        assert "time zone" in merge_reasons(store, later, kind)  # the reason the merge stores


@pytest.mark.parametrize("kind, reports", [
    ("REJECT", [(WIRE_DENIAL_MON, "a", MON), (WIRE_DENIAL_TUE, "b", TUE)]),
    ("REJECT", [(PAPER_DENIAL, "a", MON), (PAPER_DENIAL_TUE, "b", TUE)]),
], ids=["en-two-wires", "ko-two-papers"])
def test_story_days_on_one_clock_stay_two_statements(tmp_path, kind, reports):
    with saved(tmp_path, *reports) as store:
        assert records_of(store, kind) == [{"a"}, {"b"}]
        assert "an organ's statements on two days" in merge_reasons(store, "b", kind)


def member(basis: str, clock: str | None) -> Member:
    return Member("k", "d", "REJECT", MON, "day", basis, None, {"cty_chn"}, {"cty_jpn"}, published=MON, clock=clock)


@pytest.mark.parametrize("a, b, two", [
    (member("narrative", "ko"), member("narrative", "en"), True),  # a Seoul paper and a wire on no clock
    (member("narrative", "en"), member("narrative", "en"), False),
    (member("narrative", "ko"), member("narrative", "ko"), False),
    (member("text", "ko"), member("text", "en"), False),  # stated days are the speaker's, whatever the report's clock
])
def test_story_days_on_two_clocks(a, b, two):
    assert story_days_on_two_clocks(a, b) is two

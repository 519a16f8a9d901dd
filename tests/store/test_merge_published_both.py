"""Two reports that state no day (each dated by its publication) a few days apart: one act retold, not two
(store/merge_dates.py `both_published`), except deeds of force, which recur from day to day. Reports we wrote."""
from __future__ import annotations

from datetime import date

import pytest

from readout.settings import SETTINGS
from readout.store import merge_dates
from readout.store.merge import Member
from readout.store.merge_dates import date_evidence
from tests.store.stored import lettered, merge_reasons, saved, records_of

K = merge_dates.DateKind
MONDAY = date(2025, 3, 10)


def undated(key: str, published: date, kind: str = "REJECT", basis: str | None = "published") -> Member:
    return Member(key, f"doc-{key}", kind, published, "day", basis, None, {"cty_aaa"}, {"cty_bbb"},
                  published=published)


@pytest.mark.parametrize("later, kind, basis, expected", [
    (date(2025, 3, 12), "REJECT", "published", K.PUBLISHED_BOTH),    # two days: the follow-up retells it
    (date(2025, 3, 13), "SANCTION", "published", K.PUBLISHED_BOTH),  # the lookback's last day
    (date(2025, 3, 12), "ACCUSE", None, K.PUBLISHED_BOTH),           # a report stored with no basis is as undated
    (date(2025, 3, 11), "REJECT", "published", K.TIME_ZONE),         # a day apart: the time zone's rule as before
    (date(2025, 3, 14), "REJECT", "published", K.APART),             # past the lookback: another news cycle
    (date(2025, 3, 12), "ASSAULT", "published", K.APART),            # strikes recur: two undated ones stay two
    (date(2025, 3, 12), "MOBILIZE", "published", K.APART),
    (date(2025, 3, 12), "REJECT", "text", K.PUBLISHED_OUTSIDE),      # a day stated after the other's publication
])
def test_two_undated_reports_agree_within_the_lookback(later, kind, basis, expected):
    seen = date_evidence(undated("a", MONDAY, kind), undated("b", later, kind, basis), SETTINGS)
    assert seen.kind is expected
    assert seen.ok is (expected in (K.PUBLISHED_BOTH, K.TIME_ZONE))


REJECTION = [
    ("Chile's foreign ministry rejected Argentina's proposal for a joint border commission.", MONDAY),
    ("칠레 외교부는 아르헨티나의 공동 국경위원회 제안을 거부했다.", date(2025, 3, 12)),
]
RECALL = [
    ("Kenya recalled its ambassador from Tanzania over the detention of opposition figures.", MONDAY),
    ("케냐는 야당 인사 구금 문제로 탄자니아 주재 대사를 소환했다.", date(2025, 3, 12)),
]


@pytest.mark.parametrize("reports, kind", [(REJECTION, "REJECT"), (RECALL, "SANCTION")])
def test_an_undated_follow_up_joins_the_undated_first_report(tmp_path, reports, kind):
    with saved(tmp_path, *lettered(*reports)) as store:
        assert records_of(store, kind) == [{"a.txt", "b.txt"}]
        assert "published_both" in merge_reasons(store, "b.txt", kind)  # the reason keeps the date kind


def test_an_undated_report_a_week_later_stays_apart(tmp_path):
    late = [REJECTION[0], (REJECTION[1][0], date(2025, 3, 17))]
    with saved(tmp_path, *lettered(*late)) as store:
        assert records_of(store, "REJECT") == [{"a.txt"}, {"b.txt"}]


def test_two_undated_shellings_two_days_apart_stay_two(tmp_path):
    shellings = [("Pakistani forces shelled Afghan border posts.", MONDAY),
                 ("파키스탄군이 아프가니스탄 국경 초소에 포격을 가했다.", date(2025, 3, 12))]
    with saved(tmp_path, *lettered(*shellings)) as store:
        assert records_of(store, "ASSAULT") == [{"a.txt"}, {"b.txt"}]

"""One break of diplomatic relations told in English ('broke diplomatic relations', no 'off') and in Korean ('단교',
'외교관계를 단절') is one SANCTION record: both read as 'discontinue' (tests/lang/en/test_act_broken_relations.py), so
the measure's mode no longer splits them (store/merge_evidence.mode_evidence). Recalling the ambassador the same day
is another measure and stays apart. Reports we wrote."""
from __future__ import annotations

from datetime import date

from tests.store.stored import lettered, stored_records

DAY = date(2025, 6, 3)


def test_a_break_of_relations_told_in_two_languages_is_one_record(tmp_path):
    reports = lettered(("Peru broke diplomatic relations with Bolivia on Monday.", DAY),
                       ("페루는 2일 볼리비아와의 외교관계를 단절했다.", DAY))
    assert stored_records(tmp_path, "SANCTION", reports) == [{"a.txt", "b.txt"}]


def test_the_recall_of_an_ambassador_beside_it_stays_another_measure(tmp_path):
    reports = lettered(("Peru broke diplomatic relations with Bolivia on Monday.", DAY),
                       ("Peru recalled its ambassador from Bolivia on Monday.", DAY))
    assert stored_records(tmp_path, "SANCTION", reports) == [{"a.txt"}, {"b.txt"}]

"""A curfew and an arrest of one state's people told by two outlets are two COERCE records, however near their days
(store/merge_evidence.kinds_apart): both are now X -> X (pipeline/own_people.py), so only the kind of measure
tells them apart; so are a march and a riot. One curfew told in two languages stays one record. Reports we wrote."""
from __future__ import annotations

from datetime import date

from tests.store.stored import lettered, stored_records

DAY = date(2025, 6, 3)


def test_a_curfew_and_an_arrest_stay_two_records(tmp_path):
    reports = lettered(("Peru's army imposed a nationwide curfew on Monday after days of unrest in the capital.", DAY),
                       ("(서울=연합뉴스) 페루에서 반정부 시위가 이어지고 있다. 육군은 2일 약탈에 가담한 혐의로 수십 명을 체포했다고 밝혔다.",
                        DAY))
    assert stored_records(tmp_path, "COERCE", reports) == [{"a.txt"}, {"b.txt"}]


def test_one_curfew_told_in_two_languages_is_one_record(tmp_path):
    reports = lettered(("Peru's army imposed a nationwide curfew on Monday after days of unrest in the capital.", DAY),
                       ("페루 육군은 2일 전국에 통행금지령을 내렸다고 현지 언론이 전했다.", DAY))
    assert stored_records(tmp_path, "COERCE", reports) == [{"a.txt", "b.txt"}]


def test_a_march_and_a_riot_stay_two_records(tmp_path):
    reports = lettered(("Thousands of protesters marched in Lima on Tuesday against the government.", DAY),
                       ("페루 수도 리마에서 시위대가 3일 의회 건물에 불을 질렀다고 현지 언론이 전했다.", DAY))
    assert stored_records(tmp_path, "PROTEST", reports) == [{"a.txt"}, {"b.txt"}]

"""dates59: a Korean date that opens a relative clause on the sentence's subject dates that clause's act, also where
the clause's verb is a native past form a clash or a war is told with ('벌인', '빚은', '치른') and the head is two
names joined by 와/과 ('[지난달 교전을 벌인] A와 B가 합의했다': the agreement is the report's, the clash last month's;
lexicon ko `date_relative_after_re`, lang/ko/date_relatives.coordinated_name); and a counted day set beside the day
it names ('발표 다음 날인 4일') is no date of its own (lexicon ko `date_apposed_day_after_re`)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


@pytest.mark.parametrize("text, kind, expected", [
    ("지난 5월 무력 충돌을 빚은 수단과 남수단이 국경 협정에 서명했다.", "AGREE", ["2026-06-12"]),
    ("지난 5월 무력 충돌을 빚은 수단과 남수단이 국경 협정에 서명했다.", "ASSAULT", ["2026-05-01"]),
    ("지난달 국경 지역에서 교전을 벌인 에콰도르와 페루가 휴전에 합의했다.", "AGREE", ["2026-06-12"]),
    # negative: a head with a particle ('회의와 관련해') is what the statement is about, not its subject
    ("지난 10일 열린 정상회의와 관련해 칠레 외교장관은 페루를 비난했다.", "ACCUSE", ["2026-06-10"]),
])
def test_a_relative_clause_on_two_joined_subjects_dates_only_its_own_act(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # the story told the 8th last: '다음 날' alone would read the 9th
    ("콜롬비아 정부는 지난 3일 비상사태를 선포했다. 의회는 지난 8일 긴급 법안을 가결했다. "
     "비상사태 선포 다음 날인 4일에는 경찰이 야당 지도자를 체포했다.", "COERCE", ["2026-06-03", "2026-06-04"]),
    ("가나 정부는 지난 2일 통행금지를 선포했다. 야당은 지난 9일 항의 집회를 열었다. "
     "통행금지 이튿날인 3일에는 군이 시위 주도자들을 체포했다.", "COERCE", ["2026-06-02", "2026-06-03"]),
])
def test_a_counted_day_beside_the_day_it_names_takes_that_day(text, kind, expected):
    assert dated(text, kind) == expected

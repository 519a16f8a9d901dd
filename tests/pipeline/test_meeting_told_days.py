"""(dates61) A later sentence that tells the day of a meeting the story told without one dates it
(pipeline/meeting_told_days.told_day): the clause of a meeting word referring back ('The call took place on Sunday.',
'통화는 지난 15일 이뤄졌다.') or a relative clause on it ('The call, which took place on Sunday, lasted an hour.').
A meeting with a day of its own keeps it; a day of another clause's deed moves nothing."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def meeting_days(text: str) -> list[str]:
    return [str(e.date) for e in extract_text(text, published="2026-11-18").events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("Kenya's foreign minister spoke with Tanzania's foreign minister by phone. The call took place on Sunday.",
     "2026-11-15"),
    ("Kenya's foreign minister spoke with Tanzania's foreign minister by phone. The call, which took place on Sunday, "
     "lasted an hour.", "2026-11-15"),
    ("Kenya's foreign minister met Tanzania's foreign minister in Nairobi to discuss trade. The meeting was held on "
     "Monday.", "2026-11-16"),
    ("케냐 외무장관은 탄자니아 외무장관과 전화 통화를 했다. 통화는 지난 15일 이뤄졌다.", "2026-11-15"),
    ("케냐 외무장관은 탄자니아 외무장관과 회담했다. 이번 회담은 16일 나이로비에서 열렸다.", "2026-11-16"),
])
def test_a_later_sentence_dates_the_meeting_told_without_a_day(text, expected):
    assert meeting_days(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # negatives: a meeting with a day of its own keeps it; another deed's day is not the meeting's
    ("Kenya's foreign minister spoke with Tanzania's foreign minister by phone on Friday. The call took place on "
     "Sunday.", "2026-11-13"),
    ("Kenya's foreign minister met Tanzania's foreign minister in Nairobi. The meeting came a day after Ugandan troops "
     "attacked a Kenyan post on Sunday.", "2026-11-18"),
    ("케냐 외무장관은 13일 탄자니아 외무장관과 회담했다. 이번 회담은 16일 나이로비에서 열렸다.", "2026-11-13"),
])
def test_a_meeting_with_its_own_day_or_another_deeds_day_keeps_it(text, expected):
    assert meeting_days(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the lead's merge mend: a gathering an earlier sentence named as the meeting's occasion ('on the sidelines of the
    # summit') is that occasion when named again; its day is not the day of the meeting held beside it
    ("Kenyan President Amani Oduya met Tanzanian President Zuberi Mrisho on the sidelines of the regional summit in "
     "Nairobi. Oduya also held talks with Ugandan President Okot Lubega later in the day. The regional leaders opened "
     "their summit on Sunday.",
     ["2026-11-18", "2026-11-18"]),
    ("케냐 대통령은 지역 정상회의 계기에 탄자니아 대통령과 회담했다. 정상회의는 지난 15일 개막했다.", ["2026-11-18"]),
])
def test_an_occasion_named_again_dates_no_meeting_beside_it(text, expected):
    assert meeting_days(text) == expected

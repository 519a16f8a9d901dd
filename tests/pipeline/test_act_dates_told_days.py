"""dates53: the day a later sentence refers back to, and the day a statement states itself.

'The same day', '같은 날', 'the next day', '이튿날' count from the last day a sentence stated, though that day is a
recall weeks before the story's own, which leaves the story's day where it was (pipeline/story_days.advance_story_day
keeps `Narrative.told`, pipeline/act_dates.report_day counts from it). A Korean day after the speaker's topic and
a phrase naming that day ('A군은 휴전 직후인 지난달 26일 ...', lang/ko/dates.make: `date_topic_apposition_before_re`)
is the topic's act's own day, not the day of a meeting the story tells (pipeline/act_dates.own_day_word)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def dated(text: str, kind: str) -> list[tuple[str, str]]:
    """The acting sides and the day of each event of `kind`."""
    return [(",".join(p.country for p in e.participants), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("인도와 파키스탄 국방장관은 12일 두바이에서 회담했다. 유엔 안보리는 지난달 20일 긴급회의를 열고 양국에 자제를 "
     "촉구했다. 인도는 같은 날 국경 지역에 계엄령을 선포했다.", "COERCE", [("IND", "2026-05-20")]),
    ("인도와 파키스탄 국방장관은 12일 두바이에서 회담했다. 유엔 안보리는 지난달 20일 긴급회의를 열고 양국에 자제를 "
     "촉구했다. 파키스탄은 이튿날 인도 주재 대사를 소환했다.", "SANCTION", [("PAK", "2026-05-21")]),
    ("The defence ministers of Peru and Ecuador met in Lima on Friday. The Organization of American States held an "
     "emergency session on May 18. The same day, Peru imposed a curfew in border districts.", "COERCE",
     [("PER", "2026-05-18")]),
    ("The defence ministers of Peru and Ecuador met in Lima on Friday. The Organization of American States held an "
     "emergency session on May 18. Ecuador recalled its ambassador from Lima the next day.", "SANCTION",
     [("ECU", "2026-05-19")]),
])
def test_the_same_day_counts_from_the_day_told_last(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # negative: '이날' is the report's day, not the recalled one
    ("인도와 파키스탄 국방장관은 12일 두바이에서 회담했다. 유엔 안보리는 지난달 20일 긴급회의를 열고 양국에 자제를 "
     "촉구했다. 인도는 이날 국경 지역에 계엄령을 선포했다.", "COERCE", [("IND", "2026-06-12")]),
    # negative: a sentence with no day word after the recall stays on the story's day
    ("The defence ministers of Peru and Ecuador met in Lima on Friday. The Organization of American States held an "
     "emergency session on May 18. Peru also imposed a curfew in border districts.", "COERCE",
     [("PER", "2026-06-12")]),
])
def test_other_day_words_keep_the_story_day(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("인도와 파키스탄 국방장관은 12일 두바이에서 회담했다. 인도군은 휴전 발효 직후인 지난달 26일 파키스탄군이 국경 "
     "초소에 포격을 가했다고 주장했다.", "ACCUSE", [("IND", "2026-05-26")]),
    ("케냐와 우간다 외무장관은 12일 나이로비에서 만났다. 우간다 외교부는 선거 이튿날인 지난달 30일 케냐 대사를 불러 "
     "항의했다.", "ACCUSE", [("UGA", "2026-05-30")]),
])
def test_a_day_named_after_the_topic_dates_its_statement(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # negative: a day after the claim's own subject dates the claimed deed; the accusation is the meeting's
    ("케냐와 우간다 외무장관은 12일 나이로비에서 만났다. 우간다 외무장관은 회담에서 케냐가 지난달 30일 국경을 "
     "봉쇄했다고 비난했다.", "ACCUSE", [("UGA", "2026-06-12")]),
])
def test_a_claimed_deeds_day_leaves_the_meeting_day(text, kind, expected):
    assert dated(text, kind) == expected

"""dates53: an act a sentence dates only by a year long before the story is history, not news of the story's day.

'A and B, which established diplomatic relations in 1992, signed ...': the year of a relative aside dates the aside's
own act (lang/base/dates.past_year `at`), as it does not the main clause's. '1992년 수교한 이래 처음으로 ...': the
year a span is counted from dates the act that names its start (`counted_from_year`, `past_year_re` group
`since_year`), not the news the sentence goes on to tell (pipeline/act_dates.history)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def kinds(text: str) -> list[tuple[str, str]]:
    """Each event's type and day."""
    return sorted((e.type, str(e.date)) for e in extract_text(text, published=PUB).events)


@pytest.mark.parametrize("text, absent", [
    ("Chile and Peru, which established diplomatic relations in 1992, signed a trade pact in Lima on Wednesday.",
     "SUPPORT"),
    ("칠레와 페루는 1992년 수교한 이래 처음으로 11일 리마에서 국방장관 회담을 열었다.", "SUPPORT"),
    ("몽골과 카자흐스탄은 1993년 국교를 수립한 이래 처음으로 10일 아스타나에서 정상회담을 열었다.", "SUPPORT"),
])
def test_ties_founded_years_ago_are_no_event_of_the_story(text, absent):
    assert absent not in [k for k, _ in kinds(text)]


@pytest.mark.parametrize("text, expected", [
    # negative: the news the sentence tells after the span keeps its own day
    ("칠레와 페루는 1992년 수교한 이래 처음으로 11일 리마에서 국방장관 회담을 열었다.", ("CONSULT", "2026-06-11")),
    ("Chile and Peru, which established diplomatic relations in 1992, signed a trade pact in Lima on Wednesday.",
     ("AGREE", "2026-06-10")),
    # negative: a span counted from an earlier meeting: the new meeting is no history
    ("칠레와 페루는 2019년 회담 이후 처음으로 리마에서 국방장관 회담을 열었다고 외교부가 밝혔다.", ("CONSULT", "2026-06-12")),
])
def test_the_news_after_the_founding_year_stays(text, expected):
    assert expected in kinds(text)

"""dates48: a day counted from another event, the event's day stated in the phrase itself ('on the eve of Tuesday's
vote', 'on the eve of the Nov. 10 summit') is that day less one (lang/en/dates.eve_of_stated_day), never the
weekday's own; and a count of days in native numerals after an event's noun ('정상회의 이틀 전', '표결 사흘 뒤') counts
from that event's stated day as '하루 전' does, and leaves the act undated where the document states none (lexicon ko
date_relative_narrative_days; pipeline/anchored_dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 11, 11)  # a Wednesday


def talks(article) -> list:
    return [e for e in events_of(article, "CONSULT") if "ECU" in {p.country for p in e.participants}]


@pytest.mark.parametrize("text, day", [
    ("Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro on the eve of Tuesday's "
     "referendum.", date(2026, 11, 9)),
    ("Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro on the eve of the Nov. 6 "
     "summit in Quito.", date(2026, 11, 5)),
    ("정상회의는 6일 키토에서 개막했다. 다니엘 노보아 에콰도르 대통령은 정상회의 이틀 전 구스타보 페트로 콜롬비아 대통령과 "
     "회담했다.", date(2026, 11, 4)),
    ("국민투표는 3일 치러졌다. 다니엘 노보아 에콰도르 대통령은 투표 사흘 뒤 구스타보 페트로 콜롬비아 대통령과 회담했다.",
     date(2026, 11, 6)),
    ("다니엘 노보아 에콰도르 대통령은 취임식 사흘 뒤인 9일 구스타보 페트로 콜롬비아 대통령과 회담했다.", date(2026, 11, 9)),
])
def test_counted_from_the_events_stated_day(extract, text, day):
    assert [e.date for e in talks(extract(text, published=DAY))] == [day]


def test_a_count_from_an_event_of_no_stated_day_leaves_it_undated(extract):
    text = "다니엘 노보아 에콰도르 대통령은 정상회의 이틀 전 구스타보 페트로 콜롬비아 대통령과 회담했다."
    found = talks(extract(text, published=DAY))
    assert found and all(e.date is None for e in found)




# dates49: the event's day right after the noun an eve names ('the summit on Nov. 20'), and a count before an event's
# noun ('A day before the summit,', 'Two days after the summit,'): that event's day moved by the count
@pytest.mark.parametrize("text, day", [
    ("Ecuadorean President Daniel Noboa will meet Colombian President Gustavo Petro in Quito on the eve of the summit "
     "on Nov. 20.", date(2026, 11, 19)),
    ("Ecuador and Colombia will hold a summit in Quito on Nov. 20. A day before the summit, Ecuadorean President Daniel "
     "Noboa will meet Colombian President Gustavo Petro.", date(2026, 11, 19)),
    ("Ecuador and Peru held a summit in Lima on Nov. 2. Two days after the summit, Ecuadorean President Daniel Noboa met "
     "Colombian President Gustavo Petro in Bogota.", date(2026, 11, 4)),
])
def test_a_count_from_an_events_noun_takes_that_events_day(extract, text, day):
    pair = [e.date for e in talks(extract(text, published=DAY)) if {p.country for p in e.participants} == {"ECU", "COL"}]
    assert day in pair


def test_a_count_before_a_noun_of_no_stated_day_leaves_it_undated(extract):
    text = "A day before the summit, Ecuadorean President Daniel Noboa met Colombian President Gustavo Petro in Quito."
    found = talks(extract(text, published=DAY))
    assert found and all(e.date is None for e in found)

"""dates57: an act told 'in the early hours of' the day after the report's (agency copy dated by the evening it
tells) took place that next morning: the language reads the weekday ahead and marks it `small_hours`, and
act_dates lets that one day after the report date an act that took place. (Korean wire copy names the day by its
number, '17일 새벽', which needs no such reading.)"""
from datetime import date

import pytest

from tests.event_sides import events

PUBLISHED = "2026-06-16"  # a Tuesday


def dates_of(text: str, kind: str):
    return [e.date for e in events(text, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("text, kind, day", [
    ("Bolivian soldiers fired tear gas at miners blocking the highway in the early hours of Wednesday.", "ASSAULT",
     date(2026, 6, 17)),
    ("Ecuadorian troops shelled rebel positions near the border before dawn on Wednesday.", "ASSAULT",
     date(2026, 6, 17)),
    # negative: a plain weekday of the same name is the one behind the report
    ("Ecuadorian troops shelled rebel positions near the border on Wednesday.", "ASSAULT", date(2026, 6, 10)),
])
def test_the_small_hours_after_the_report_date_the_act(text, kind, day):
    assert dates_of(text, kind) == [day]

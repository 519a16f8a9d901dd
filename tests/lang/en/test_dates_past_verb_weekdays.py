"""A bare weekday after a simple past is behind the report; one after an auxiliary of what lies ahead, or in a
clause that plans, is ahead of it (lang/en/date_verbs.after_past_verb, fresh37)."""
from datetime import date

import pytest

from readout.lang.en import dates
from readout.settings import SETTINGS

REF = date(2026, 6, 15)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru agreed late on Sunday on a plan to reopen the border.", date(2026, 6, 14)),
    ("Ghana and Togo met Saturday to discuss a plan to share the zone.", date(2026, 6, 13)),
    ("The envoy arrived on Sunday and hopes to meet the king.", date(2026, 6, 14)),
    # negatives: what lies ahead still counts forward
    ("The accord will be signed on Saturday in Lima.", date(2026, 6, 20)),
    ("The two ministers are scheduled to meet on Friday.", date(2026, 6, 19)),
    ("The vote was scheduled on Thursday and will decide the plan.", date(2026, 6, 18)),
])
def test_a_weekday_after_a_simple_past(text, expected):
    found = [d for d in dates.find_dates(text, 0, REF, SETTINGS.en.unyeared_future_days) if d.value]
    assert found and found[0].value == expected

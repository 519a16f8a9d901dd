"""(acts58, issue 15) pipeline/act_recipient_readers.struck_place: a name the language barred from an act's recipients
(`not_recipient_spans`: the critic after 'drew protests from') is no place the attack landed, in either language's
reading; a locative place still is. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (sentence, type, mode, acting, receiving)
    ("Mali's shelling of camps drew protests from Algeria.", "ASSAULT", "heavy-weapons", {("MLI", "GOV")}, set()),
    ("Peru's shelling of rebel camps drew protests from Chile.", "ASSAULT", "heavy-weapons", {("PER", "GOV")},
     {("PER", "REB")}),
    # guard: a place the shells landed in receives them
    ("Mali's shelling of villages in Niger drew protests from Algeria.", "ASSAULT", "heavy-weapons", {("MLI", "GOV")},
     {("NER", "CVL")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_barred_struck_place(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)

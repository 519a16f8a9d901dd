"""A verb of proposing or suggesting before the act it proposes ('suggested imposing sanctions on X', 'proposes
expelling X's envoys') makes the act a proposal, not done: planned (hypothetical), as 'proposed to impose' and
'planned to' already read. The act stated on its own, or after a clause of its own ('imposed sanctions on X,
suggesting more could follow'), stays occurred. Our own sentences (meetfollow66)."""
from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act


def events(text: str):
    return extract_text(text, published=date(2026, 9, 14)).events


@pytest.mark.parametrize("text, type_, recipients, status", [
    ("Norway suggested imposing sanctions on Belarus.", "SANCTION", {"BLR"}, "planned"),
    ("Finland proposes expelling Belarus's ambassador.", "SANCTION", {"BLR"}, "planned"),
    ("Norway is suggesting imposing sanctions on Belarus.", "SANCTION", {"BLR"}, "planned"),
    ("Norway imposed sanctions on Belarus.", "SANCTION", {"BLR"}, "occurred"),
    ("Norway imposed sanctions on Belarus, suggesting more could follow.", "SANCTION", {"BLR"}, "occurred"),
])
def test_proposed_measure_is_not_done(text, type_, recipients, status):
    assert_act(events(text), type_, set(), recipients, status)

"""Each state of a vote list casts its own vote (votes46, lang/en/act_vote_lists): in 'A voted against and B
abstained' A refuses the draft and B is no side of A's vote (an abstention is no act); in 'A and B voted for the
text, C voted against' only C refuses. Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries

DAY = date(2025, 6, 2)

LISTS = {
    "against-then-abstained": [
        ("Belarus voted against it and Kazakhstan abstained.", {"BLR"}),
        ("Nicaragua voted against the text on Friday, and Bolivia abstained.", {"NIC"}),
    ],
    "for-then-against": [
        ("Chile and Peru voted for the measure, Cuba voted against and Honduras abstained.", {"CUB"}),
        ("Nine members voted in favour, while Syria and Iran voted against and Egypt and Qatar abstained.",
         {"SYR", "IRN"}),
    ],
    "vetoed-then-abstained": [
        ("Russia vetoed the text, China abstained and the other thirteen members backed it.", {"RUS"}),
    ],
}


@pytest.mark.parametrize("text,voters", class_rows(LISTS))
def test_each_voter_casts_its_own_vote(text, voters):
    events = extract_text(text, published=DAY).events
    rejects = [e for e in events if e.type == "REJECT"]
    assert len(rejects) == 1, [(e.type, countries(e.participants), countries(e.recipients)) for e in events]
    assert countries(rejects[0].participants) == voters
    assert not countries(rejects[0].recipients) & {"KAZ", "BOL", "HND", "EGY", "QAT", "CHN", "CHL", "PER"}

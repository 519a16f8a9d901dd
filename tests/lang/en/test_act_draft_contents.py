"""What a refused draft would have done (votes46, lang/en/act_draft_contents): 'vetoed a draft that would have
extended X' is one REJECT; the relative clause or participle after the draft noun is the proposal's content, no act
of anyone, and the sides it names are not the refused side. Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries

DAY = date(2025, 6, 2)

CONTENTS = {
    "relative-would-have": [
        ("Moscow on Tuesday vetoed a U.N. Security Council resolution that would have renewed the arms embargo on "
         "Libya for another year.", {"RUS"}, {"UNO"}),
        ("Beijing vetoed a Norwegian-drafted resolution that would have imposed sanctions on Myanmar's generals.",
         {"CHN"}, {"NOR"}),
        ("Paris vetoed a draft that would have lifted the freeze on Mali's assets.", {"FRA"}, set()),
    ],
    "nested-deeds": [
        ("China and Russia on Monday vetoed a Swiss-sponsored U.N. text that would have backed a truce in Sudan tied "
         "to the release of civilians seized during the militia's June 4 raid.", {"CHN", "RUS"}, {"CHE"}),
    ],
    "vote-against": [
        ("Belarus voted against a Canadian-drafted resolution that would have condemned the shelling of Kharkiv.",
         {"BLR"}, {"CAN"}),
    ],
    "which-and-participle": [
        ("The United States blocked a U.N. resolution which demanded that Israel halt its raids on Jenin.",
         {"USA"}, {"UNO"}),
        ("Russia vetoed a draft sponsored by Ireland calling for sanctions on Syria's air force.", {"RUS"}, {"IRL"}),
    ],
}


@pytest.mark.parametrize("text,actors,recipients", class_rows(CONTENTS))
def test_a_refused_draft_does_nothing_it_would_have(text, actors, recipients):
    events = extract_text(text, published=DAY).events
    assert [e.type for e in events] == ["REJECT"], [(e.type, countries(e.participants)) for e in events]
    assert countries(events[0].participants) == actors
    assert countries(events[0].recipients) == recipients


def test_a_clause_after_a_comma_is_no_content():
    """A clause after the comma tells of the veto, not of the draft: B's act stands."""
    events = extract_text("Russia vetoed the Estonian draft, and Britain condemned the veto.", published=DAY).events
    assert {"REJECT", "ACCUSE"} <= {e.type for e in events}, [(e.type, countries(e.participants)) for e in events]

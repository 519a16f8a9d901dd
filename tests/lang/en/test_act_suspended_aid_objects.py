"""English acts: aid suspended, paused or frozen is no aid and no support (agree54).

1. a word joined by 'and' / 'or' to the object a verb just took ("suspended loans and budget support to X") is one
   more object of that verb, a noun; read as the verb 'support' it was a SUPPORT of its own (act_walk,
   coordinated_object). A verb with an object of its own after it ("... and support the rebels") stays a verb;
2. aid paused or frozen ('paused some aid programmes', 'froze budget support to X') is CAMEO 162's stopped aid
   (SANCTION discontinue), not the noun aid read as an AID act."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, events_of

OCC = "occurred"
DAY = date(2024, 5, 14)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ACTS = {
    "a_coordinated_object_of_a_suspension_is_no_support": [
        ("Sweden suspended loans and budget support to Zambia.", "SUPPORT", {"SWE"}, None, None, None),
        ("Sweden suspended loans and budget support to Zambia.", "SANCTION", {"SWE"}, {"ZMB"}, OCC, "discontinue"),
        ("The Netherlands halted development funding and support for Burundi on Monday.", "SUPPORT", {"NLD"}, None,
         None, None),
        ("Denmark withheld grants or support from Malawi.", "SUPPORT", {"DNK"}, None, None, None),
    ],
    "a_verb_with_its_own_object_stays_a_verb": [
        ("Finland halted loans to Togo and will support the transition.", "AGREE", {"FIN"}, None, OCC, None),
        ("Uganda demanded that Kenya lift the ban and agree to talks.", "AGREE", {"KEN"}, None, None, None),
    ],
    "paused_or_frozen_aid_is_stopped_aid": [
        ("Belgium paused its aid programmes in Guinea.", "AID", {"BEL"}, None, None, None),
        ("Belgium paused its aid programmes in Guinea.", "SANCTION", {"BEL"}, {"GIN"}, OCC, "discontinue"),
        ("Ireland froze budget support to Mozambique.", "SANCTION", {"IRL"}, {"MOZ"}, OCC, "discontinue"),
        ("Ireland froze budget support to Mozambique.", "SUPPORT", {"IRL"}, None, None, None),
    ],
    "aid_given_stays_aid": [
        ("Ireland sent food aid to Mozambique.", "AID", {"IRL"}, {"MOZ"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_suspended_aid_is_no_aid_or_support(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)

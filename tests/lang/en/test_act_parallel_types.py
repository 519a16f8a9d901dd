"""(kotypes53) Acts that two outlets, one English and one Korean, must type alike, with the Korean twin in
tests/lang/ko/test_act_parallel_types.py: another side's words rejected are disapproved (ACCUSE, not a refusal of a
proposal), and a complaint or suit withdrawn (or suspended) yields a claim (CONCEDE, not a retreat of forces nor a new charge).
Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 3, 10)

ROWS = [
    # remarks, comments, a statement rejected: disapproval of what the other side said
    ("The Peruvian foreign ministry firmly rejected the remarks by the Chilean president on Tuesday.",
     [("ACCUSE", {"PER"}, {"CHL"}, "occurred"), ("REJECT", set(), None, None)]),
    ("Ghana's government strongly rejected Togo's statement on the border dispute.",
     [("ACCUSE", {"GHA"}, {"TGO"}, "occurred"), ("REJECT", set(), None, None)]),
    ("Uruguay repudiated the comments made by Paraguay's interior minister.",
     [("ACCUSE", {"URY"}, {"PRY"}, "occurred")]),
    # negatives: a proposal or a charge rejected stays a refusal
    ("Chile rejected Peru's proposal for joint patrols on Monday.", [("REJECT", {"CHL"}, {"PER"}, "occurred"),
                                                                     ("ACCUSE", set(), None, None)]),
    ("Kenya rejected the accusations made by Uganda.", [("REJECT", {"KEN"}, {"UGA"}, "occurred"),
                                                        ("ACCUSE", set(), None, None)]),
    # a complaint or suit withdrawn or dropped: a claim given up
    ("Mexico withdrew its complaint against Canada at the World Trade Organization.",
     [("CONCEDE", {"MEX"}, {"CAN"}, "occurred"), ("RETREAT", set(), None, None)]),
    ("Vietnam dropped its lawsuit against Cambodia on Friday.",
     [("CONCEDE", {"VNM"}, {"KHM"}, "occurred"), ("ACCUSE", set(), None, None)]),
    ("Indonesia said it would suspend a complaint it had filed against Malaysia at the World Trade Organization.",
     [("CONCEDE", {"IDN"}, {"MYS"}, "planned")]),
    # negatives: aid suspended is still a sanction; troops withdrawn still retreat; a suit filed still accuses
    ("Indonesia suspended military aid to Malaysia.", [("SANCTION", {"IDN"}, {"MYS"}, "occurred"),
                                                       ("CONCEDE", set(), None, None)]),
    ("Russia withdrew its troops from the border with Finland.", [("RETREAT", {"RUS"}, None, "occurred"),
                                                                  ("CONCEDE", set(), None, None)]),
    ("Vietnam filed a lawsuit against Cambodia on Friday.", [("ACCUSE", {"VNM"}, {"KHM"}, "occurred"),
                                                             ("CONCEDE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_parallel_act_types(text, expected):
    found = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)

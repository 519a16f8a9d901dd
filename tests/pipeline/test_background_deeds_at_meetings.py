"""A deed told as done before the sentence's meeting (a background clause: a past relative, 'after X did', 'which had')
was not done at the meeting, so the side met may be its recipient (pipeline/act_recipient_readers.clause_recipients);
an act of the meeting's own clause is still never aimed at the one met. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries

PUB = "2026-03-12"

EARLIER_DEEDS = class_rows({
    "ko-relative": [("볼리비아 대사를 소환한 칠레는 10일 볼리비아와 회담했다.", "SANCTION", "BOL"),
                    ("볼리비아 대사를 소환한 칠레는 10일 볼리비아와의 회담을 제안했다.", "SANCTION", "BOL")],
    "en-after": [("After Chile recalled its ambassador from Bolivia, Chilean Foreign Minister Rosa Vidal met Bolivian "
                  "Foreign Minister Hugo Arce on Tuesday.", "SANCTION", "BOL")],
    "en-which-had": [("Chile, which had expelled two Bolivian diplomats, held talks with Bolivia on Tuesday.",
                      "SANCTION", "BOL")],
})


@pytest.mark.parametrize("text, kind, met", EARLIER_DEEDS)
def test_an_earlier_deed_may_be_aimed_at_the_side_met(text, kind, met):
    acts = [e for e in extract_text(text, published=PUB).events if e.type == kind]
    assert acts and countries(acts[0].recipients) == {met}


AT_THE_MEETING = class_rows({
    "ko-same-clause": [("칠레 외교장관은 10일 볼리비아 외교장관과 회담하고 대사 소환을 발표했다.", "SANCTION", "BOL")],
    "en-same-clause": [("Chilean Foreign Minister Rosa Vidal met Bolivian Foreign Minister Hugo Arce on Tuesday and "
                        "recalled the ambassador.", "SANCTION", "BOL")],
})


@pytest.mark.parametrize("text, kind, met", AT_THE_MEETING)
def test_an_act_of_the_meeting_clause_is_not_aimed_at_the_side_met(text, kind, met):
    assert not [e for e in extract_text(text, published=PUB).events if e.type == kind and met in countries(e.recipients)]

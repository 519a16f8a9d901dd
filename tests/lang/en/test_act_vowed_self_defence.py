"""English acts: a vow to defend one's own realm is no AGREE (agree54).

'vowed to defend the country', 'pledged to protect its sovereignty': resolve against a threat, no cooperation promised
to a partner (PLOVER AGREE). The pledge is read as a vow of response (act_vowed_responses): a THREATEN aimed at the
side the sentence blames, or nothing when it names none. Defending another ('pledged to defend its allies') stays a
pledge."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, events_of

OCC = "occurred"
DAY = date(2022, 11, 3)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ACTS = {
    "a_vow_to_defend_the_own_realm_is_no_agreement": [
        ("The military council in Conakry vowed to defend the nation.", "AGREE", {"GIN"}, None, None, None),
        ("Eritrea's president swore to safeguard the country's sovereignty.", "AGREE", {"ERI"}, None, None, None),
        ("Chad accused Sudan of arming rebels in concert with Libyan militias and vowed to defend its territory.",
         "AGREE", {"TCD"}, None, None, None),
    ],
    "after_a_blame_it_answers_the_blamed_side": [
        ("Chad accused Sudan of arming rebels in concert with Libyan militias and vowed to defend its territory.",
         "ACCUSE", {"TCD"}, {"SDN"}, OCC, None),
    ],
    "defending_another_stays_a_pledge": [
        ("Britain pledged to defend Estonia.", "AGREE", {"GBR"}, None, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_vowed_self_defence_is_no_agreement(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)

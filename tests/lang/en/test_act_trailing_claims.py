"""enclaims68: a hostile deed told first and its speaker after it ('Y shelled the camps, X alleged.', 'Y is arming
the rebels, the government of X said.') is X's charge against Y (ACCUSE allege), as the same words with the speaker
first are (lang/en/act_allegations.trailing_clause): a verb of alleging with any hostile deed, a plain 'said' with
the arming of an armed group, whose backing is then the charge's content and no AID. The speaker is no side of the
deed (the comma before it ends the deed's clause: en.yaml `boundary_re`, clauses.speaker_comma). Neutral deeds and
a plain 'said' of force stay facts with no charge. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries

DAY = date(2026, 3, 12)

CHARGED = [
    ("Niger is arming the militia in northern Mali, the Malian government said.", None),
    ("Niger has been funding the rebels near Gao, Mali claimed on Tuesday.", None),
    ("Nigerien gunners had shelled three herding camps along the border, Mali alleged.", "ASSAULT"),
    ("Niger's troops were massing near the frontier, the Malian junta insisted.", "MOBILIZE"),
]

NOT_CHARGED = [
    ("Niger's envoy met Malian officials in Bamako, the Malian government said.", "CONSULT"),
    ("Niger signed a grazing accord with Mali, the Malian foreign ministry said.", "AGREE"),
    ("Nigerien gunners had shelled three herding camps near Menaka, the Malian government said.", "ASSAULT"),
    ("Niger is arming its own army, the Malian government said.", "AID"),
]


@pytest.mark.parametrize(("text", "deed"), CHARGED)
def test_trailing_speaker_charges_the_doer(text, deed):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", {"MLI"}, {"NER"}, "occurred", "allege")
    assert_act(evs, "AID", set(), None, None)  # the backing charged is no deed told as fact
    if deed:
        done = [e for e in evs if e.type == deed]
        assert done and countries(done[0].participants) == {"NER"} and not countries(done[0].recipients) & {"MLI"}, \
            [(e.type, countries(e.participants), countries(e.recipients)) for e in evs]


@pytest.mark.parametrize(("text", "kept"), NOT_CHARGED)
def test_trailing_said_of_a_fact_is_no_charge(text, kept):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", set(), None, None)
    assert [e for e in evs if e.type == kept], [(e.type, countries(e.participants)) for e in evs]

"""enclaims68: a verb of alleging followed straight by a finite clause, no 'that' ('insisted Y had shelled', 'claimed
Y's troops were massing'), reports that clause as 'that' would: the speaker accuses the clause's subject (ACCUSE
allege) and is no doer of the deed told, which keeps its own doer alone (en.yaml `boundary_re`,
lang/en/act_allegations.bare_clause). Korean marks every reported clause with '-다고', so its speaker never shared the
deed. Our own sentences, both languages in one table; negatives: the verb with a prepositional or noun object."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries

DAY = date(2026, 3, 12)

CLAIMED = [
    ("Mali insisted Niger had shelled three herding camps near Menaka overnight.", "ASSAULT"),
    ("Mali claimed Niger had shelled three herding camps near Menaka overnight.", "ASSAULT"),
    ("The Malian junta maintained Nigerien gunners had bombarded a market town on Friday.", "ASSAULT"),
    ("Mali asserted Nigerien troops were massing along the shared frontier.", "MOBILIZE"),
    ("말리 정부는 니제르군이 국경 부근 유목민 캠프를 포격했다고 주장했다.", "ASSAULT"),
]

# no clause after the verb: a prepositional object, a noun object, a deed the speaker claims as its own
NOT_CLAIMED = [
    ("Mali insisted on talks with Niger about the herders.", None),
    ("A Malian armed group claimed responsibility for the attack on Nigerien soldiers.", "ASSAULT"),
    ("Mali maintained its embargo on Niger through the winter.", "SANCTION"),
    ("말리 정부는 니제르와의 회담을 고집했다.", None),
]


@pytest.mark.parametrize(("text", "deed"), CLAIMED)
def test_bare_claim_accuses_and_deed_keeps_its_doer(text, deed):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", {"MLI"}, {"NER"}, "occurred", "allege")
    done = [e for e in evs if e.type == deed]
    assert done and countries(done[0].participants) - countries(done[0].recipients) == {"NER"}, \
        [(e.type, countries(e.participants), countries(e.recipients)) for e in evs]


@pytest.mark.parametrize(("text", "kept"), NOT_CLAIMED)
def test_no_clause_no_allegation(text, kept):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", set(), None, None)
    if kept:
        assert [e for e in evs if e.type == kept], [(e.type, countries(e.participants)) for e in evs]

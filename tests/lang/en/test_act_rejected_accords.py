"""A refusal of an accord named by an unowned noun (en48, act_answers.rejected_accord): 'Chile rejected the agreement'
after the story told Peru and Bolivia's agreement is REJECT of Chile aimed at the accord's parties, as 'Chile
denounced the agreement' is an ACCUSE of them. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)
TOLD = "Peru and Bolivia signed a border agreement in Lima on Monday. "


@pytest.mark.parametrize("sentence, recipients", [
    (TOLD + "Chile rejected the agreement on Tuesday.", {"PER", "BOL"}),
    (TOLD + "Chile's foreign minister flatly rejected the deal on Tuesday.", {"PER", "BOL"}),
    (TOLD + "Chile on Tuesday rejected the accord as a breach of its rights.", {"PER", "BOL"}),
    ("Chile accused Peru of spying on Monday. Peru rejected the accusations on Tuesday.", {"CHL"}),  # as before
    # appeals50: the Korean accord nouns are proposals a refusal may answer (ko.yaml proposal_nouns)
    ("페루와 볼리비아는 월요일 국경 협정에 서명했다. 칠레는 화요일 이 협정을 거부했다.", {"PER", "BOL"}),
])
def test_a_refused_accord_is_refused_to_its_parties(sentence, recipients):
    found = [e for e in events_of(extract_text(sentence, published=DAY), "REJECT")]
    (e,) = found
    assert countries(e.recipients) == recipients


def test_a_refused_accord_with_no_accord_told_names_no_parties():
    found = events_of(extract_text("Chile rejected the agreement on Tuesday.", published=DAY), "REJECT")
    assert all(not e.recipients for e in found)

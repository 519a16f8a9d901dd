"""A warning aimed at whoever breaks an accord (en48, act_violators): 'warned that any party that violated it would
face penalties' threatens the parties of the accord the story told; a warning that names its addressee keeps it, and
with no accord told it names no one. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)
TOLD = "Peru and Bolivia signed a border agreement in Lima on Monday. "


@pytest.mark.parametrize("sentence, recipients", [
    (TOLD + "The Chilean president warned that any party that violated it would face very severe penalties.",
     {"PER", "BOL"}),
    ("Peru and Bolivia agreed to a truce on Monday. Chile warned that any side breaching the truce would pay a heavy "
     "price.", {"PER", "BOL"}),
    (TOLD + "Chile warned that violators of the deal would face harsh consequences.", {"PER", "BOL"}),
    (TOLD + "Chile warned Argentina that any party that violated it would face penalties.", {"ARG"}),  # named
    pytest.param("페루와 볼리비아는 월요일 국경 협정에 서명했다. 칠레는 이 협정을 위반하는 쪽은 가혹한 대가를 치를 것이라고 "
                 "경고했다.", {"PER", "BOL"},
                 marks=pytest.mark.xfail(strict=True, reason="Korean: a warning to an accord's breaker is not read "
                                                             "yet (Korean acts, left to their owner)")),
])
def test_a_warning_to_an_accords_breaker_threatens_its_parties(sentence, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "THREATEN")
    assert countries(e.recipients) == recipients


def test_with_no_accord_told_the_warning_names_no_one():
    text = "Chile warned that any party that violated the ceasefire would face penalties."
    assert all(not e.recipients for e in events_of(extract_text(text, published=DAY), "THREATEN"))

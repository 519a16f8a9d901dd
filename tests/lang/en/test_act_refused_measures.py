"""A measure another side decided, said not to be applied ('would not apply the EU sanctions on X', 'will not enforce
the bloc's embargo': the measure named definite) is a REJECT of the measure's maker, not a sanction and not aimed at the measure's target
(request57; lang/en/act_plover_reading.refused_measure, pipeline/act_recipient_readers.refused_measure_maker). Applying a
measure, or not imposing one, stays what it was. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, refusers, maker", [
    ("Hungary said it will not apply the EU sanctions on Russian gas.", ["HUN"], "EUR"),
    ("The junta in Guinea said it would not enforce the ECOWAS sanctions on Niger.", ["GIN"], "IGO"),
    ("The European Union imposed sanctions on Belarus on Monday. Serbia said it would not apply the sanctions against "
     "Belarus.", ["SRB"], "EUR"),
])
def test_measure_not_applied_rejects_its_maker(text, refusers, maker):
    assert (refusers, [maker]) in sides(text, "REJECT")


@pytest.mark.parametrize("text", [
    "Japan did not impose sanctions on Iran.",
    "Japan said it will not apply sanctions on Iran.",
    "Japan will apply sanctions on Iran.",
])
def test_imposing_or_applying_is_no_refusal(text):
    assert sides(text, "REJECT") == []


def test_applied_measure_stays_a_sanction():
    assert (["JPN"], ["IRN"]) in sides("Japan will apply sanctions on Iran.", "SANCTION")

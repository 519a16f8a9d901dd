"""(endeny47) A deed whose object or subject is a negative word, or whose clause a verb of denial reports, states that
nothing was done: no event (lang/en/act_negative_arguments.py). 'insisted its air force bombed no town', 'None of its
soldiers fired', 'denied that its soldiers had fired on anyone'. The Korean rows say the same with a negated verb.
Negative rows: a count or a date opened by 'no' ('no fewer than', 'no later than'), a deed after a denial in another
clause, a plain report. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Mali insisted its air force bombed no town in Niger.", False),
    ("Mali said its army fired on nobody in Niger.", False),
    ("Mali said nobody in its army fired on Niger.", False),
    ("Mali said none of its soldiers fired on Nigerien villages.", False),
    ("Mali said none of its trained soldiers fired on Nigerien villages.", False),
    ("No Malian drone struck Nigerien positions, Mali said.", False),
    ("Mali denied that its soldiers had fired on anyone in Niger.", False),
    ("Mali denied its drones struck Nigerien positions.", False),
    ("Mali denied reports that its jets had bombed Niger.", False),
    ("말리군은 니제르의 어느 마을도 포격하지 않았다.", False),
    ("말리 국방부는 말리군이 니제르 진지를 포격했다는 보도를 부인했다.", False),
    # negative rows: the deed was done
    ("Mali said its drones struck no fewer than six positions in Niger.", True),
    ("Mali said its drones struck Nigerien positions no later than dawn.", True),
    ("Mali denied the report, and its drones later struck Nigerien positions.", True),
    ("Mali said its drones struck Nigerien positions.", True),
    ("None of the states that saw Mali's drones strike Nigerien positions protested.", True),
    ("Mali said the Malian jets that no radar detected struck Nigerien positions.", True),
    ("말리군은 니제르 진지를 포격했다.", True),
]


@pytest.mark.parametrize("sentence, done", ROWS)
def test_negative_arguments(sentence, done):
    found = events(sentence)
    deeds = [e for e in found if e.type == "ASSAULT" and "MLI" in countries(e.participants)]
    assert bool(deeds) == done, [(e.type, e.status, countries(e.participants)) for e in found]


@pytest.mark.parametrize("sentence", [
    "Mali denied its drones struck Nigerien positions.",
    "Mali denied that its soldiers fired on Nigerien villages.",
])
def test_denied_harm_without_auxiliary_is_a_rejection(sentence):
    """A harm a verb of denial reports with no auxiliary reads as the one with 'had' does: the denier's REJECT aimed
    at the side it would have hit."""
    rejects = [(countries(e.participants), countries(e.recipients)) for e in events(sentence) if e.type == "REJECT"]
    assert rejects == [({"MLI"}, {"NER"})]

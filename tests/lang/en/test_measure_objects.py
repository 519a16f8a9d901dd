"""(sanction57) What an English measure affects: the class of its object (Language.measure_object, the lexicon's
`measure_object_re`), the head noun inside the trigger's phrase ('suspended its border accord': accord), else the
first object word after it within the phrase ('banned X aircraft from its airspace': air). Several measures of one
state on one day that affect other things are several SANCTIONs; the same measure told twice stays one. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def measures(text: str) -> list[str | None]:
    return sorted(str(e.measure) for e in events(text) if e.type == "SANCTION")


@pytest.mark.parametrize("text, expected", [
    ("Chile halted all trade with Bolivia on Friday and revoked the visas of Bolivian officials.", ["trade", "visas"]),
    ("Kenya halted imports from Tanzania on Thursday and closed its airspace to Tanzanian airlines.", ["air", "trade"]),
    ("Peru suspended its border accord with Ecuador on Wednesday and cut aid to Ecuador.", ["accord", "aid"]),
])
def test_measures_on_other_objects_are_each_a_sanction(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text", [
    # the same measure told twice, in a lead and its body
    "Chile halted all trade with Bolivia on Friday. Chile stopped trade with Bolivia after a dispute over water "
    "rights, officials said.",
    "Ghana cut aid to Togo on Monday. The Ghanaian finance ministry said the aid cut to Togo took effect at once.",
])
def test_one_measure_told_twice_is_one_sanction(text):
    assert len(measures(text)) == 1, events(text)


def test_one_border_closed_at_its_crossings_is_one_closure():
    found = [e for e in events("Chile closed its border and its border crossings with Bolivia on Friday.")
             if e.type in ("SANCTION", "COERCE")]
    assert len(found) == 1, found


@pytest.mark.parametrize("text, day", [
    ("Peru suspended its border accord with Ecuador, cut aid to Ecuador and recalled its ambassador on Wednesday.",
     "2026-03-11"),
    ("On Tuesday Kenya halted imports from Tanzania, and it closed its airspace to Tanzanian airlines.", "2026-03-10"),
])
def test_measures_of_one_sentence_share_its_stated_day(text, day):
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert len(found) >= 2 and {str(e.date) for e in found} == {day}, found

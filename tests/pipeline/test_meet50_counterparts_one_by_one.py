"""enmeet50 (issue 13): counterparts of several states met one after another, in both languages.

- An office holder named by office alone ('the Uruguayan foreign minister', '우루과이 외교장관은') who met the office
  holders of several states one by one ('separately', 'one after another', 'in succession', '잇달아', '각각') holds one
  meeting with each state (pipeline/states.one_visit_each with `split`); 'his counterparts' is the subject's own
  possessive, no party of its own.
- Without a split word the table stays one multilateral meeting.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def meetings(text: str) -> list[frozenset[str]]:
    return sorted((frozenset(p.country for p in e.participants) for e in events(text) if e.type == "CONSULT"),
                  key=sorted)


PAIRS = [frozenset({"URY", "PRY"}), frozenset({"URY", "ECU"})]


@pytest.mark.parametrize("text", [
    "The Uruguayan foreign minister met his counterparts from Paraguay and Ecuador one after another in Salto on "
    "Friday.",
    "The Uruguayan foreign minister met Paraguayan and Ecuadorian officials separately in Salto on Friday.",
    "The Uruguayan foreign minister met Paraguayan and Ecuadorian diplomats in succession in Salto on Friday.",
    "우루과이 외교장관은 11일 살토에서 파라과이 외교장관, 에콰도르 외교장관과 잇달아 회담했다.",
])
def test_counterparts_met_one_by_one_are_one_meeting_each(text):
    assert meetings(text) == sorted(PAIRS, key=sorted)


@pytest.mark.parametrize("text", [
    "The Uruguayan foreign minister met Paraguayan and Ecuadorian officials in Salto on Friday.",
    "우루과이 외교장관은 11일 살토에서 파라과이 외교장관, 에콰도르 외교장관과 회담했다.",
])
def test_without_a_split_word_the_table_stays_one(text):
    assert meetings(text) == [frozenset({"URY", "PRY", "ECU"})]


"""meet51b (issue 13): one office group met is one table, whichever reader reads it, in both languages.

- 'A met the foreign ministers of Malaysia and Thailand' gave one meeting per state from the named reader (one
  mention per state's holder, all on the group's one span) while the state reader, and meet51's unnamed holder
  ('The X foreign minister met the foreign ministers of A and B'), give one table. meeting_parties.one_group_word,
  meet56's 'received both ministers', now counts the holders of one `office_group` span as one group word.
- Guards: 'separately', 'one after another', '잇달아' still split; calls ('spoke by phone with the leaders of A and
  B') stay one call each.
Every sentence is our own (real states and people, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Lula met the foreign ministers of Malaysia and Thailand on Monday.",
    "The Brazilian foreign minister met the foreign ministers of Malaysia and Thailand on Monday.",
    "룰라 대통령은 9일 말레이시아, 태국 외교장관과 회담했다.",
])
def test_one_office_group_is_one_table(text):
    assert consults(text) == [{"BRA", "MYS", "THA"}], consults(text)


@pytest.mark.parametrize("text", [
    "Lula met the foreign ministers of Malaysia and Thailand separately on Monday.",
    "Lula met the foreign ministers of Malaysia and Thailand one after another on Monday.",
    "룰라 대통령은 9일 말레이시아, 태국 외교장관과 잇달아 회담했다.",
    "Lula spoke by phone with the leaders of Malaysia and Thailand on Monday.",
])
def test_met_one_by_one_or_called_is_one_each(text):
    assert sorted(map(sorted, consults(text))) == [["BRA", "MYS"], ["BRA", "THA"]], consults(text)

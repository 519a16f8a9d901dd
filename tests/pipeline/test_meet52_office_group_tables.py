"""meet52 (issue 13): a meeting with one office-group word naming several states' holders is one table of all, in
both readers and both languages, unless the clause says they were met one by one.

- 'The Japanese foreign minister met the foreign ministers of Peru and Ecuador', '일본 외무상은 페루와 에콰도르
  외교장관들과 만났다': the named reader (the holder is a person the knowledge base knows) gave one meeting per
  state, while the state reader ('The Chilean trade minister met the trade ministers of ...') gave one table. The
  plural side word (`Language.side_names_many`, lexicon en `plural_side_re`; Korean marks no plural, so a list of
  states before one office noun is the side) now sits them at one table (pipeline/meeting_parties.one_office_group).
- 'separately', '각각' still give one meeting per counterpart; calls stay one call each.
Every sentence is our own (real states and offices, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("The Japanese foreign minister met the foreign ministers of Bolivia and Paraguay in Nagoya on Monday.",
     [{"JPN", "BOL", "PRY"}]),
    ("The Japanese foreign minister met his Bolivian and Paraguayan counterparts in Nagoya on Monday.",
     [{"JPN", "BOL", "PRY"}]),
    ("일본 외무상은 9일 나고야에서 볼리비아와 파라과이 외교장관들과 만났다.", [{"JPN", "BOL", "PRY"}]),
    ("일본 외무상은 9일 나고야에서 볼리비아, 파라과이 외교장관과 회담했다.", [{"JPN", "BOL", "PRY"}]),
    ("The Uruguayan trade minister met the trade ministers of Bolivia and Paraguay in Salto on Monday.",
     [{"URY", "BOL", "PRY"}]),
    ("우루과이 통상장관은 9일 살토에서 볼리비아와 파라과이 통상장관들과 만났다.", [{"URY", "BOL", "PRY"}]),
])
def test_one_office_group_met_is_one_table(text, expected):
    found = consults(text)
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ("The Japanese foreign minister met the foreign ministers of Bolivia and Paraguay separately in Nagoya on Monday.",
     [{"JPN", "BOL"}, {"JPN", "PRY"}]),
    ("일본 외무상은 9일 나고야에서 볼리비아와 파라과이 외교장관들과 각각 만났다.", [{"JPN", "BOL"}, {"JPN", "PRY"}]),
    ("The Uruguayan trade minister met the trade ministers of Bolivia and Paraguay separately in Salto on Monday.",
     [{"URY", "BOL"}, {"URY", "PRY"}]),
    ("우루과이 통상장관은 9일 살토에서 볼리비아와 파라과이 통상장관들과 각각 만났다.", [{"URY", "BOL"}, {"URY", "PRY"}]),
    ("The Japanese foreign minister spoke by phone with the foreign ministers of Bolivia and Paraguay on Monday.",
     [{"JPN", "BOL"}, {"JPN", "PRY"}]),
    ("The Japanese prime minister held summits with the leaders of Bolivia and Paraguay in Nagoya on Monday.",
     [{"JPN", "BOL"}, {"JPN", "PRY"}]),
])
def test_met_one_by_one_or_called_is_one_each(text, expected):
    found = consults(text)
    assert found == expected, found

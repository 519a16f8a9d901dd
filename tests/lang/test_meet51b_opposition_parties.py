"""meet51b (issue 13): a state's opposition coordinated with its government as a meeting's subject is a party, in
both languages.

- 'The Peruvian government and Peruvian opposition leaders held talks' gave nothing: the English role reader's
  judged-meeting cue (lexicon en `judged_meeting_before_re`: 'condemned the visit of A and B', where the judge takes
  no part) read its stem 'oppos' in the noun 'opposition', so both subjects were judges. The stems are read as verbs
  now ('opposed', 'opposes', 'protested'), with 'opposition to' kept as a judging noun phrase.
- Guards: 'opposed the visit of A to B' and 'voiced opposition to the visit' still make the judge no party; Korean
  '페루 정부와 페루 야당 지도자들은' read so already.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, code", [
    ("The Ecuadorian government and Ecuadorian opposition leaders held talks on Tuesday.", "ECU"),
    ("The Ecuadorian government and the Ecuadorian opposition held talks in Cuenca on Tuesday.", "ECU"),
    ("The Bolivian government and Bolivian opposition figures met on Friday.", "BOL"),
    ("에콰도르 정부와 에콰도르 야당 지도자들은 10일 회담을 열었다.", "ECU"),
])
def test_the_opposition_beside_its_government_is_a_party(text, code):
    assert consults(text) == [{(code, "GOV"), (code, "OPP")}], consults(text)


@pytest.mark.parametrize("text", [
    "Chile opposed the visit of the Ecuadorian foreign minister to Bolivia on Monday.",
    "Chile voiced its opposition to the visit of the Ecuadorian foreign minister to Bolivia.",
])
def test_the_one_who_opposes_a_visit_is_no_party(text):
    assert all("CHL" not in {c for c, _ in found} for found in consults(text)), consults(text)

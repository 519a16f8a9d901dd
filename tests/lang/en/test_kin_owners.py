"""(enkin47) A noun of a person's family heading the phrase after a possessive office, state or name ("the Chilean
president's wife", "Chile's first lady") or before 'of' ("the son of the Chilean president") is the party: the
office, its holder and its state only own the noun and are no side (lang/en/kin_owners.py, en.yaml `kin_nouns`; the
Korean twin is tests/lang/test_headline_kin_topics.py). Negative rows: the office itself, or beside its relative
('and his wife'), stays its state's party. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Chilean president's wife meets Peruvian president", "CHL", False),
    ("The wife of the Chilean president met the Peruvian president in Lima on Monday.", "CHL", False),
    ("The Uzbek president's son met the Kazakh president in Astana on Tuesday.", "UZB", False),
    ("Kenya's first lady met the Tanzanian president in Dodoma on Friday.", "KEN", False),
    ("The daughter of Kenya's president held talks with the Ugandan president on Friday.", "KEN", False),
    # negative rows: the office is the party, alone or beside its relative
    ("Chilean president meets Peruvian president", "CHL", True),
    ("The Chilean president and his wife met the Peruvian president in Lima on Monday.", "CHL", True),
    ("A son of the farmer said the Uzbek president met the Kazakh president in Astana.", "UZB", True),
]


@pytest.mark.parametrize("sentence, office_state, office_party", ROWS)
def test_kin_owners(sentence, office_state, office_party):
    found = [e for e in events(sentence) if office_state in countries(e.participants) | countries(e.recipients)]
    assert bool(found) == office_party, [(e.type, countries(e.participants)) for e in events(sentence)]

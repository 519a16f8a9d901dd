"""(kofix46) A noun of a person's family after a nameless office in a headline is the topic's head, no verb done to
the office ('칠레 대통령 부인, 페루 대통령과 회담': the president's wife): the office only owns it and its
holder is no party, as the sentence '칠레 대통령 부인이 ... 회담했다' reads (lang/ko/title_readers.headline_object,
lexicon ko `kin_nouns`). Negative rows: the office itself the topic or the object of a bare verbal noun stays its
state's holder. The English twin (enkin47: lang/en/kin_owners.py) is tests/lang/en/test_kin_owners.py. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("칠레 대통령 부인, 페루 대통령과 회담", "CHL", False),
    ("우즈베키스탄 대통령 아들, 카자흐스탄 대통령과 회동", "UZB", False),
    ("[속보] 케냐 대통령 영부인, 탄자니아 대통령과 회담", "KEN", False),
    ("칠레 대통령 부인이 페루 대통령과 회담했다.", "CHL", False),
    # negative rows: the office is the topic, or what a bare verbal noun is done with: its holder is a party
    ("칠레 대통령, 페루 대통령과 회담", "CHL", True),
    ("파라과이 정부, 우루과이 대통령 초청", "URY", True),
]


@pytest.mark.parametrize("headline, office_state, office_party", ROWS)
def test_headline_kin_topics(headline, office_state, office_party):
    found = [e for e in events(headline) if office_state in countries(e.participants) | countries(e.recipients)]
    assert bool(found) == office_party, [(e.type, e.status, countries(e.participants)) for e in events(headline)]

"""(kohead46) A Korean headline's topic is a bare noun phrase its comma closes, where a sentence puts the topic
particle: a nameless office opening the headline ('몽골 대통령, ...') is its state's holder and the subject, as
'몽골 대통령은' is (lang/ko/title_readers.headline_topic; a state's group noun its comma closes ends the group:
lang/ko/states.state_group). English writes the same headline with the office as its subject ('Mongolian president
holds talks with ...'). Negative rows: an office with no state before it (whose?). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("몽골 대통령, 카자흐스탄 대통령과 회담", {"MNG", "KAZ"}),
    ("[속보] 우루과이 대통령, 파라과이 대통령과 회동", {"URY", "PRY"}),
    ("몽골 대통령은 카자흐스탄 대통령과 회담했다.", {"MNG", "KAZ"}),
    ("Mongolian president holds talks with Kazakh president", {"MNG", "KAZ"}),
    # negative rows: no state before the office
    ("대통령, 카자흐스탄 대통령과 회담", set()),
    ("외교장관, 카자흐스탄 외교장관과 통화", set()),
]


@pytest.mark.parametrize("headline, parties", ROWS)
def test_headline_topic_offices(headline, parties):
    found = [e for e in events(headline) if e.type == "CONSULT" and e.status == "occurred"]
    if not parties:
        assert not found, [countries(e.participants) for e in found]
        return
    assert found, [(e.type, e.status) for e in events(headline)]
    assert countries(found[0].participants) == parties, countries(found[0].participants)

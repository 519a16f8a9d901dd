"""(ploveren71) A demanded release of people held in custody names its holder after a participle of holding
('called for the release of Japanese nationals held in China', 'detained by Peru'): the holder is the one asked, not
the people held nor their state (lang/en/act_addressees.release_demands, cue `holding_participles`), as Korean reads
'페루에 구금된 어민의 석방을 요구했다'. Negative rows: with no holder named, or a place of no state after the
participle, the demand keeps its old reading (no holder asked). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [
    ("Japan demanded the release of Japanese nationals held in China.", {"JPN"}, {"CHN"}),
    ("Japan called for the release of Japanese nationals held by China.", {"JPN"}, {"CHN"}),
    ("Chile demanded the release of two Chilean fishermen jailed by Peru.", {"CHL"}, {"PER"}),
    ("Chile urged the swift release of two fishermen detained in Peru.", {"CHL"}, {"PER"}),
    ("칠레는 10일 페루에 구금된 칠레 어민 2명의 석방을 요구했다.", {"CHL"}, {"PER"}),
    # negative rows: no holder named, no holder asked
    ("Chile demanded the release of two Chilean fishermen.", {"CHL"}, {"CHL"}),
    ("Chile demanded the release of two Chilean fishermen held in the port city.", {"CHL"}, {"CHL"}),
]


@pytest.mark.parametrize("sentence, actors, asked", ROWS)
def test_release_holders(sentence, actors, asked):
    first = first_of(events(sentence), type="REQUEST")
    assert countries(first.participants) == actors and countries(first.recipients) == asked, \
        (countries(first.participants), countries(first.recipients))

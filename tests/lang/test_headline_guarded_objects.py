"""(kohead46) A guarded state name (토고, 말리, 가나: also a word or a place of another reading) right after the comma
that closes a Korean headline's topic naming a state is the state that topic acts on, bare as a headline leaves it or
with its case particle ('칠레 대통령, 토고 규탄', '칠레 외교부, 토고에 항의'), as the body sentence '칠레 대통령은 토고를
규탄했다' names it (lang/ko/guarded_names.headline_addressed). English names the state in any case. Negative rows: the
ordinary words after a headline comma, a topic naming no state. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [
    ("가나 대통령, 토고 규탄", "ACCUSE", {"GHA"}, {"TGO"}),
    ("칠레 대통령, 토고에 항의", "ACCUSE", {"CHL"}, {"TGO"}),
    ("[속보] 칠레 외교부, 말리 비난", "ACCUSE", {"CHL"}, {"MLI"}),
    ("칠레 대통령은 토고를 규탄했다.", "ACCUSE", {"CHL"}, {"TGO"}),
    ("Chile's president condemns Togo", "ACCUSE", {"CHL"}, {"TGO"}),
    # negative rows: the ordinary word after the comma; no state in the topic
    ("칠레 대통령, 오만 버려야", None, None, None),
    ("칠레 대통령, 외교 수단 강조", None, None, None),
    ("대통령, 토고 규탄", None, None, None),
]


@pytest.mark.parametrize("headline, kind, actors, recipients", ROWS)
def test_headline_guarded_objects(headline, kind, actors, recipients):
    found = events(headline)
    if kind is None:
        assert not any({"TGO", "OMN", "SDN", "MLI"} & (countries(e.participants) | countries(e.recipients))
                       for e in found), [(e.type, countries(e.participants), countries(e.recipients)) for e in found]
        return
    first = first_of(found, type=kind)
    assert countries(first.participants) == actors and countries(first.recipients) == recipients, \
        (countries(first.participants), countries(first.recipients))

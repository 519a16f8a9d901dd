"""Korean: a guarded state name (가나, 말리, 오만, 토고; guard 'governed' in countries.yaml) after a bare time word
(lang/ko/guarded_names.phrase_opening, guarded_places.bare_time_word). Each row is a sentence we wrote for the test, read
through the whole pipeline.

A guarded name that is not the subject names the state only where it opens its phrase (no modifier before it can make
it the ordinary word). A date word with no particle ('7일', '지난달', '이날') dates the clause and modifies no noun, so
'몰타는 7일 토고를 비난했다' names Togo as Malta's target, as '몰타는 토고를 비난했다' did. The ordinary words
('오만한 태도', '모든 수단', '말리다 만', '인도했다') stay words after a date as well."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

# sentence, type, acting state, receiving states
DATED_GUARDED = [
    ("몰타는 7일 토고를 비난했다.", "ACCUSE", "MLT", {"TGO"}),
    ("칠레는 지난달 말리를 규탄했다.", "ACCUSE", "CHL", {"MLI"}),
    ("페루는 3일 오만의 결정을 비난했다.", "ACCUSE", "PER", {"OMN"}),
    ("칠레는 이날 가나를 비난했다.", "ACCUSE", "CHL", {"GHA"}),
    ("스페인은 21일 말리와 회담했다.", "CONSULT", "ESP", set()),
]


@pytest.mark.parametrize("text,kind,actor,receivers", DATED_GUARDED)
def test_guarded_name_after_a_date_names_the_state(text, kind, actor, receivers):
    e = first_of(events(text), type=kind)
    assert actor in countries(e.participants)
    assert countries(e.recipients) == receivers
    if kind == "CONSULT":
        assert "MLI" in countries(e.participants)


# sentence, the state its guarded look-alike must not name
ORDINARY_WORDS = [
    ("프랑스 외교부는 10일 오만을 버려야 한다고 말했다.", "OMN"),
    ("칠레 외교부는 10일 오만한 태도를 비난했다.", "OMN"),
    ("칠레는 10일 무기를 인도했다.", "IND"),
    ("페루는 9일 말리다 만 옷감을 팔았다.", "MLI"),
    ("스페인은 10일 모든 수단을 동원하겠다고 밝혔다.", "SDN"),
]


@pytest.mark.parametrize("text,absent", ORDINARY_WORDS)
def test_ordinary_word_after_a_date_names_no_state(text, absent):
    for e in events(text):
        assert absent not in countries(e.participants) | countries(e.recipients), e.type


# English: a guarded name after a time phrase is the state as well ('Chad' is a given name)
@pytest.mark.parametrize("text,target", [
    ("Spain on Monday criticized Chad.", "TCD"),
    ("Peru on Tuesday condemned Georgia.", "GEO"),
])
def test_english_guarded_name_after_a_time_is_the_state(text, target):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert found and countries(found[0].recipients) == {target}


def test_english_given_name_is_no_state():
    assert not [e for e in events("Spain on Monday criticized Chad Smith.") if "TCD" in countries(e.recipients)]

"""A bare envoy's title as an act's object or addressee stands for the envoy the story named, in both languages:
'criticized the ambassador' / '대사에게 항의했다' / '대사를 비판했다' after 'Russian Ambassador X' / 'X 주한 러시아 대사'
is done to the envoy's sending state, not the host (lang/ko/language.py envoy_back; English nameless titles,
pipeline/mentions.py resolve_raw). With no envoy named before, the bare title names no one."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text, state", [
    ("Peruvian Ambassador Luis Quispe arrived in Santiago on Monday. Foreign Minister Alberto van Klaveren criticized "
     "the ambassador on Tuesday.", "PER"),
    ("루이스 키스페 주칠레 페루 대사는 10일 산티아고에 도착했다. 칠레 외교장관은 11일 대사에게 강력히 항의했다.", "PER"),
    ("루이스 키스페 주칠레 페루 대사는 10일 산티아고에 도착했다. 칠레 외교장관은 11일 대사를 비판했다.", "PER"),
])
def test_a_bare_envoy_object_is_the_envoy_named(extract, text, state):
    acts = events_of(extract(text, published=DAY), "ACCUSE")
    assert acts and state in {p.country for p in acts[0].recipients}


def test_a_bare_envoy_with_none_named_is_no_one(extract):
    acts = events_of(extract("칠레 외교장관은 11일 대사를 비판했다.", published=DAY), "ACCUSE")
    assert not any(p.country == "PER" for e in acts for p in e.recipients)

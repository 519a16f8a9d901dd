"""places55b (issues 13/14): a state's short city named right after the state is that city though the word is a
Korean word too (lang/ko/heard_cities.heard_cities), and a raid or a pounding strikes its object as a shelling does
(lexicon ko act_struck_after_re). Our own sentences, with English twins."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (text, event type, the place's name and state, or None)
    ("중국 경찰은 목요일 중국 시안에서 노동자 7명을 체포했다.", "COERCE", ("Xi’an", "CHN")),
    ("Chinese police detained seven workers in Xi’an on Thursday.", "COERCE", ("Xi’an", "CHN")),
    ("이스라엘군은 목요일 요르단강 서안지구를 급습했다.", "ASSAULT", ("West Bank", "PSE")),
    ("Israeli troops raided the West Bank on Thursday.", "ASSAULT", ("West Bank", "PSE")),
    ("러시아군은 목요일 헤르손을 맹폭했다.", "ASSAULT", ("Kherson", "UKR")),
]


@pytest.mark.parametrize("text, kind, place", ROWS)
def test_the_place_of_the_act(text, kind, place):
    found = [e for e in events(text) if e.type == kind]
    assert found, [(e.type, e.trigger) for e in events(text)]
    loc = found[-1].location
    assert ((loc.name, loc.country) if loc else None) == place


def test_a_korean_word_alone_stays_no_town():
    """'시안' with no state before it is a draft first (places55): only the state before it makes it Xi'an."""
    assert not [e.location for e in events("경찰은 목요일 시안에서 노동자 7명을 체포했다.") if e.location
                and e.location.name == "Xi’an"]

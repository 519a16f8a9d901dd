"""Korean: a guarded state name (가나, 말리, 오만, 토고; guard 'governed' in countries.yaml) as the agent of a passive
clause on 에 의해 (lang/ko/guarded_names.passive_agent_name). Each row is a sentence we wrote for the test, read through
the whole pipeline.

'회담이 프랑스에 의해 취소됐다' names France as the side that called the meeting off; a guarded name there, read by kiwi
as a proper noun and opening its phrase, is the state as well ('회담이 가나에 의해 취소됐다': Ghana), as English 'was
cancelled by Ghana'. The ordinary word keeps a modifier before it ('초콜릿 가나에 의해', '외교적 수단에 의해') and names
no state."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

# sentence, type, acting state, receiving states
PASSIVE_AGENTS = [
    ("칠레와의 회담이 가나에 의해 취소됐다.", "REJECT", "GHA", {"CHL"}),
    ("페루와의 정상회담이 토고에 의해 취소됐다.", "REJECT", "TGO", {"PER"}),
    ("The talks with Chile were cancelled by Ghana.", "REJECT", "GHA", {"CHL"}),
]


@pytest.mark.parametrize("text,kind,actor,receivers", PASSIVE_AGENTS)
def test_guarded_passive_agent_is_the_acting_state(text, kind, actor, receivers):
    first = first_of(events(text), type=kind)
    assert actor in countries(first.participants)
    assert countries(first.recipients) == receivers


# sentence, the state its guarded look-alike must not name
ORDINARY_WORDS = [
    ("초콜릿 가나에 의해 만들어진 맛이 인기를 끌었다.", "GHA"),
    ("페루와의 회담은 외교적 수단에 의해 재개됐다.", "SDN"),
    ("칠레와의 회담이 모든 수단에 의해 막혔다.", "SDN"),
]


@pytest.mark.parametrize("text,absent", ORDINARY_WORDS)
def test_ordinary_word_before_passive_names_no_state(text, absent):
    for e in events(text):
        assert absent not in countries(e.participants) | countries(e.recipients), e.type

"""A boycott called for by the boycotters ('called for a boycott of X goods') is their PROTEST boycott, as a strike
called is (ennoun72, issue 15: the 'call' + boycott entry of scripts/data/en_acts_additions.yaml); the owner of the
goods after 'of' receives it. Our own sentences. The Korean twin ('불매운동을 촉구했다') reads the same (konoun46: the cue
protest_call_verb)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

ROWS = [  # (sentence, PROTEST actors, PROTEST recipients)
    ("Colombian truckers called for a boycott of Venezuelan fuel.", {"COL"}, {"VEN"}),
    ("Students in Manila called for a boycott of Chinese products on Monday.", {"PHL"}, {"CHN"}),
    ("중국 소비자 단체는 일본 상품 불매운동을 촉구했다.", {"CHN"}, {"JPN"}),  # konoun46: lang/ko/act_called_protests.py
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_a_boycott_called_for_is_a_protest_boycott(extract, text, actors, recipients):
    assert_act(events_of(extract(text)), "PROTEST", actors, recipients, "occurred", "boycott")


NEGATIVES = [  # sentences with no PROTEST
    "Chilean dockers called off their boycott of Peruvian ships.",  # ended: a concession
    "Iran called for a boycott of the talks with Israel.",  # talks boycotted: a meeting refused or asked
    "Kenyan officials called a boycott by traders illegal.",  # a boycott characterized, not called
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_protest_boycott(extract, text):
    assert_act(events_of(extract(text)), "PROTEST", set(), None, None)

"""(ennoun46, issue 15) A bare strike launched or carried out by people who move no forces ('Chilean teachers launched
a strike', 'Peruvian miners carried out a strike') is a work stoppage, PROTEST strike, not the ASSAULT the verb reads
with a strike of force (lang/en/act_work_strikes, cue work_strike_nouns, the people subject's sector outside
MOBILIZING_SECTORS). Troops, rebels or a state launching a strike keep the attack. Korean ('교사들은 파업을 시작했다',
'광부들이 총파업을 단행했다') reads the strike already, its force strikes as attacks (kotwin46 guards both). Every
sentence here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

STOPPAGES = [  # (sentence, PROTEST actors)
    ("Chilean teachers launched a strike in Valparaiso on Monday.", {"CHL"}),
    ("Peruvian miners carried out a strike near Arequipa this week.", {"PER"}),
    ("칠레 교사들은 월요일 발파라이소에서 파업을 시작했다.", {"CHL"}),
    ("칠레 광부들이 이번 주 총파업을 단행했다.", {"CHL"}),
    ("칠레 교사 노조는 월요일 무기한 파업에 들어갔다.", {"CHL"}),
]


@pytest.mark.parametrize("text, actors", STOPPAGES)
def test_a_strike_of_people_who_move_no_forces_is_a_protest(extract, text, actors):
    events = events_of(extract(text))
    assert_act(events, "PROTEST", actors, None, "occurred", "strike")
    assert_act(events, "ASSAULT", set(), None, None)


ATTACKS = [  # (sentence, ASSAULT actors, recipients): a strike of force
    ("Chilean troops launched a strike on rebels in Peru on Monday.", {"CHL"}, {"PER"}),
    ("Chile launched a strike on a Peruvian depot on Monday.", {"CHL"}, {"PER"}),
    ("Chilean marines carried out a missile strike on a depot in Peru.", {"CHL"}, {"PER"}),
    ("칠레군은 월요일 페루의 반군 거점에 대한 타격을 단행했다.", {"CHL"}, {"PER"}),
    ("칠레 해병대는 월요일 페루 무기고에 미사일 공격을 감행했다.", {"CHL"}, {"PER"}),
]


@pytest.mark.parametrize("text, actors, recipients", ATTACKS)
def test_a_strike_of_armed_men_or_a_state_stays_an_attack(extract, text, actors, recipients):
    events = events_of(extract(text))
    assert_act(events, "ASSAULT", actors, recipients, "occurred")
    assert_act(events, "PROTEST", set(), None, None)

"""(ennoun46, issue 15) A raid noun that a verb carries out or launches on a mission, an office or a home ('carried
out a raid on the X embassy', 'carried out raids on the offices of an X bank') is the manual's COERCE seize at the
place's owner, as 'raided the X embassy' reads (lang/en/act_raids.site_raid, en.yaml raided_site_after_re), not an
ASSAULT. A raid on a camp, a position or a farm stays the attack. The Korean noun ('대사관에 대한 급습을 단행했다')
reads the seizure too (koacts55, act_clauses.about_noun); the Korean verb ('대사관을 급습했다') reads the seizure. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

ROWS = [  # (sentence, COERCE actors, COERCE recipients)
    ("Norwegian police carried out a raid on the Moldovan consulate in Oslo late on Thursday.", {"NOR"}, {"MDA"}),
    ("Norwegian agents carried out raids on the offices of a Moldovan bank.", {"NOR"}, {"MDA"}),
    ("Norwegian police raided the Moldovan consulate in Oslo late on Thursday.", {"NOR"}, {"MDA"}),  # the verb
    ("노르웨이 경찰은 목요일 늦게 오슬로의 몰도바 영사관을 급습했다.", {"NOR"}, {"MDA"}),
    ("노르웨이 경찰은 목요일 늦게 몰도바 영사관에 대한 급습을 단행했다.", {"NOR"}, {"MDA"}),  # koacts55: 에 대한
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_a_raid_on_a_place_is_a_seizure(extract, text, actors, recipients):
    events = events_of(extract(text))
    assert_act(events, "COERCE", actors, recipients, "occurred", "seize")
    assert_act(events, "ASSAULT", set(), None, None)


FIGHTS = [  # (sentence, ASSAULT actors, recipients): raids on no mission, office or home stay attacks
    ("Norwegian commandos carried out a raid on a rebel camp in Moldova.", {"NOR"}, {"MDA"}),
    ("Norway launched a raid on Moldovan positions near the border.", {"NOR"}, {"MDA"}),
    ("Norway launched an air raid on a Moldovan airfield before dawn.", {"NOR"}, {"MDA"}),
    ("노르웨이군은 몰도바 반군 기지에 대한 급습을 단행했다.", {"NOR"}, {"MDA"}),  # koacts55: a camp, in 에 대한
]


@pytest.mark.parametrize("text, actors, recipients", FIGHTS)
def test_a_raid_on_a_position_stays_an_attack(extract, text, actors, recipients):
    events = events_of(extract(text))
    assert_act(events, "ASSAULT", actors, recipients, "occurred")
    assert_act(events, "COERCE", set(), None, None)

"""(kosite48, issues 13, 14) Korean attacked sites and crowds of people, the twins of tests/lang/en/test_actor48.py;
our own sentences (real states and cities, invented people), each class with rows that must not fire."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides


# 1. A site attacked names the receiving side with its sector: a police site the police's (COP), a site of worship the
# faithful's (REL), of the state its words or its place name.
@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 나이지리아 경찰서를 공격했다.", ("NGA", "COP")),
    ("무장괴한들이 카불의 파출소를 습격했다.", ("AFG", "COP")),
    ("반군이 말리 북부의 경찰 본부를 공격했다.", ("MLI", "COP")),
    ("무장괴한들이 니제르의 모스크를 공격했다.", ("NER", "REL")),
    ("무장괴한들이 라고스의 성당을 공격했다.", ("NGA", "REL")),
    ("Gunmen attacked a police station in Kabul on Tuesday.", ("AFG", "COP")),
])
def test_an_attacked_site_names_its_people(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert received in receivers and (received[0], "GOV") not in receivers, receivers


# negative rows: a military site stays the forces'; a hospital its staff's; a thing attacked is nobody's
@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 말리 북부의 군 기지를 공격했다.", {("MLI", "MIL")}),
    ("무장괴한들이 라고스에서 버스를 공격했다.", set()),
    ("무장괴한들이 카노의 병원을 공격했다.", {("NGA", "MED")}),
])
def test_other_sites_keep_their_reading(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert receivers == received, receivers

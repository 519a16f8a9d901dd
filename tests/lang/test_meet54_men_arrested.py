"""meet54 (issue 14): a man of a state arrested is one of its people. 'Russia arrested an Estonian man', 'two Estonian
men', '에스토니아 남성 2명을 체포했다' gave the arrest to Estonia's government (GOV: a country word with no people noun
stands for the state), while 'an Estonian woman', 'citizen', '여성' gave its civilians: the Phoenix agent table lists
'woman', 'women' as CVL and no 'man'. Rule: agents.yaml `agents_en` man, men are CVL; 'armed men', 'gunmen' keep
their UAF (the longer phrase of the table). Korean 남성 is left (docs/coding-choices.md, meet54: a bare 남성 in a
charge's ground took the state spied for as its own). Our own sentences (real states, invented events)."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides


@pytest.mark.parametrize("text, receiver", [
    ("Belarus arrested a Lithuanian man near the border on Tuesday.", ("LTU", "CVL")),
    ("Belarus detained two Lithuanian men on Tuesday.", ("LTU", "CVL")),
    ("Belarus detained a Lithuanian woman on Tuesday.", ("LTU", "CVL")),
    ("벨라루스는 10일 리투아니아 여성 1명을 체포했다.", ("LTU", "CVL")),
])
def test_a_states_man_arrested_is_its_civilian(text, receiver):
    _, received = sector_sides(text, "COERCE")
    assert received == {receiver}, received


@pytest.mark.parametrize("text, doer", [
    ("Armed men attacked a village in Kenya on Tuesday.", ("KEN", "UAF")),
    ("Gunmen attacked a bus in northern Kenya on Tuesday.", ("KEN", "UAF")),
])
def test_armed_men_stay_an_armed_group(text, doer):
    acting, _ = sector_sides(text, "ASSAULT")
    assert doer in acting, acting

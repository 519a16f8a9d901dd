"""acts60 (issue 13): a refused demand, offer or call 'from'/'by' another side ('The militia rejected a demand from
Belgium to disarm') is the refusers' REJECT of that side: the side after 'from' receives it and lends no state to a
refusing subject of no state of its own (lang/en/act_accepted.rejected_proposal_authors). With a dateline the
refusers are its state's; with none, no state of theirs is told and no event is guessed. Korean twins: the owner of
a refused proposal stands before the verb ('시위대는 오스트리아의 제안을 거부했다') and is never the refusers' home
(pipeline/act_statement_sides.object_owners). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides


@pytest.mark.parametrize("text, acting, receiving", [
    ("NIAMEY (Reuters) - The militia rejected a demand from Belgium to disarm.", ("NER", "REB"), "BEL"),
    ("NIAMEY (Reuters) - The rebels turned down an offer from Spain to host talks.", ("NER", "REB"), "ESP"),
    ("NIAMEY (Reuters) - The insurgents dismissed calls from Austria for a ceasefire.", ("NER", "REB"), "AUT"),
    ("NIAMEY (Reuters) - The rebels rejected a proposal by Greece for a truce.", ("NER", "REB"), "GRC"),
    ("(니아메=연합뉴스) 반군은 벨기에의 요구를 거부했다.", ("NER", "REB"), "BEL"),
    ("(니아메=연합뉴스) 시위대는 오스트리아의 제안을 거부했다.", ("NER", "CVL"), "AUT"),
])
def test_the_asker_receives_the_refusal(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "REJECT")
    assert got_acting == {acting}
    assert {c for c, _ in got_receiving} == {receiving}


@pytest.mark.parametrize("text, asker", [
    ("The militia rejected a demand from Belgium to disarm.", "BEL"),
    ("The rebels turned down an offer from Spain to host talks.", "ESP"),
    ("Protesters rejected an offer by Austria.", "AUT"),
    ("시위대는 오스트리아의 제안을 거부했다.", "AUT"),
    ("시위대는 칠레로부터의 제안을 거절했다.", "CHL"),
])
def test_the_asker_lends_no_state_to_the_refusers(text, asker):
    found = [e for e in events(text) if e.type == "REJECT"]
    assert not [e for e in found if asker in {p.country for p in e.participants}], \
        [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("text", [
    "Colombia rejected a proposal from Venezuela.",
    "Colombian rebels rejected a demand from Venezuela.",
])
def test_a_named_refuser_answers_the_asker(text):
    found = [e for e in events(text) if e.type == "REJECT"]
    assert found and {p.country for p in found[0].participants} == {"COL"}
    assert {r.country for r in found[0].recipients} == {"VEN"}


@pytest.mark.xfail(strict=True, reason="lang/ko/act_object_owners.genitive_owner: a source particle before the "
                                       "genitive ('X로부터의 제안') does not yet name the proposal's author")
def test_korean_author_after_a_source_particle():
    got_acting, got_receiving = sector_sides("(니아메=연합뉴스) 반군은 스페인으로부터의 제안을 거절했다.", "REJECT")
    assert {c for c, _ in got_receiving} == {"ESP"}

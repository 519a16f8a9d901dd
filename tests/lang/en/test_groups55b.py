"""(groups55b, issue 14) English ranks and arrest grounds: 'retired', as 'former', is a filler before the object's head
('arrested a retired general': MIL, not civilians); the state an arrest's gerund ground names ('on charges of spying
for X') is no side of the arrest (act_arrest_grounds.barred_grounds). Korean twins: tests/lang/ko/test_groups55b.py.
Our own sentences."""
from __future__ import annotations

import pytest


def sides(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, receiving", [
    ("Tanzanian police arrested a retired general on Wednesday.", "COERCE", ("TZA", "MIL")),
    ("Tanzanian police arrested a former general on Wednesday.", "COERCE", ("TZA", "MIL")),  # guard
    ("The Tanzanian president accused a retired general of plotting a coup.", "ACCUSE", ("TZA", "MIL")),
    ("The Tanzanian president accused the general of plotting a coup.", "ACCUSE", ("TZA", "MIL")),
])
def test_a_retired_officer_is_the_forces(extract, text, kind, receiving):
    found = sides(extract, text, kind)
    assert any(receiving in r for _a, r in found), found


@pytest.mark.parametrize("text, receiving", [
    ("Tanzanian police arrested two journalists on charges of spying for Estonia on Wednesday.", ("TZA", "JRN")),
    ("Tanzanian police arrested a businessman on suspicion of spying for Estonia.", ("TZA", "BUS")),
    ("Tanzanian police arrested a man for spying for Estonia.", ("TZA", "CVL")),
    ("Tanzanian police arrested two men accused of working for Estonia.", ("TZA", "CVL")),
])
def test_the_state_of_an_arrests_ground_is_no_side(extract, text, receiving):
    found = sides(extract, text, "COERCE")
    assert any(receiving in r for _a, r in found), found
    assert all(c != "EST" for _a, r in found for c, _s in r), found


@pytest.mark.parametrize("text, receiving", [  # guard: the arrested named before the ground keep their state
    ("Tanzanian police arrested two Estonian nationals on charges of spying for Kenya.", "EST"),
])
def test_the_arrested_named_before_the_ground_keep_their_state(extract, text, receiving):
    found = sides(extract, text, "COERCE")
    assert any(c == receiving for _a, r in found for c, _s in r), found
    assert all(c != "KEN" for _a, r in found for c, _s in r), found


@pytest.mark.parametrize("text, acting, receiving", [  # groups55b: a lower-case organ named by a listed phrase
    ("The Tanzanian opposition accused the supreme court of conspiring with Burundi on Wednesday.",
     ("TZA", "OPP"), ("TZA", "JUD")),
    ("The Tanzanian opposition accused the electoral commission of conspiring with Burundi on Wednesday.",
     ("TZA", "OPP"), ("TZA", "GOV")),
    ("The Tanzanian opposition accused the constitutional court of siding with the president.",
     ("TZA", "OPP"), ("TZA", "JUD")),
    ("The Tanzanian opposition accused the court of conspiring with Burundi on Wednesday.",  # guard: as before
     ("TZA", "OPP"), ("TZA", "JUD")),
])
def test_a_lower_case_organ_is_the_object(extract, text, acting, receiving):
    found = sides(extract, text, "ACCUSE")
    assert any(acting in a and receiving in r for a, r in found), found
    assert all(c != "BDI" for _a, r in found for c, _s in r), found


@pytest.mark.parametrize("text, acting", [  # groups55b: a state's own Red Cross society is its SOC
    ("The Ugandan Red Cross criticized the government on Wednesday.", ("UGA", "SOC")),
    ("Uganda's Red Cross criticized the army on Wednesday.", ("UGA", "SOC")),
    ("The Red Cross criticized the Ugandan government on Wednesday.", ("IGO", "SOC")),  # guard: the international
])
def test_a_national_red_cross_is_its_states(extract, text, acting):
    found = sides(extract, text, "ACCUSE")
    assert any(acting in a for a, _r in found), found


@pytest.mark.parametrize("text, acting", [  # groups55b: a title 'of' a party side opening the sentence is the side's
    ("The Kenyan secretary general of the ruling party accused the opposition on Monday.", ("KEN", "PTY")),
    ("The Kenyan secretary general of the Civic Unity Party accused the government on Monday.", ("KEN", "PTY")),
    ("The Kenyan secretary general accused the opposition on Monday.", ("KEN", "GOV")),  # guard: no side after
    ("The Kenyan attorney general accused the opposition on Monday.", ("KEN", "GOV")),  # guard
])
def test_a_subject_title_of_a_party_is_the_partys(extract, text, acting):
    found = sides(extract, text, "ACCUSE")
    assert any(acting in a for a, _r in found), found

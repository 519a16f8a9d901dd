"""(groups54, issue 14) (1) An office title whose last word is postpositive ('attorney general', 'inspector general': kb
agents `postpositive_words_en`) is the office the two-word phrase names, not the rank its last word names alone
('general' MIL): the subject walk and the object reader take the phrase (lang/en/act_sides.postpositive_title). (2) A
person 'of the' capitalized name of a party ('the leader of the X Party') is of that party, PTY
(act_sides.named_party_end). Our own invented sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, acting", [
    ("The Zambian attorney general accused the opposition of fraud on Friday.", ("ZMB", "GOV")),
    ("Zambia's solicitor general accused the opposition of fraud on Friday.", ("ZMB", "GOV")),
    ("The inspector general of Zambia accused the opposition of fraud on Friday.", ("ZMB", "GOV")),
    ("Zambian attorneys general accused the opposition of fraud on Friday.", ("ZMB", "GOV")),
    ("The Zambian prosecutor general accused the opposition of fraud on Friday.", ("ZMB", "JUD")),
])
def test_a_postpositive_title_subject_is_the_office(extract, text, acting):
    found = sided(extract, text, "ACCUSE")
    assert any(acting in a for a, _r in found), found
    assert all(s != "MIL" for a, _r in found for _c, s in a), found


@pytest.mark.parametrize("text, receiving", [
    ("Zambian police arrested the attorney general in Ndola on Friday.", ("ZMB", "GOV")),
    ("Zambian police arrested the inspector general of Malawi on Friday.", ("MWI", "GOV")),
])
def test_a_postpositive_title_object_is_the_office(extract, text, receiving):
    found = sided(extract, text, "COERCE")
    assert any(receiving in r for _a, r in found), found


@pytest.mark.parametrize("text, kind, side", [  # guard: 'general' alone and a rank before it are the army's
    ("The Zambian general accused the opposition of fraud on Friday.", "ACCUSE", ("ZMB", "MIL")),
    ("The Zambian brigadier general accused the opposition of fraud on Friday.", "ACCUSE", ("ZMB", "MIL")),
])
def test_a_general_alone_is_still_the_army(extract, text, kind, side):
    assert any(side in a for a, _r in sided(extract, text, kind))


@pytest.mark.parametrize("text, receiving", [  # groups54: a person 'of' a party's name is of that party
    ("Zambian police arrested the leader of the Democratic Progress Party on Friday.", ("ZMB", "PTY")),
    ("Zambian police arrested the chairman of the opposition on Friday.", ("ZMB", "OPP")),
])
def test_the_leader_of_a_named_party_is_the_partys(extract, text, receiving):
    found = sided(extract, text, "COERCE")
    assert any(receiving in r for _a, r in found), found
    assert all(s != "GOV" for _a, r in found for _c, s in r), found


def test_the_leader_of_a_named_council_stays_the_states(extract):  # guard: a name whose head is no party's noun
    found = sided(extract, "Zambian police arrested the leader of the Nile Council on Friday.", "COERCE")
    assert any(("ZMB", "GOV") in r for _a, r in found), found

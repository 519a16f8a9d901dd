"""(groups54b, issue 14) English postpositive offices in lower case: 'secretary general' and 'surgeon general' are
offices of a state's executive (GOV, kb agents.yaml), never its army ('general' alone: MIL), and the auditor general
is an office of the table (offices.yaml auditor_general). Korean writes them as one noun (감사원장), read in
tests/lang/ko/test_groups54b.py. Our own sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("The Ugandan secretary general accused the opposition of lying on Tuesday.", "ACCUSE", ("UGA", "GOV"), ("UGA", "OPP")),
    ("The Ugandan surgeon general criticized the opposition on Tuesday.", "ACCUSE", ("UGA", "GOV"), ("UGA", "OPP")),
    ("Ugandan police arrested the surgeon general on Tuesday.", "COERCE", ("UGA", "COP"), ("UGA", "GOV")),
])
def test_a_lower_case_postpositive_office_is_the_executive(extract, text, kind, acting, receiving):
    found = sided(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found
    assert all(s != "MIL" for a, r in found for _c, s in a | r), found


def test_the_auditor_general_is_an_office():
    from readout.kb.agents import phrases
    from readout.lang.ko.words import title_of

    assert phrases("en").get("auditor general") == "GOV"
    assert title_of("감사원장") and phrases("ko").get("감사원장") == "GOV"


@pytest.mark.parametrize("text, receiving", [
    ("Ugandan police arrested three colonels on Tuesday.", ("UGA", "MIL")),  # the ranks' plurals are the forces'
    ("Ugandan police detained two generals on Tuesday.", ("UGA", "MIL")),
])
def test_officers_held_are_the_forces(extract, text, receiving):
    found = sided(extract, text, "COERCE")
    assert any(receiving in r for _a, r in found), found


def test_a_general_strike_is_no_officer(extract):  # guard: the adjective's singular stays out of the people nouns
    found = sided(extract, "Police dispersed a general strike in Entebbe on Tuesday.", "COERCE")
    assert all(s != "MIL" for _a, r in found for _c, s in r), found


@pytest.mark.parametrize("text, sector", [  # groups54b: a body's own office holder accused is a member of it
    ("The Ugandan president accused the auditor general of fraud on Tuesday.", "GOV"),
    ("Uganda's president accused the finance minister of lying on Tuesday.", "GOV"),
    ("Ugandan prosecutors charged a judge with bribery on Tuesday.", "JUD"),
])
def test_an_office_holder_accused_by_its_own_body_is_a_member(extract, text, sector):
    events = [e for e in extract(text).events if e.type == "ACCUSE"]
    assert any({p.id for p in e.participants}.isdisjoint({p.id for p in e.recipients})
               and ("UGA", sector) in {(p.country, p.sector) for p in e.recipients} for e in events), events


@pytest.mark.parametrize("text", [  # guard: a body accused by its own head, or an office praised, stays dropped
    "The Ugandan president criticized the government on Tuesday.",
    "The Ugandan president praised the auditor general on Tuesday.",
])
def test_a_body_or_a_praise_stays_without_a_member(extract, text):
    assert all(not e.recipients for e in extract(text).events), [(e.type, e.recipients) for e in extract(text).events]


@pytest.mark.parametrize("text, acting, receiving", [  # groups54b: a party side with no state of its own
    ("The opposition National Renewal Party accused the Malawian government of fraud on Tuesday.",
     ("MWI", "OPP"), ("MWI", "GOV")),
    ("The opposition accused the Malawian government of lying on Tuesday.", ("MWI", "OPP"), ("MWI", "GOV")),
    ("The ruling party criticized the Malawian parliament on Tuesday.", ("MWI", "PTY"), ("MWI", "LEG")),
])
def test_a_stateless_party_judging_one_states_body_is_of_that_state(extract, text, acting, receiving):
    found = sided(extract, text, "ACCUSE")
    assert any(acting in a and receiving in r for a, r in found), found

"""(acts58b, issues 13/15) English acts: 'hold' with a bare drill noun is the drill (en additions 'hold', MOBILIZE
troops, as 'stage' and 'conduct'), and the joint drill noun kept for the verb's drill it shares its words with takes
the verb's status and negation (act_exercises.verb_status); armed forces' means as the subject of a verb of striking
with a site as its object are the attack (act_struck_sites.forces_hit_site). Our own sentences; the Korean twins are
tests/lang/ko/test_acts58b_twins.py."""
from __future__ import annotations

import pytest

from readout.lang.base import ActHit
from readout.lang.en.act_exercises import verb_status
from tests.event_sides import check_moded_row, check_status_parties

HELD_JOINT = [  # (sentence, status, parties); status None: no COOPERATE event (a drill denied)
    ("Chile and Peru plan to hold joint military drills.", "planned", {"CHL", "PER"}),
    ("Chile and Peru will hold joint naval drills next month.", "planned", {"CHL", "PER"}),
    ("Chile and Peru held joint military drills.", "occurred", {"CHL", "PER"}),
    ("Chile plans to hold joint military exercises with Peru.", "planned", {"CHL", "PER"}),
    ("Chile and Peru did not hold joint military drills.", None, set()),
]


@pytest.mark.parametrize("text, status, parties", HELD_JOINT)
def test_held_joint_drills(text, status, parties):
    check_status_parties(text, "COOPERATE", status, parties)


HELD_BARE = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("Chile held naval drills near Peru.", "MOBILIZE", "troops", {("CHL", "GOV")}, {("PER", "GOV")}),
    ("Chile held military exercises with Peru.", "COOPERATE", None, {("CHL", "GOV"), ("PER", "GOV")}, set()),
    ("Chile and Peru held naval drills.", "COOPERATE", None, {("CHL", "GOV"), ("PER", "GOV")}, set()),
    # guards: 'hold' with no drill noun keeps its other readings
    ("Chile held elections in May.", "MOBILIZE", None, None, None),
    ("Chile held a meeting with Peru.", "MOBILIZE", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", HELD_BARE)
def test_held_bare_drills(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


def hit(status: str, negated: bool, nominal: bool) -> ActHit:
    """A drill hit of the given status, as the lexicon gives it."""
    return ActHit(0, 1, "COOPERATE", None, "x", nominal=nominal, status=status, negated=negated)


@pytest.mark.parametrize("noun, verb, status, negated", [
    (hit("occurred", False, True), hit("planned", False, False), "planned", False),
    (hit("occurred", False, True), hit("occurred", True, False), "occurred", True),
    (hit("planned", False, True), hit("planned", False, False), "planned", False),
])
def test_verb_status(noun, verb, status, negated):
    kept = verb_status(noun, verb)
    assert (kept.status, kept.negated, kept.nominal) == (status, negated, True)


FORCES_HIT_SITES = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("Russian jets hit a market in Kharkiv.", "ASSAULT", "aerial", {("RUS", "MIL")}, {("UKR", "CVL")}),
    ("Syrian helicopters hit a police station in Idlib.", "ASSAULT", "aerial", {("SYR", "GOV")}, {("SYR", "COP")}),
    # guards: an object that is no site and no people; a criticism verb with an office as its subject
    ("The jets hit the headlines in Kharkiv.", "ASSAULT", None, None, None),
    ("Peru's president hit Chile over the deal.", "ASSAULT", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", FORCES_HIT_SITES)
def test_forces_hit_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)

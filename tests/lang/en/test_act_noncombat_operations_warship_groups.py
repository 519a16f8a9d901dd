"""English acts of force: non-combat operations, named groups of warships, slashed model designators.
- CAMEO's 'conduct operations' (190) is an assault only when the operations are not named as work of another kind:
  'conducting flight operations', 'search operations', 'rescue operations' are no ASSAULT
  (noncombat_operations_re in Language.find_acts); 'military operations' stays one.

Formerly tests/lang/test_en_sides35.py; classes first read as "English act sides and triggers, session 22 round 3
(en35), on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text", [
    "Vietnam's navy said on Monday that Chinese carrier-based fighters had been conducting flight operations near "
    "the Paracel Islands.",
    "The Indonesian coast guard said it was conducting search operations for a missing Malaysian trawler.",
    "Turkish teams carried out rescue operations in northern Syria after the earthquake.",
])
def test_noncombat_operations_are_no_assault(text):
    assert not sides(text, "ASSAULT"), sides(text, "ASSAULT")


def test_military_operations_stay_an_assault():
    text = "Sudan's army said it was conducting military operations against the rebels near Omdurman."
    assert sides(text, "ASSAULT"), sides(text, "ASSAULT")


# a formation whose appositive lists warships is the subject of a verb of moving; named after its lead ship, its
# state is the one the story gave the ship before (act_sighted_forces.forces_subject/formation_name, act_actors.formation_owner)
@pytest.mark.parametrize("text, actor", [
    ("HANOI (Reuters) - Vietnam protested to China on Monday after Chinese fighters from the aircraft carrier Shandong "
     "flew near its coast. The Shandong group, including two destroyers and a supply ship, sailed through the Bashi "
     "Channel on Friday, the ministry said.", "CHN"),
    ("CANBERRA (Reuters) - Australia said on Monday that Indian sailors from the carrier Vikrant had visited Darwin. "
     "The Vikrant group, comprising three frigates, transited the Lombok Strait on Sunday.", "IND"),
])
def test_a_named_group_of_warships_moves_for_its_ships_state(text, actor):
    assert any(actor in a for a, _ in sides(text, "MOBILIZE")), sides(text, "MOBILIZE")


@pytest.mark.parametrize("text", [
    # a group whose appositive lists no warships is no formation of forces
    "SYDNEY (Reuters) - The Harbour group, including several business owners, sailed through the inquiry on Monday.",
    "The Adani group, including its port unit, sailed through the audit last year, India's regulator said.",
])
def test_a_group_of_no_warships_is_no_force(text):
    assert not sides(text, "MOBILIZE"), sides(text, "MOBILIZE")


# a state's report of its own forces moved in the passive, joined by a bare 'and' to the clause before, or naming
# its aircraft with a slashed model designator, is that state's show of force (own_forces_frame_re)
@pytest.mark.parametrize("text, actor", [
    ("OSLO (Reuters) - Russia denied the flights on Monday and Norway said its F-35s were scrambled twice.", "NOR"),
    ("HELSINKI (Reuters) - Moscow rejected the charge and Finland said its F/A-18s had been scrambled on Sunday.",
     "FIN"),
    ("KUALA LUMPUR (Reuters) - Malaysia said on Tuesday its F/A-18s had been scrambled to shadow foreign bombers.",
     "MYS"),
])
def test_own_forces_after_a_bare_and_or_slashed_designator(text, actor):
    assert has(text, "MOBILIZE", {actor}, None), sides(text, "MOBILIZE")


def test_a_state_reporting_anothers_forces_is_not_their_mover():
    text = "VILNIUS (Reuters) - Lithuania protested and Latvia said Russian jets were scrambled near its border."
    assert not has(text, "MOBILIZE", {"LVA"}, None), sides(text, "MOBILIZE")

"""An armed group a state backs is not that state's own (kofix68, issue 14).

'Iran armed the rebels', '이란은 반군을 무장시켰다' came out IRN -> IRN: the rebels name no state, and the domestic reading
gave them the actor's own. A state's AID to a stateless armed group goes to the story's other state (the pair's other,
else the one state the last naming sentence names), the group's sector REB kept; with no other state in the story,
the group keeps no state, never the giver's own (pipeline/act_backed_groups.py). Negative rows: a group whose state is
named keeps it; force used on rebels (no AID) stays the actor's own domestic act. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import events_of

DAY = date(2025, 6, 20)


def sides(text: str, kind: str) -> list[tuple[set, set]]:
    return [({p.country for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in events_of(extract_text(text, published=DAY)) if e.type == kind]


@pytest.mark.parametrize("text, giver, other", [
    ("Benin accused Togo of meddling. Togo armed the rebels.", "TGO", "BEN"),
    ("베냉은 토고를 비난했다. 토고는 반군을 무장시켰다.", "TGO", "BEN"),
    ("Chile condemned Peru on Monday. Peru armed the militias.", "PER", "CHL"),
    ("칠레는 페루를 규탄했다. 페루는 민병대를 무장시켰다.", "PER", "CHL"),
])
def test_backed_group_is_the_story_other_state(text: str, giver: str, other: str) -> None:
    found = sides(text, "AID")
    assert found and giver in found[0][0] and found[0][1] == {(other, "REB")}, found


@pytest.mark.parametrize("text, giver", [
    ("Togo armed the rebels.", "TGO"),
    ("토고는 반군을 무장시켰다.", "TGO"),
])
def test_backed_group_with_no_other_state_is_never_the_givers_own(text: str, giver: str) -> None:
    found = sides(text, "AID")
    assert found and giver not in {c for c, _ in found[0][1]}, found


@pytest.mark.parametrize("text, kind, expected", [
    ("Togo armed the Malian rebels.", "AID", {("MLI", "REB")}),  # the group's own state named: kept
    ("토고는 말리 반군을 무장시켰다.", "AID", {("MLI", "REB")}),
    ("Benin accused Togo. Peru's army attacked the rebels.", "ASSAULT", {("PER", "REB")}),  # no backing: domestic
])
def test_named_or_unbacked_groups_keep_their_reading(text: str, kind: str, expected: set) -> None:
    found = sides(text, kind)
    assert found and found[0][1] == expected, found

"""(relatives65) A second act joined by 'and' whose own object is a thing owned by a name through 'of' ('Peru
condemned the strike by Chile and denounced the silence of Bolivia') is aimed at that owner: it does not take over
the first act's addressee (lang/en/act_shared_objects.owns_object, lexicon owned_addressee_re), so the two acts stay
two. Negatives: an owner that is no name ('the silence of the international community') still shares the first
act's addressee or none; an owned noun that is itself an act names the deed's victims, not a second addressee.
Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 12)


def accusations(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {(actors, receivers) for kind, actors, receivers in event_sides(text, DAY) if kind == "ACCUSE"}


def pair(actors: set[str], receivers: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(actors), frozenset(receivers)


@pytest.mark.parametrize("text,expected", [
    ("Peru condemned the strike by Chile and denounced the silence of Bolivia.",
     {pair({"PER"}, {"CHL"}), pair({"PER"}, {"BOL"})}),
    ("Kenya condemned Ethiopia and criticized the stance of the Somali government.",
     {pair({"KEN"}, {"ETH"}), pair({"KEN"}, {"SOM"})}),
    ("Ghana denounced the raid by Togo and condemned the inaction of Nigeria.",
     {pair({"GHA"}, {"TGO"}), pair({"GHA"}, {"NGA"})}),
    # negatives: no name owns the second object; the owned noun is an act (its victims are no addressee)
    ("Peru condemned Chile and denounced the silence of the international community.", {pair({"PER"}, {"CHL"})}),
    ("Peru condemned Chile and denounced the killing of Bolivian soldiers.", {pair({"PER"}, {"CHL"})}),
])
def test_second_act_owned_object(text, expected):
    assert accusations(text) == expected

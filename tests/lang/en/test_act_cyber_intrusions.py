"""(enmil47, issue 14) Cyber intrusions: the owner of the hacked object receives the act, the hackers (the agent after
'by' in a passive) do it. 'The website of the X ministry was hacked by Y hackers': X receives, never acts (the owner
after 'of' and an article is the passive subject's, as 'diplomats of X' is); 'the X ministry's website was hacked'
is an intrusion, no publishing; a place after the hacked object is the object's ('broke into an exchange in X'), not
the hackers' (a remote deed); data stolen and an exchange broken into are COERCE cyber (money stolen over a
year is a tally, no deed)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

INTRUSIONS = [
    ("The website of the Lithuanian parliament was hacked by Belarusian hackers on Sunday.", ["BLR"], ["LTU"]),
    ("The Lithuanian parliament's website was hacked by Belarusian hackers.", ["BLR"], ["LTU"]),
    ("The servers of the Lithuanian parliament were breached by Belarusian hackers.", ["BLR"], ["LTU"]),
    ("Belarusian hackers stole data from Lithuanian parliament servers.", ["BLR"], ["LTU"]),
    ("A Belarusian hacking group broke into a cryptocurrency exchange in Vilnius.", ["BLR"], ["LTU"]),
    ("Belarusian hackers hacked a savings bank in Vilnius overnight.", ["BLR"], ["LTU"]),
    ("리투아니아 의회 웹사이트가 벨라루스 해커들에 의해 해킹당했다.", ["BLR"], ["LTU"]),
]


@pytest.mark.parametrize("text, actors, targets", INTRUSIONS)
def test_the_hacked_objects_owner_receives_the_intrusion(text, actors, targets):
    found = sides(text, "COERCE")
    assert (actors, targets) in found, found
    assert not any(set(targets) & set(a) for a, _ in found), found


# negative rows: a theft or a break-in with no computer, data or digital money is no cyber act; a report released
# stays no act; diplomats of X expelled by Y still reach X
@pytest.mark.parametrize("text", [
    "Thieves stole a car from the Lithuanian embassy in Minsk.",
    "Burglars broke into a bakery in Vilnius.",
    "Belarus stole some 40 million euros in digital tokens during the past year.",
    "The report was released by the Lithuanian parliament on Monday.",
])
def test_no_cyber_act(text):
    found = [(e.type, e.mode) for e in events(text) if e.mode == "cyber" or e.type == "COERCE"]
    assert found == [], found


def test_owner_after_an_article_still_receives_an_expulsion():
    assert (["BLR"], ["LTU"]) in sides("Two diplomats of the Lithuanian embassy were expelled by Belarus.", "SANCTION")

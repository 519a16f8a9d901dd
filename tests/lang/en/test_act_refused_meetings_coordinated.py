"""English subject classes and refused meetings (encoord49; lang/en/act_refused_meetings), with sentences of our own.

1. A second verb coordinated with the first ("accused X of ... and warned", ", and later urged", "and also called on")
   shares the first clause's subject; a new subject after "and" acts for itself.
2. An apposition between the subject and its verb ("Nielsen, 41, said", "the minister, who took office in May,
   warned", "the ministry, in a statement, accused") leaves the subject before it the actor.
3. "X said it would not hold talks with Y": a future meeting the speaker refuses is REJECT `meet` (the manual:
   cancellation of meetings is REJECT); bound to a condition ("unless", "until") it threatens relations (THREATEN
   `relations`); a past "did not meet" is neither.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sides(text: str):
    return [(e.type, e.mode, sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text)]


def typed(text: str, kind: str):
    return [(mode, actors, recipients) for t, mode, actors, recipients in sides(text) if t == kind]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Peru's army accused Bolivia of shelling border posts and warned that such acts would be punished.",
     "THREATEN", "PER", "BOL"),
    ("Chile condemned the raid and urged Argentina to withdraw its troops.", "REQUEST", "CHL", "ARG"),
    ("The Ghanaian government accused Togo of harbouring rebels, and threatened to close the border.",
     "THREATEN", "GHA", "TGO"),
    ("Kenya criticised the vote and also called on Uganda to respect the result.", "REQUEST", "KEN", "UGA"),
    ("Vietnam rejected Cambodia's claim and later accused Phnom Penh of provocation.", "ACCUSE", "VNM", "KHM"),
])
def test_coordinated_verb_shares_subject(text, kind, actor, recipient):
    assert any(actors == [actor] and recipient in recipients for _, actors, recipients in typed(text, kind))


def test_new_subject_after_and_acts_for_itself():
    text = "Chile accused Bolivia of arming rebels and Argentina denied any role."
    assert not any("ARG" in actors for kind, _, actors, _ in sides(text) if kind == "ACCUSE")
    assert not any(actors == ["CHL"] for kind, _, actors, _ in sides(text) if kind == "REJECT")


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Nielsen, 41, said Denmark would expel Russia's ambassador.", "THREATEN", "DNK", "RUS"),
    ("Latvia's prime minister, who took office in May, warned Russia against further provocations.",
     "THREATEN", "LVA", "RUS"),
    ("Maria Lopez, Chile's foreign minister, accused Peru of violating the treaty.", "ACCUSE", "CHL", "PER"),
    ("The Estonian ministry, in a statement, accused Russia of jamming GPS signals.", "ACCUSE", "EST", "RUS"),
])
def test_apposition_keeps_subject(text, kind, actor, recipient):
    assert (actor in [a for _, actors, _ in typed(text, kind) for a in actors]
            and any(recipient in recipients for _, _, recipients in typed(text, kind)))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Poland said it would not attend the summit with Belarus.", "POL", "BLR"),
    ("Turkey said it would not hold talks with Greece on Monday.", "TUR", "GRC"),
    ("Hungary will not meet Slovakia's prime minister next week, its foreign ministry said.", "HUN", "SVK"),
    ('"We will not hold talks with Pristina," the Serbian foreign minister said.', "SRB", "XKX"),
])
def test_future_meeting_refused_is_rejection(text, actor, recipient):
    assert ("meet", [actor], [recipient]) in typed(text, "REJECT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Turkey said it would not hold talks with Greece unless Athens withdrew its troops.", "TUR", "GRC"),
    ("Unless Bratislava repeals the language law, Hungary will not meet Slovakia's leaders, its foreign minister said.",
     "HUN", "SVK"),
    ("Hungary warned it would not hold talks with Slovakia.", "HUN", "SVK"),
])
def test_conditioned_or_warned_refusal_threatens_relations(text, actor, recipient):
    assert ("relations", [actor], [recipient]) in typed(text, "THREATEN")


@pytest.mark.parametrize("text", [
    "Japan did not meet China's foreign minister on Tuesday.",
    "Japan said it will hold talks with China next week.",
    '"I will not talk to him privately anymore," the Japanese minister said of China\'s envoy.',
])
def test_no_refusal(text):
    assert not typed(text, "REJECT") and not typed(text, "THREATEN")

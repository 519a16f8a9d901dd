"""English acts: idioms of criticism, who will pay, quoted obligations, naming complements, habits, hopes.

1. idioms of criticism and rejection: "took aim at X" is ACCUSE of X; "brushed aside X's concerns", "shrugged off
   X's warnings" are REJECT of X (scripts/data/en_acts_additions.yaml, entries with a particle);
2. "X will pay the price / regret it / face consequences" is a THREATEN by the speaker (before the words, or in a
   reporting frame after a quote or comma) against X, never by X (act_consequences.consequence_threats); a quoted
   "X must ..." with the speaker after it asks X (act_consequences.spoken_after);
3. what a speaker names something ("branding them a rehearsal for an invasion", "called the exercises preparation
   for war") is no act of its own (act_background.characterized_complement);
4. an act told as a habit ("has long denounced", "routinely condemns", "has repeatedly accused") is background,
   no event of the story's day (act_background.habitual);
5. a hope that another side will act ("said he hoped X would", "expressed hope that X will") is the speaker's
   REQUEST to X, and the hoped-for act is no act of its own (act_hopes.hoped_requests).

Formerly tests/lang/test_en_act_news17.py; classes first read as "English act classes read by the en17 session from
held-out news, one table per class, each with sentences of our own across regions (none from the shared eval sets,
the seeds, the PLOVER gold or the probe rows)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2025, 10, 8)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


# 1. idioms of criticism (ACCUSE) and rejection (REJECT): the one criticized, or the owner of what is turned down
@pytest.mark.parametrize("sentence, kind, actor, recipients, status", [
    ("The Bolivian president took aim at Paraguay over the river dam.", "ACCUSE", "BOL", {"PRY"}, OCC),
    ("Norway's foreign minister hit out at Iceland over whaling quotas.", "ACCUSE", "NOR", {"ISL"}, OCC),
    ("Egypt's president lashed out at Ethiopia over the dam.", "ACCUSE", "EGY", {"ETH"}, OCC),
    ("Portugal brushed aside Spain's concerns about the nuclear plant.", "REJECT", "PRT", {"ESP"}, OCC),
    ("Latvia shrugged off Russia's warnings about the exercises.", "REJECT", "LVA", {"RUS"}, OCC),
    ("Uruguay did not take aim at Argentina in the speech.", "ACCUSE", "URY", None, None),  # negated
    ("The Uruguayan striker took aim at the goal.", "ACCUSE", "URY", None, None),  # no one criticized
    ("The Latvian farmer shrugged off the cold.", "REJECT", "LVA", None, None),  # nothing put forward
])
def test_idioms_of_criticism_and_rejection(sentence, kind, actor, recipients, status):
    assert_act(read(sentence), kind, {actor}, recipients, status)


# 2. "X will pay the price": the speaker threatens X, wherever the speaker stands
@pytest.mark.parametrize("sentence, actor, recipients, status", [
    ('"Lithuania will pay the price for this provocation," the Belarusian defence minister said.', "BLR", {"LTU"}, OCC),
    ('"Lithuania will surely pay a heavy price," Belarus\'s defence ministry said.', "BLR", {"LTU"}, OCC),
    ("Lithuania will pay the price for its provocation, the Belarusian defence minister said.", "BLR", {"LTU"}, OCC),
    ('"Moldova will regret this decision," the Russian foreign ministry said.', "RUS", {"MDA"}, OCC),
    ("The Azerbaijani president said Armenia would face consequences.", "AZE", {"ARM"}, OCC),
    ("Belarus warned that Lithuania would pay a heavy price.", "BLR", {"LTU"}, OCC),
    ('"Lithuania will not regret this decision," the Belarusian defence minister said.', "BLR", None, None),  # negated
    ("Lithuania paid a high price for the blockade, analysts said.", "LTU", None, None),  # past: no threat
    ("Farmers in Kenya will pay a heavy price for the drought, the UN said.", "UNO", None, None),  # hardship
    ("The Kenyan government will regret this, the Somali president said.", "SOM", {"KEN"}, OCC),  # office noun
])
def test_the_side_that_will_pay_is_threatened_by_the_speaker(sentence, actor, recipients, status):
    assert_act(read(sentence), "THREATEN", {actor}, recipients, status)


@pytest.mark.parametrize("sentence, actor, recipients", [
    ('"Sudan must return the helicopter," Russia\'s foreign ministry said.', "RUS", {"SDN"}),
    ("Honduras must release the fishermen, the Nicaraguan foreign ministry said.", "NIC", {"HND"}),
])
def test_a_quoted_obligation_is_asked_by_the_speaker_after_it(sentence, actor, recipients):
    assert_act(read(sentence), "REQUEST", {actor}, recipients, OCC)


# 3. the words a speaker names something with are no act
@pytest.mark.parametrize("sentence, kind", [
    ("Belgrade condemned the Croatian military drills, branding them a rehearsal for an invasion.", "ASSAULT"),
    ("Minsk described the Polish troop buildup as preparation for an attack.", "ASSAULT"),
    ("Manila has long denounced the Chinese patrols as a prelude to an invasion.", "ASSAULT"),
])
def test_a_naming_complement_is_no_act(sentence, kind):
    assert_act(read(sentence), kind, set(), None, None)


@pytest.mark.parametrize("sentence, kind, actor, recipients", [
    ("Beijing called the Taiwanese exercises preparation for war.", "ACCUSE", "CHN", {"TWN"}),  # the naming accuses
    ("Minsk described the Polish troop buildup as preparation for an attack.", "MOBILIZE", "POL", set()),  # named act
    ("Moldova called on Russia to withdraw its troops.", "REQUEST", "MDA", {"RUS"}),  # 'called on': no naming
])
def test_the_naming_and_the_named_act_stay(sentence, kind, actor, recipients):
    assert_act(read(sentence), kind, {actor}, recipients, OCC)


# 4. a habit is background, no act of the story's day; a past act on a day is one
@pytest.mark.parametrize("sentence, kind, actor, status", [
    ("Hanoi has repeatedly criticized Chinese fishing fleets.", "ACCUSE", "VNM", None),
    ("Ankara routinely condemns Greek military flights.", "ACCUSE", "TUR", None),
    ("Seoul has long accused Tokyo of distorting history.", "ACCUSE", "KOR", None),
    ("Ankara repeatedly condemned Greek military flights on Tuesday.", "ACCUSE", "TUR", OCC),  # that day
    ("Ankara has condemned Greek military flights.", "ACCUSE", "TUR", OCC),  # a perfect with no habit
])
def test_a_habit_is_no_event_of_the_day(sentence, kind, actor, status):
    assert_act(read(sentence), kind, {actor}, None, status)


# 5. a hope that another side will act is a request to it
@pytest.mark.parametrize("sentence, actor, recipients, status", [
    ("The Kenyan president said he hoped Somalia would withdraw its claim.", "KEN", {"SOM"}, OCC),
    ("Namibia expressed hope that Angola would reopen the border.", "NAM", {"AGO"}, OCC),
    ("Thailand expressed the hope that Myanmar will release the detained journalists.", "THA", {"MMR"}, OCC),
    ("Croatia hoped Serbia would sign the treaty.", "HRV", {"SRB"}, OCC),
    ("Bhutan's king said he hoped to visit India soon.", "BTN", None, None),  # his own plan
    ("Tunisian officials said they hoped the summit would succeed.", "TUN", None, None),  # no side asked
    ("Tunisia said it hoped it would host the summit.", "TUN", None, None),  # itself
    ("Omani mediation raised hopes that Yemen would accept a truce.", "OMN", None, None),  # no one hopes
    ("Ukraine had no hope that Moldova would join the talks.", "UKR", None, None),  # negated
])
def test_a_hope_that_another_side_acts_is_a_request(sentence, actor, recipients, status):
    assert_act(read(sentence), "REQUEST", {actor}, recipients, status)


def test_the_hoped_for_act_is_no_act_of_its_own():
    """"would return to negotiations": the talks are hoped for, planned by no one."""
    events = read("Namibia said it hoped Zambia would return to negotiations.")
    assert [e.type for e in events] == ["REQUEST"]

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
from tests.conftest import assert_act, class_rows, events_of

OCC = "occurred"
DAY = date(2025, 10, 8)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 1. idioms of criticism (ACCUSE) and rejection (REJECT): the one criticized, or the owner of what is turned down
    "idioms_of_criticism_and_rejection": [
        ("The Bolivian president took aim at Paraguay over the river dam.", "ACCUSE", {"BOL"}, {"PRY"}, OCC, None),
        ("Norway's foreign minister hit out at Iceland over whaling quotas.", "ACCUSE", {"NOR"}, {"ISL"}, OCC, None),
        ("Egypt's president lashed out at Ethiopia over the dam.", "ACCUSE", {"EGY"}, {"ETH"}, OCC, None),
        ("Portugal brushed aside Spain's concerns about the nuclear plant.", "REJECT", {"PRT"}, {"ESP"}, OCC, None),
        ("Latvia shrugged off Russia's warnings about the exercises.", "REJECT", {"LVA"}, {"RUS"}, OCC, None),
        ("Uruguay did not take aim at Argentina in the speech.", "ACCUSE", {"URY"}, None, None, None),  # negated
        ("The Uruguayan striker took aim at the goal.", "ACCUSE", {"URY"}, None, None, None),  # no one criticized
        ("The Latvian farmer shrugged off the cold.", "REJECT", {"LVA"}, None, None, None),  # nothing put forward
    ],
    # 2. "X will pay the price": the speaker threatens X, wherever the speaker stands
    "the_side_that_will_pay_is_threatened_by_the_speaker": [
        ("\"Lithuania will pay the price for this provocation,\" the Belarusian defence minister said.",
         "THREATEN", {"BLR"}, {"LTU"}, OCC, None),
        ("\"Lithuania will surely pay a heavy price,\" Belarus's defence ministry said.",
         "THREATEN", {"BLR"}, {"LTU"}, OCC, None),
        ("Lithuania will pay the price for its provocation, the Belarusian defence minister said.",
         "THREATEN", {"BLR"}, {"LTU"}, OCC, None),
        ("\"Moldova will regret this decision,\" the Russian foreign ministry said.",
         "THREATEN", {"RUS"}, {"MDA"}, OCC, None),
        ("The Azerbaijani president said Armenia would face consequences.", "THREATEN", {"AZE"}, {"ARM"}, OCC, None),
        ("Belarus warned that Lithuania would pay a heavy price.", "THREATEN", {"BLR"}, {"LTU"}, OCC, None),
        ("\"Lithuania will not regret this decision,\" the Belarusian defence minister said.",
         "THREATEN", {"BLR"}, None, None, None),  # negated
        ("Lithuania paid a high price for the blockade, analysts said.",
         "THREATEN", {"LTU"}, None, None, None),  # past: no threat
        ("Farmers in Kenya will pay a heavy price for the drought, the UN said.",
         "THREATEN", {"UNO"}, None, None, None),  # hardship
        ("The Kenyan government will regret this, the Somali president said.",
         "THREATEN", {"SOM"}, {"KEN"}, OCC, None),  # office noun
    ],
    "a_quoted_obligation_is_asked_by_the_speaker_after_it": [
        ("\"Sudan must return the helicopter,\" Russia's foreign ministry said.",
         "REQUEST", {"RUS"}, {"SDN"}, OCC, None),
        ("Honduras must release the fishermen, the Nicaraguan foreign ministry said.",
         "REQUEST", {"NIC"}, {"HND"}, OCC, None),
    ],
    # 3. the words a speaker names something with are no act
    "a_naming_complement_is_no_act": [
        ("Belgrade condemned the Croatian military drills, branding them a rehearsal for an invasion.",
         "ASSAULT", set(), None, None, None),
        ("Minsk described the Polish troop buildup as preparation for an attack.", "ASSAULT", set(), None, None, None),
        ("Manila has long denounced the Chinese patrols as a prelude to an invasion.",
         "ASSAULT", set(), None, None, None),
    ],
    "the_naming_and_the_named_act_stay": [
        ("Beijing called the Taiwanese exercises preparation for war.",
         "ACCUSE", {"CHN"}, {"TWN"}, OCC, None),  # the naming accuses
        ("Minsk described the Polish troop buildup as preparation for an attack.",
         "MOBILIZE", {"POL"}, set(), OCC, None),  # named act
        ("Moldova called on Russia to withdraw its troops.",
         "REQUEST", {"MDA"}, {"RUS"}, OCC, None),  # 'called on': no naming
    ],
    # 4. a habit is background, no act of the story's day; a past act on a day is one
    "a_habit_is_no_event_of_the_day": [
        ("Hanoi has repeatedly criticized Chinese fishing fleets.", "ACCUSE", {"VNM"}, None, None, None),
        ("Ankara routinely condemns Greek military flights.", "ACCUSE", {"TUR"}, None, None, None),
        ("Seoul has long accused Tokyo of distorting history.", "ACCUSE", {"KOR"}, None, None, None),
        ("Ankara repeatedly condemned Greek military flights on Tuesday.",
         "ACCUSE", {"TUR"}, None, OCC, None),  # that day
        ("Ankara has condemned Greek military flights.", "ACCUSE", {"TUR"}, None, OCC, None),  # a perfect with no habit
    ],
    # 5. a hope that another side will act is a request to it
    "a_hope_that_another_side_acts_is_a_request": [
        ("The Kenyan president said he hoped Somalia would withdraw its claim.",
         "REQUEST", {"KEN"}, {"SOM"}, OCC, None),
        ("Namibia expressed hope that Angola would reopen the border.", "REQUEST", {"NAM"}, {"AGO"}, OCC, None),
        ("Thailand expressed the hope that Myanmar will release the detained journalists.",
         "REQUEST", {"THA"}, {"MMR"}, OCC, None),
        ("Croatia hoped Serbia would sign the treaty.", "REQUEST", {"HRV"}, {"SRB"}, OCC, None),
        ("Bhutan's king said he hoped to visit India soon.", "REQUEST", {"BTN"}, None, None, None),  # his own plan
        ("Tunisian officials said they hoped the summit would succeed.",
         "REQUEST", {"TUN"}, None, None, None),  # no side asked
        ("Tunisia said it hoped it would host the summit.", "REQUEST", {"TUN"}, None, None, None),  # itself
        ("Omani mediation raised hopes that Yemen would accept a truce.",
         "REQUEST", {"OMN"}, None, None, None),  # no one hopes
        ("Ukraine had no hope that Moldova would join the talks.", "REQUEST", {"UKR"}, None, None, None),  # negated
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


def test_the_hoped_for_act_is_no_act_of_its_own():
    """"would return to negotiations": the talks are hoped for, planned by no one."""
    events = read("Namibia said it hoped Zambia would return to negotiations.")
    assert [e.type for e in events] == ["REQUEST"]

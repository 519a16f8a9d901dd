"""English act triggers and their type sense: vows, 'not without consequences', rewards, offers, sent weapons.

1. vowing, promising or threatening retaliatory steps or countermeasures is a threat of them (PLOVER THREATEN, CAMEO
   138), not the promise of a cooperative act that 'vow' alone reads as AGREE (en_acts_additions.yaml entries vow,
   promise, threaten + retaliatory objects);
2. 'will not remain without consequences', 'would not go without a response': the threat said with 'without' and
   the answer it denies, read like 'will not go unanswered' (act_unanswered.without_answer; cue
   unanswered_without_objects); 'would not go without food' and an undenied future stay no threat;
3. an act noun before a vessel or craft names the vessel ('a navy patrol boat', 'attack ships'), no act of its
   own (cue compound_heads); a patrol done ('patrolled the waters') stays MOBILIZE.

Formerly tests/lang/test_acts_lex23.py; classes first read as "Act triggers and their type sense read by the lex23
session, one table per class, with sentences of our own (countries and officials outside the shared eval sets, the
seeds, the PLOVER gold and the lead's batches)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, events_of
from tests.event_sides import first_of

OCC = "occurred"
DAY = date(2026, 5, 2)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


# 1. vowing retaliatory steps
@pytest.mark.parametrize("text, actor, recipient", [
    ('"The expulsion is a hostile act," the Chinese foreign ministry spokesman said on Tuesday, vowing retaliatory '
     "steps after Canada ordered a Chinese diplomat out of the country.", "CHN", "CAN"),
    ("Belarus vowed countermeasures against Lithuania after Vilnius closed two border crossings.", "BLR", "LTU"),
    ("Algeria's foreign ministry promised retaliatory measures against France over the expulsion of its consul.",
     "DZA", "FRA"),
])
def test_vowed_retaliation_is_a_threat(text, actor, recipient):
    events = read(text)
    assert_act(events, "THREATEN", {actor}, {recipient}, OCC)  # the vow was made: the threat occurred
    assert_act(events, "AGREE", set(), None, None)


# 2. 'will not remain without consequences'
@pytest.mark.parametrize("text, actor", [
    ("Turkey's foreign minister said the Greek drills would not remain without consequences.", "TUR"),
    ("Serbia's defence minister said Kosovo's move would not go without a response.", "SRB"),
    ("Azerbaijan's foreign ministry said the Armenian shelling will not remain without an answer.", "AZE"),
])
def test_not_without_consequences_is_a_threat(text, actor):
    first = first_of(read(text), type="THREATEN")
    assert actor in {p.country for p in first.participants}


# 3. a vessel after an act noun
@pytest.mark.parametrize("text", [
    "The trawler was seized by an Indonesian navy patrol boat on Monday about 40 miles off Natuna.",
    "Two Vietnamese patrol vessels and a Philippine patrol ship were seen near the reef.",
    "Iran's navy showed off new attack boats at a ceremony in Bandar Abbas.",
])
def test_vessel_compound_is_no_act(text):
    events = read(text)
    assert not [e for e in events if e.type in ("MOBILIZE", "ASSAULT")], [(e.type, e.trigger) for e in events]


def test_patrol_done_stays_mobilize():
    assert_act(read("Vietnam's navy patrolled the waters near the reef on Monday."), "MOBILIZE", {"VNM"}, None, OCC)


def test_offer_to_mediate_stays_agree():
    assert_act(read("Qatar offered to mediate between Kenya and Somalia."), "AGREE", {"QAT"}, None, OCC)


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    "vowed_cooperation_stays_no_threat": [
        # a vow of cooperation is still the promise PLOVER codes AGREE
        ("Ghana vowed closer cooperation with Togo on border security.", "THREATEN", set(), None, None, None),
    ],
    "without_not_a_threat": [
        ("Farmers in Malawi said they would not go without food this winter.",
         "THREATEN", set(), None, None, None),  # nothing the speaker will answer
        ("Peru's president said the border dispute with Ecuador will remain without a solution for years.",
         "THREATEN", set(), None, None, None),  # not negated
    ],
    # 4. a reward or bounty offered to the public is no offer to a side (cue informational_objects)
    "reward_is_no_agreement": [
        ("The Treasury separately offered a reward of up to $2 million for information on the Iranian hackers.",
         "AGREE", set(), None, None, None),
        ("Colombia offered a bounty for the capture of the rebel commander.", "AGREE", set(), None, None, None),
        ("Mexico's attorney general announced a reward for tips on the missing students.",
         "AGREE", set(), None, None, None),
    ],
    # 5. a weapon word coordinated with what a sending act sends is one more thing sent (act_walk.sent_goods)
    "sent_weapons_are_no_attack": [
        ("\"Iran is sending soldiers and shells to help Russia kill Ukrainians,\" the Polish minister said.",
         "ASSAULT", set(), None, None, None),
        ("Belarus supplied tanks and missiles to the rebels, the report said.", "ASSAULT", set(), None, None, None),
        ("Laos is sending engineers and rockets to Myanmar's junta, the exiled government said.",
         "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Armenia sends troops and shells Azerbaijani villages, Baku said.", "ARM", "AZE"),  # a verb with its object
    ("Russia sent troops and bombed the Ukrainian city of Kharkiv on Monday.", "RUS", "UKR"),
])
def test_attack_after_sending_stays(text, actor, recipient):
    events = [e for e in read(text) if e.type == "ASSAULT"]
    assert events and actor in {p.country for p in events[0].participants}


# 6. backing a side's call is support of it, not CAMEO's truncated 'support + call (to boycott)' (deny_patterns)
@pytest.mark.parametrize("text, actor, recipient", [
    ("Britain said it supported Kenya's call for an immediate ceasefire.", "GBR", "KEN"),
    ("Brazil supports Chile's calls for a regional summit on migration.", "BRA", "CHL"),
    ("The Norwegian foreign ministry said it supported Finland's call for restraint, a spokesperson told reporters.",
     "NOR", "FIN"),
])
def test_supported_call_is_support(text, actor, recipient):
    events = read(text)
    assert_act(events, "SUPPORT", {actor}, {recipient}, OCC)
    assert_act(events, "ACCUSE", set(), None, None)

"""English acts: comitative subjects, joint measures, first-person quotes, denounced detentions, passive nouns.

1. a comitative phrase in the subject ("Portugal, together with Brazil, condemned", "Together with Brazil, Portugal
   urged") makes a joint act: both act (en.yaml comitative_before_re / comitative_gap_re, clauses.comitative_subject;
   coordination_re joins the two);
2. a quote that opens the sentence with its speaker's own side as subject ('"We condemn ...," the Kenyan foreign
   minister said') is that speaker's act: the trailing frame is the verb act's agent, not the parties of a meeting
   just reported, and not nobody (act_quotes.quoted_self_acts, cue quoted_self_subjects);
3. the speaker named right after a quote or in a trailing frame is the subject of the participle that follows it
   ('...," X told reporters, condemning Y') (en.yaml quote_speaker_*_re, clauses.quote_speaker);
4. denouncing someone's detention of others is ACCUSE against the detainer, not CAMEO's verbal defence (SUPPORT)
   (en_acts_additions.yaml deny_patterns);
5. a noun act that is its own passive verb's subject ("The aid was delivered through X") is no second act: the channel
   is no giver (act_passives.passive_patients);
6. the channel of a gift ("through UNICEF", "via the Red Cross") is never its recipient (act_channels.aid_channels);
7. a condemnation of "the continued attacks" judges an act though a series has no hit of its own
   (act_context.judges_an_act);
8. representations and démarches are diplomatic protests (ACCUSE disapprove), also as the second verb after a
   refusal ("opposed X and had lodged representations": act_clause.not_an_act);
9. an appositive after the asked party ("asked Chile, the region's largest producer, to") is skipped
   (act_window.appositive_end, act_walk.object_past_a_name);
10. a warning whose complement's subject is the warner's own side ("warned that Vilnius would respond with
   measures") names no addressee: it answers the acts just reported (act_answers.past_acting_subject); a
   spokesperson named with no state continues the voice just heard (en.yaml continued_spokesperson_re);
11. a statement "released" after talks is published, no release (act_clause.not_an_act, informational objects);
12. the other side's own statement in the same sentence ("A asked B ..., while B requested that A ...") is a second
   act (pipeline acts.added, answering_side);
13. an appeal to a collective with no state of its own ("urged its partners to", "called on the international
   community") stands with no recipient, and the owner in the phrase is not asked (act_addressees);
14. a demand for a release is addressed to the holder: the agent of the seizure ("the release of the boat seized by
   Peru") or the other side of the seizure just reported (act_addressees.release_demands);
15. a noun act owned by 'their' after a coordinated subject ("A and B began their annual drills") is both states'
   (act_owners.plural_owners, pipeline acts.nominal_actor: coordinated_owners), and a later condemnation of it is
   aimed at both.

Formerly tests/lang/test_en_act_news18.py; classes first read as "English act classes of issue 15 read by the en18
session on whole held-out articles, one table per class, each with sentences of our own across regions (none from
the shared eval sets, the seeds, the PLOVER gold, the lead's article batches or the news18 probe rows)"
(docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, events_of
from tests.event_sides import first_of

OCC, PLAN = "occurred", "planned"
DAY = date(2026, 3, 11)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


def acting(events, type_: str) -> set[str]:
    first = first_of(events, type=type_)
    return {p.country for p in first.participants}


# 1. a comitative phrase in the subject: both act
@pytest.mark.parametrize("sentence, kind, actors, recipients", [
    ("Portugal, together with Brazil, condemned the attack on Angola.", "ACCUSE", {"PRT", "BRA"}, {"AGO"}),
    ("Iceland along with Denmark condemned the strike on Ukraine.", "ACCUSE", {"ISL", "DNK"}, {"UKR"}),
    ("Together with Ghana, Togo urged Benin to reopen the border.", "REQUEST", {"GHA", "TGO"}, {"BEN"}),
    ("Malta, together with Cyprus and Greece, imposed sanctions on Libya.", "SANCTION", {"MLT", "CYP", "GRC"},
     {"LBY"}),
])
def test_a_comitative_subject_acts_with_the_subject(sentence, kind, actors, recipients):
    events = read(sentence)
    assert acting(events, kind) == actors
    assert_act(events, kind, actors, recipients, OCC)


@pytest.mark.parametrize("sentence, kind, actors", [
    ("Ecuador condemned the attack, which Peru carried out together with Bolivia.", "ACCUSE", {"ECU"}),  # not the subject
])
def test_a_comitative_phrase_elsewhere_adds_no_actor(sentence, kind, actors):
    events = read(sentence)
    assert actors <= acting(events, kind)
    if kind == "ACCUSE":
        assert acting(events, kind) == actors


def test_a_planned_joint_measure_is_planned_by_both():
    events = read("Portugal, together with Brazil, plans to impose sanctions on Angola.")
    assert acting(events, "SANCTION") == {"PRT", "BRA"}
    assert_act(events, "SANCTION", {"PRT", "BRA"}, {"AGO"}, PLAN)


def test_a_negated_joint_condemnation_is_none():
    assert_act(read("Portugal, together with Brazil, did not condemn the vote in Angola."), "ACCUSE", set(), None, None)


def test_met_together_with_stays_a_meeting_of_both():
    """A comitative after the verb is no subject; the meeting still has both."""
    events = read("Portugal met together with Brazil in Luanda on Monday.")
    assert_act(events, "CONSULT", {"PRT", "BRA"}, None, OCC)


def test_a_first_person_quote_after_a_meeting_is_the_speakers_alone():
    """After a meeting of two, the quoted 'we' of one named speaker is that speaker's side, not both parties."""
    text = ("Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Gerardo Werthein in Santiago "
            "on Monday.\n\n"
            '"We condemn the military cooperation between Iran and Venezuela," Werthein told reporters after the '
            "meeting.")
    assert acting(read(text), "ACCUSE") == {"ARG"}


@pytest.mark.parametrize("sentence", [
    '"Russia must withdraw its troops from Moldova," Romania said.',  # the quote names its own subject
    '"We condemn the launch by Peru," Chile said.',  # the noun act stays the owner's
])
def test_a_quote_naming_another_subject_keeps_it(sentence):
    events = read(sentence)
    owners = {"Russia": "RUS", "Peru": "PER"}
    if "launch" in sentence:
        assert acting(events, "ACCUSE") == {"CHL"}
        assert all(e.type != "MOBILIZE" or {p.country for p in e.participants} == {"PER"} for e in events)
    else:
        assert_act(events, "REQUEST", {"ROU"}, {owners["Russia"]}, OCC)


def test_a_negated_first_person_quote_is_no_condemnation():
    assert_act(read('"We do not condemn the vote in Bolivia," Peru said.'), "ACCUSE", set(), None, None)


def test_the_speaker_after_a_quote_with_a_meeting_is_not_both_parties():
    text = ("The Polish foreign minister hosted his Lithuanian counterpart in Warsaw on Tuesday.\n\n"
            '"This cannot stand," the Lithuanian minister told a joint news conference, condemning the drills by '
            "Belarus.")
    assert acting(read(text), "ACCUSE") == {"LTU"}


# 4. denouncing a detention accuses the detainer
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Chile denounced the detention of its citizens by Peru.", {"CHL"}, {"PER"}),
    ("Portugal, together with Brazil, denounced the detention of journalists in Angola.", {"PRT", "BRA"}, {"AGO"}),
])
def test_denouncing_a_detention_is_an_accusation(sentence, actors, recipients):
    events = read(sentence)
    assert_act(events, "ACCUSE", actors, recipients, OCC)
    assert_act(events, "SUPPORT", set(), None, None)


# 5. a noun act that is its own passive verb's subject is no second act
@pytest.mark.parametrize("text, kind, actors", [
    ("NAIROBI (Reuters) - Kenya sent food to Somalia on Monday. The aid was delivered through the Red Cross.", "AID",
     {"KEN"}),
    ("Estonia sent new drones to Ukraine on Monday. The aid was flown in via Poland.", "AID", {"EST"}),
    ("Estonia sent new drones to Ukraine on Monday. The aid was shipped via Poland.", "AID", {"EST"}),
])
def test_a_passive_noun_act_is_no_second_act(text, kind, actors):
    events = read(text)
    found = [e for e in events if e.type == kind]
    assert found and all({p.country for p in e.participants} == actors for e in found), \
        [(e.type, {p.country for p in e.participants}) for e in found]


@pytest.mark.parametrize("sentence, actor, recipients", [
    ("Aid from Japan was delivered to Tonga on Monday.", "JPN", {"TON"}),  # the giver named on the noun stays
    ("New sanctions were imposed on Belarus by Lithuania on Friday.", "LTU", {"BLR"}),
])
def test_a_passive_with_its_agent_keeps_the_act(sentence, actor, recipients):
    kind = "AID" if "Aid" in sentence else "SANCTION"
    assert_act(read(sentence), kind, {actor}, recipients, OCC)


# 6. the channel of a gift is not its recipient
@pytest.mark.parametrize("sentence, kind, status", [
    ("Japan provided $2 million in aid through UNICEF to flood victims in Malawi.", "AID", OCC),
    ("Japan provided $2 million in aid, through the World Food Programme and UNICEF, to flood victims in Malawi.",
     "AID", OCC),
    ("Norway sent medical supplies to Malawi via the Red Cross.", "AID", OCC),
    ("Norway will provide $3 million in aid to Malawi through UNICEF.", "AGREE", OCC),
])
def test_the_channel_of_a_gift_is_not_its_recipient(sentence, kind, status):
    actor = "JPN" if sentence.startswith("Japan") else "NOR"
    assert_act(read(sentence), kind, {actor}, {"MWI"}, status)


def test_a_company_making_representations_is_no_state_protest():
    assert_act(read("Officials said the company made representations to the tax office."), "ACCUSE", set(), None,
               None)


def test_a_spokesperson_after_an_attack_is_not_the_attacker():
    events = read("Belarus fired missiles at Lithuania. Spokeswoman Ona Petraitiene condemned the attack.")
    assert all(e.type != "ACCUSE" or "BLR" not in {p.country for p in e.participants} for e in events)


# 12. the other side's own act in the same sentence is a second act
@pytest.mark.parametrize("sentence, first, second", [
    ("Uruguay asked Brazil to protect investments, while Brazil requested that Uruguay raise the quota.",
     ("URY", "BRA"), ("BRA", "URY")),
    ("Mali accused Niger of arming rebels, while Niger accused Mali of hosting them.", ("MLI", "NER"), ("NER", "MLI")),
])
def test_the_other_sides_act_is_its_own(sentence, first, second):
    events = read(sentence)
    pairs = {(p.country, r.country) for e in events for p in e.participants for r in e.recipients}
    assert first in pairs and second in pairs, pairs


def test_the_same_act_told_twice_is_one():
    events = read("Uruguay asked Brazil to protect investments and urged Brazil to cut tariffs.")
    assert len([e for e in events if e.type == "REQUEST"]) == 1


# 13. an appeal to a collective: no recipient, and not dropped
@pytest.mark.parametrize("sentence, recipients, status", [
    ("Moldova urged its partners to speed up deliveries of gas.", set(), OCC),
    ("Latvia urged Ukraine's allies to send more air defence systems.", set(), OCC),
    ("Moldova called on the international community to help refugees.", set(), OCC),
    ("Moldova will urge its partners to speed up deliveries.", set(), PLAN),
    ("Moldova did not urge its partners to speed up deliveries.", None, None),
])
def test_an_appeal_to_a_collective_has_no_named_recipient(sentence, recipients, status):
    actor = "LVA" if sentence.startswith("Latvia") else "MDA"
    assert_act(read(sentence), "REQUEST", {actor} if status else set(), recipients, status)


def test_an_appeal_to_a_named_group_keeps_it():
    events = read("Moldova urged Romania and its other partners to speed up deliveries of gas.")
    found = [e for e in events if e.type == "REQUEST"]
    assert found and "ROU" in {r.country for r in found[0].recipients}


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 2. a first-person quote: the trailing speaker acts
    "a_first_person_quote_is_the_speakers_act": [
        ("\"We strongly condemn the attack on Sudan,\" the Kenyan foreign ministry said.",
         "ACCUSE", {"KEN"}, {"SDN"}, OCC, None),
        ("\"We condemn the shelling of Armenia,\" French President Emmanuel Macron said.",
         "ACCUSE", {"FRA"}, {"ARM"}, OCC, None),
        ("\"The government strongly condemns the continued raids on Somalia,\" Djibouti said in a statement.",
         "ACCUSE", {"DJI"}, {"SOM"}, OCC, None),
        ("\"We urge Venezuela to free the detained activists,\" the Colombian foreign minister said.",
         "REQUEST", {"COL"}, {"VEN"}, OCC, None),
    ],
    # 3. the speaker after a quote is the subject of the participle that follows
    "the_speaker_after_a_quote_does_the_participle": [
        ("\"This is a violation of our sovereignty,\" the Chilean foreign minister told reporters, condemning the "
         "Peruvian incursion.", "ACCUSE", {"CHL"}, {"PER"}, OCC, None),
        ('"We will respond," Chile said, urging Peru to withdraw its troops.', "REQUEST", {"CHL"}, {"PER"}, OCC, None),
        ("\"That is unacceptable,\" Estonian Prime Minister Kristen Michal said, condemning the strike by Belarus.",
         "ACCUSE", {"EST"}, {"BLR"}, OCC, None),
    ],
    # 7. condemning a series of attacks still judges an act
    "condemning_continued_attacks_is_an_accusation": [
        ("Ghana strongly condemned the continued attacks on civilians in Mali.", "ACCUSE", {"GHA"}, {"MLI"}, OCC, None),
        ("Ghana condemns the renewed attacks on civilians in Mali.", "ACCUSE", {"GHA"}, {"MLI"}, OCC, None),
        ("Ghana did not condemn the continued attacks on civilians in Mali.", "ACCUSE", {"GHA"}, None, None, None),
    ],
    # 8. representations and démarches are protests
    "representations_are_a_protest": [
        ("Vietnam lodged stern representations with China over the seizure of its fishing boat.",
         "ACCUSE", {"VNM"}, {"CHN"}, OCC, None),
        ("India made strong representations to Nepal over the new map.", "ACCUSE", {"IND"}, {"NPL"}, OCC, None),
        ("Canberra said it firmly opposed the listing and had lodged representations with Jakarta.",
         "ACCUSE", {"AUS"}, {"IDN"}, OCC, None),
        ("Laos did not lodge representations with Thailand.", "ACCUSE", {"LAO"}, None, None, None),
    ],
    # 9. an appositive after the asked party
    "an_appositive_after_the_asked_party_is_skipped": [
        ("Peru's president asked Brazil, the largest economy in the trade bloc, to help restart the talks.",
         "REQUEST", {"PER"}, {"BRA"}, OCC, None),
        ("Peru urged Chile, its southern neighbour, to reopen the border.", "REQUEST", {"PER"}, {"CHL"}, OCC, None),
        ("Peru criticized Chile, the largest economy in the bloc, for the new tariffs.",
         "ACCUSE", {"PER"}, {"CHL"}, OCC, None),
        ("Peru did not ask Brazil, the largest economy in the bloc, to help.", "REQUEST", {"PER"}, None, None, None),
    ],
    # 10. a warning about the warner's own response answers the acts just reported
    "a_warning_of_the_warners_response_answers_the_last_act": [
        ("Belarus imposed new sanctions on Lithuania. Lithuania's foreign ministry summoned the Belarusian envoy. "
         "Lithuanian Foreign Minister Kestutis Budrys warned that Vilnius would respond with retaliatory measures.",
         "THREATEN", {"LTU"}, {"BLR"}, OCC, None),
        ("Belarus imposed new sanctions on Lithuania. Lithuania's foreign ministry summoned the Belarusian envoy. "
         "Spokeswoman Ona Petraitiene warned that Vilnius would respond with retaliatory measures.",
         "THREATEN", {"LTU"}, {"BLR"}, OCC, None),
        ("Bolivia warned that La Paz would respond with retaliatory measures against Chile.",
         "THREATEN", {"BOL"}, {"CHL"}, OCC, None),
        ("Bolivia warned that Chile would pay a heavy price.", "THREATEN", {"BOL"}, {"CHL"}, OCC, None),
    ],
    # 11. a statement "released" after talks is published, not a release (RETREAT)
    "a_released_statement_is_no_release": [
        ("Chile and Peru condemned the raids by Bolivia, according to a joint statement released after the talks.",
         "RETREAT", set(), None, None, None),
        ("Peru said in a report published on Monday that Chile had released two prisoners.",
         "RETREAT", set(), None, None, None),
        ("Peru released two Chilean prisoners on Monday.", "RETREAT", {"PER"}, None, OCC, None),
    ],
    # 14. a demand for a release is addressed to the holder
    "a_demand_for_a_release_is_addressed_to_the_holder": [
        ("Chile called for the release of the fishing boat seized by Peru.", "REQUEST", {"CHL"}, {"PER"}, OCC, None),
        ("Chile demanded the release of the fishing boat seized by Peru.", "REQUEST", {"CHL"}, {"PER"}, OCC, None),
        ("Peru seized a Chilean fishing boat on Monday. Chile demanded the boat's immediate release.",
         "REQUEST", {"CHL"}, {"PER"}, OCC, None),
        ("Peru seized a Chilean fishing boat on Monday. Chile summoned Peru's ambassador, demanded the boat's "
         "immediate release and sent a frigate to the area.", "REQUEST", {"CHL"}, {"PER"}, OCC, None),
        ("Peru seized a Chilean fishing boat on Monday. Chile did not demand the boat's release.",
         "REQUEST", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


def test_a_demand_for_a_release_with_no_holder_named_is_no_event():
    assert_act(read("Chile demanded the immediate release of two activists."), "REQUEST", set(), None, None)


# 15. 'their' after a coordinated subject owns the noun act for both
# (plans56) a drill of two states is the joint drill, COOPERATE (the manual); one state's stays MOBILIZE
@pytest.mark.parametrize("text, kind, actors", [
    ("Chile and Peru began their annual military drills on Monday.", "COOPERATE", {"CHL", "PER"}),
    ("Bolivia test-fired missiles a day after Chile and Peru began their annual military drills.", "COOPERATE",
     {"CHL", "PER"}),
    ("Peru began its annual military drills on Monday.", "MOBILIZE", {"PER"}),
])
def test_their_drills_are_both_owners(text, kind, actors):
    found = [e for e in read(text) if e.type == kind and "drills" in e.trigger]
    assert found and {p.country for p in found[0].participants} == actors, found


def test_a_condemnation_of_their_drills_is_aimed_at_both():
    events = read("Chile and Peru began their annual military drills on Monday. "
                  "Bolivia denounced the drills as a rehearsal for invasion.")
    assert_act(events, "ACCUSE", {"BOL"}, {"CHL", "PER"}, OCC)

"""English acts: timetables and planned meetings, offers to host, shows of force near a state, modes asked.

1. a cooperative act on a timetable stated in the present ("is due to visit", "are scheduled to sign") is the
   actor's own plan (AGREE, planned), a forecast of a hostile act is not an intent (act_modality.scheduled);
2. a planned meeting read as AGREE is stated to the one it would meet: the visited or met state receives it
   (act_plover_reading.plover_reading `addressee`, pipeline act_recipient_readers.mutual_parties);
3. an offer to host or mediate talks between A and B is AGREE by the host to A and B, no planned meeting
   (en.yaml meeting_goal_before_re, language.meeting_triggers);
4. a show of force placed near, around or along another state faces it (MOBILIZE recipient), a destination or a
   place "in" which it is held does not (act_targets.facing_spans, the entries' target prepositions);
5. REJECT shares REQUEST's modes: what is turned down names the mode ("ruled out talks": meet), and a call for an
   official's resignation is a request for change (act_modes.request_modes, content_mode);
6. an obligation laid on a pair the speaker belongs to ("the two countries should") is no REQUEST by one on the
   other (act_obligations.self_inclusive);
7. a request whose infinitive changes a policy or institution ("urged X to repeal the law", "to hold elections") is
   REQUEST 'change'; one after its addressee ("urged X to release") takes the mode of what it asks
   (act_modes.change_asked, asked_to, CONTEXT_MODES);
8. a passive's object followed by its value ("Weapons worth $1 billion were supplied to X by Y") is still the
   object (act_window.object_ending_at);
9. a hostile measure named as a noun that the actor weighs ("is considering a ban on X") is a threat of it, made
   now (act_modes.considered_measures);
10. mediation between two sides is a meeting the mediator holds with both (CONSULT third-party), with or without a
   meeting noun (en.yaml meeting_mediation_re); an offer to mediate stays AGREE (class 3).

Formerly tests/lang/test_en_act_news16.py; classes first read as "English act classes of issue 15 read by the en16
session, one table per class, each with sentences of our own across regions (none from the shared eval sets, the
seeds, the PLOVER gold or the news10 probe rows)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 10, 8)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


def test_planned_talks_between_two_stay_mutual():
    """Two states that will hold talks with each other both act; no one receives."""
    assert_act(read("Nepal and Bhutan will hold talks on Friday."), "CONSULT", {"NPL", "BTN"}, set(), PLAN)


# 3. an offer to host or mediate is AGREE by the host to both parties; a hosted meeting stays a meeting
@pytest.mark.parametrize("sentence, actor, recipients", [
    ("Ghana offered to host talks between Mali and Burkina Faso.", "GHA", {"MLI", "BFA"}),
    ("Oman has offered to host negotiations between Iran and Bahrain.", "OMN", {"IRN", "BHR"}),
    ("Switzerland offered to mediate between Armenia and Azerbaijan.", "CHE", {"ARM", "AZE"}),
])
def test_an_offer_to_host_talks_is_an_agreement_to_both_parties(sentence, actor, recipients):
    events = read(sentence)
    assert_act(events, "AGREE", {actor}, recipients, OCC)
    assert_act(events, "CONSULT", set(), None, None)  # no meeting is planned by an offer


def test_hosted_talks_stay_a_third_party_meeting():
    events = read("Ghana hosted talks between Mali and Burkina Faso on Monday.")
    assert_act(events, "CONSULT", {"GHA", "MLI", "BFA"}, None, OCC, mode="third-party")


def test_a_negated_show_of_force_is_none():
    assert_act(read("Azerbaijan has not massed troops along its border with Armenia."), "MOBILIZE", set(), None, None)


def test_a_rejection_that_did_not_happen_has_no_mode_to_read():
    assert_act(read("The Ethiopian prime minister did not rule out talks with Eritrea."), "REJECT", set(), None, None)


# 6. an obligation on a pair the speaker belongs to is no request; a third party's obligation on named states is one
@pytest.mark.parametrize("sentence, requested", [
    ("Vietnam's president told his Lao counterpart that the two countries must boost trade.", False),
    ("The Peruvian president said both countries should deepen cooperation after meeting Ecuador's leader.", False),
    ("Mongolia's foreign minister said the two nations must expand rail links with China.", False),
    ("Kenya said Ethiopia and Somalia must return to talks.", True),
    ("Norway said Serbia must withdraw its troops from the border.", True),
])
def test_an_obligation_the_speaker_shares_is_no_request(sentence, requested):
    found = [e for e in read(sentence) if e.type == "REQUEST"]
    assert bool(found) == requested, [(e.type, e.participants) for e in found]


def test_a_refused_agreement_is_no_refusal_to_meet():
    (e,) = [e for e in read("Bangladesh refused to deploy peacekeepers in Haiti.") if e.type == "REJECT"]
    assert e.mode is None


def test_a_request_to_do_nothing_named_has_no_mode():
    (e,) = [e for e in read("Norway asked Sweden to help with the search.") if e.type == "REQUEST"]
    assert e.mode is None


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 1. a timetable in the present: a cooperative act is planned (AGREE); past plans and hostile forecasts are not
    # intent
    "a_timetable_is_a_plan": [
        ("The Uruguayan president is due to visit Brazil next month.", "AGREE", {"URY"}, None, PLAN, None),
        ("Laos and Cambodia are scheduled to sign a border treaty in June.", "AGREE", {"LAO"}, None, PLAN, None),
        ("Nepal's foreign minister is expected to meet his Bhutanese counterpart on Friday.",
         "AGREE", {"NPL"}, None, PLAN, None),
        ("Croatia and Slovenia are slated to sign a power-sharing accord this week.",
         "AGREE", {"HRV"}, None, PLAN, None),
        ("The Uruguayan president was due to visit Brazil, but the trip was cancelled.",
         "AGREE", {"URY"}, None, None, None),
        ("Armenia is expected to retaliate against Azerbaijan.", "THREATEN", {"ARM"}, None, None, None),
    ],
    # 2. a planned meeting is stated to the host or the one met
    "a_planned_meeting_is_stated_to_the_one_met": [
        ("The Uruguayan president will visit Brazil next month.", "AGREE", {"URY"}, {"BRA"}, PLAN, None),
        ("Nepal's foreign minister is set to meet his Bhutanese counterpart on Friday.",
         "AGREE", {"NPL"}, {"BTN"}, PLAN, None),
        ("The Omani foreign minister will meet Jordan's king in Amman on Sunday.",
         "AGREE", {"OMN"}, {"JOR"}, PLAN, None),
        ("The Malawian president plans to visit Zambia and Tanzania later this year.",
         "AGREE", {"MWI"}, {"ZMB", "TZA"}, PLAN, None),
        ("The Uruguayan president is due to visit Brasilia next month.",
         "AGREE", {"URY"}, {"BRA"}, PLAN, None),  # a city stands for its state
        ("The Laotian prime minister will visit Vientiane's old quarter next week.",
         "AGREE", set(), None, None, None),  # his own city: promised to no other side, no AGREE (agree58, lone_pledge)
    ],
    # 4. a show of force near another state faces it; a destination, a place 'in' and a raised watch face no one
    "a_show_of_force_faces_the_state_it_is_near": [
        ("Azerbaijan massed troops along its border with Armenia.", "MOBILIZE", {"AZE"}, {"ARM"}, OCC, None),
        ("North Korean warships staged drills near South Korea's islands on Tuesday.",
         "MOBILIZE", {"PRK"}, {"KOR"}, OCC, None),
        ("Belarus has deployed troops near the Lithuanian border.", "MOBILIZE", {"BLR"}, {"LTU"}, OCC, None),
        ("Iranian forces conducted military exercises around the United Arab Emirates' islands.",
         "MOBILIZE", {"IRN"}, {"ARE"}, OCC, None),
        ("Chile staged naval exercises in the Pacific.", "MOBILIZE", {"CHL"}, set(), OCC, None),
        ("Poland deployed troops to the border with Belarus.", "MOBILIZE", {"POL"}, {"BLR"}, OCC, None),  # enact48
        ("Poland deployed troops to Lithuania.", "MOBILIZE", {"POL"}, set(), OCC, None),
        ("Algeria stepped up surveillance along its border with Libya.", "MOBILIZE", {"DZA"}, set(), OCC, None),
        ("Kenyan troops massed near Nairobi ahead of the vote.", "MOBILIZE", {"KEN"}, set(), OCC, None),
    ],
    # 5. what is turned down or asked for names the mode of REJECT and REQUEST
    "what_is_turned_down_or_asked_names_the_mode": [
        ("The Ethiopian prime minister ruled out talks with the Tigrayan leadership.",
         "REJECT", {"ETH"}, None, OCC, "meet"),
        ("Guyana refused to meet Venezuelan officials.", "REJECT", {"GUY"}, None, OCC, "meet"),
        ("Chad refused to extradite the former minister to Sudan.", "REJECT", {"TCD"}, None, OCC, "assist"),
        ("Opposition parties in Senegal demanded the resignation of the interior minister.",
         "REQUEST", {"SEN"}, None, OCC, "change"),
        ("Thai protesters called for the resignation of the prime minister.", "REQUEST", {"THA"}, None, OCC, "change"),
    ],
    # 7. what a request asks to change, or asks after its addressee, names its mode
    "a_request_names_what_it_asks_to_change": [
        ("The European Commission asked Hungary to restore the independence of its judges.",
         "REQUEST", {"EUR"}, {"HUN"}, OCC, "change"),
        ("Algeria urged Tunisia to repeal the decree.", "REQUEST", {"DZA"}, {"TUN"}, OCC, "change"),
        ("France urged Guinea to hold elections before the end of the year.",
         "REQUEST", {"FRA"}, {"GIN"}, OCC, "change"),
        ("The United States urged Belarus to release the detained journalists.",
         "REQUEST", {"USA"}, {"BLR"}, OCC, "yield"),
        ("Japan urged Russia to resume peace talks.", "REQUEST", {"JPN"}, {"RUS"}, OCC, "meet"),
    ],
    # 8. a value after a passive's object
    "a_value_after_a_passive_object_keeps_the_object": [
        ("Weapons worth $1 billion were supplied to Morocco by Israel.", "AID", {"ISR"}, {"MAR"}, OCC, "military"),
        ("Military equipment worth $40 million was sent to Armenia by India.",
         "AID", {"IND"}, {"ARM"}, OCC, "military"),
        ("Weapons were supplied to Morocco by Israel.", "AID", {"ISR"}, {"MAR"}, OCC, "military"),
    ],
    # 9. a measure the actor weighs is threatened now; one not weighed, or only possible, is none
    "a_weighed_measure_is_a_threat": [
        ("Australia is considering a ban on imports of Chinese steel.", "THREATEN", {"AUS"}, {"CHN"}, OCC, None),
        ("Lithuania is weighing new sanctions on Belarus.", "THREATEN", {"LTU"}, {"BLR"}, OCC, None),
        ("Peru is mulling the expulsion of Bolivian diplomats.", "THREATEN", {"PER"}, {"BOL"}, OCC, None),
        ("Australia is not considering a ban on imports of Chinese steel.", "THREATEN", {"AUS"}, None, None, None),
        ("A possible ban on Chinese steel was discussed at the meeting.", "THREATEN", {"AUS"}, None, None, None),
    ],
    # 10. mediation is a third-party meeting; an offer of it is none
    "mediation_is_a_third_party_meeting": [
        ("Kuwait launched a mediation effort between Oman and Yemen on Sunday.",
         "CONSULT", {"KWT", "OMN", "YEM"}, None, OCC, "third-party"),
        ("Norway mediated between Colombia and Venezuela last year.",
         "CONSULT", {"NOR", "COL", "VEN"}, None, OCC, "third-party"),
        ("Angola is mediating between Rwanda and the Democratic Republic of Congo.",
         "CONSULT", {"AGO", "RWA", "COD"}, None, OCC, "third-party"),
        ("Norway offered to mediate between Colombia and Venezuela.", "CONSULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)

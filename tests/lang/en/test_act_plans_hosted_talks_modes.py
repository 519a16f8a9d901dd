"""English acts: timetables and planned meetings, offers to host, shows of force near a state, modes asked.

1. a cooperative act on a timetable stated in the present ("is due to visit", "are scheduled to sign") is the
   actor's own plan (AGREE, planned), a forecast of a hostile act is not an intent (act_clause.scheduled);
2. a planned meeting read as AGREE is stated to the one it would meet: the visited or met state receives it
   (act_frames.plover_reading `addressee`, pipeline act_recipients.mutual_parties);
3. an offer to host or mediate talks between A and B is AGREE by the host to A and B, no planned meeting
   (en.yaml meeting_goal_before_re, language.meeting_triggers);
4. a show of force placed near, around or along another state faces it (MOBILIZE recipient), a destination or a
   place "in" which it is held does not (act_targets.facing_spans, the entries' target prepositions);
5. REJECT shares REQUEST's modes: what is turned down names the mode ("ruled out talks": meet), and a call for an
   official's resignation is a request for change (act_modes.request_modes, content_mode);
6. an obligation laid on a pair the speaker belongs to ("the two countries should") is no REQUEST by one on the
   other (act_frames.self_inclusive);
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
from tests.conftest import assert_act, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 10, 8)


def read(sentence: str):
    return events_of(extract_text(sentence, published=DAY))


# 1. a timetable in the present: a cooperative act is planned (AGREE); past plans and hostile forecasts are not intent
@pytest.mark.parametrize("sentence, kind, actor, status", [
    ("The Uruguayan president is due to visit Brazil next month.", "AGREE", "URY", PLAN),
    ("Laos and Cambodia are scheduled to sign a border treaty in June.", "AGREE", "LAO", PLAN),
    ("Nepal's foreign minister is expected to meet his Bhutanese counterpart on Friday.", "AGREE", "NPL", PLAN),
    ("Croatia and Slovenia are slated to sign a power-sharing accord this week.", "AGREE", "HRV", PLAN),
    ("The Uruguayan president was due to visit Brazil, but the trip was cancelled.", "AGREE", "URY", None),
    ("Armenia is expected to retaliate against Azerbaijan.", "THREATEN", "ARM", None),
])
def test_a_timetable_is_a_plan(sentence, kind, actor, status):
    assert_act(read(sentence), kind, {actor}, None, status)


# 2. a planned meeting is stated to the host or the one met
@pytest.mark.parametrize("sentence, actor, recipients", [
    ("The Uruguayan president will visit Brazil next month.", "URY", {"BRA"}),
    ("Nepal's foreign minister is set to meet his Bhutanese counterpart on Friday.", "NPL", {"BTN"}),
    ("The Omani foreign minister will meet Jordan's king in Amman on Sunday.", "OMN", {"JOR"}),
    ("The Malawian president plans to visit Zambia and Tanzania later this year.", "MWI", {"ZMB", "TZA"}),
    ("The Uruguayan president is due to visit Brasilia next month.", "URY", {"BRA"}),  # a city stands for its state
    ("The Laotian prime minister will visit Vientiane's old quarter next week.", "LAO", set()),  # his own city
])
def test_a_planned_meeting_is_stated_to_the_one_met(sentence, actor, recipients):
    assert_act(read(sentence), "AGREE", {actor}, recipients, PLAN)


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


# 4. a show of force near another state faces it; a destination, a place 'in' and a raised watch face no one
@pytest.mark.parametrize("sentence, actor, recipients", [
    ("Azerbaijan massed troops along its border with Armenia.", "AZE", {"ARM"}),
    ("North Korean warships staged drills near South Korea's islands on Tuesday.", "PRK", {"KOR"}),
    ("Belarus has deployed troops near the Lithuanian border.", "BLR", {"LTU"}),
    ("Iranian forces conducted military exercises around the United Arab Emirates' islands.", "IRN", {"ARE"}),
    ("Chile staged naval exercises in the Pacific.", "CHL", set()),
    ("Poland deployed troops to the border with Belarus.", "POL", set()),
    ("Algeria stepped up surveillance along its border with Libya.", "DZA", set()),
    ("Kenyan troops massed near Nairobi ahead of the vote.", "KEN", set()),
])
def test_a_show_of_force_faces_the_state_it_is_near(sentence, actor, recipients):
    assert_act(read(sentence), "MOBILIZE", {actor}, recipients, OCC)


def test_a_negated_show_of_force_is_none():
    assert_act(read("Azerbaijan has not massed troops along its border with Armenia."), "MOBILIZE", set(), None, None)


# 5. what is turned down or asked for names the mode of REJECT and REQUEST
@pytest.mark.parametrize("sentence, kind, actor, mode", [
    ("The Ethiopian prime minister ruled out talks with the Tigrayan leadership.", "REJECT", "ETH", "meet"),
    ("Guyana refused to meet Venezuelan officials.", "REJECT", "GUY", "meet"),
    ("Chad refused to extradite the former minister to Sudan.", "REJECT", "TCD", "assist"),
    ("Opposition parties in Senegal demanded the resignation of the interior minister.", "REQUEST", "SEN", "change"),
    ("Thai protesters called for the resignation of the prime minister.", "REQUEST", "THA", "change"),
])
def test_what_is_turned_down_or_asked_names_the_mode(sentence, kind, actor, mode):
    assert_act(read(sentence), kind, {actor}, None, OCC, mode=mode)


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


# 7. what a request asks to change, or asks after its addressee, names its mode
@pytest.mark.parametrize("sentence, actor, recipient, mode", [
    ("The European Commission asked Hungary to restore the independence of its judges.", "EUR", "HUN", "change"),
    ("Algeria urged Tunisia to repeal the decree.", "DZA", "TUN", "change"),
    ("France urged Guinea to hold elections before the end of the year.", "FRA", "GIN", "change"),
    ("The United States urged Belarus to release the detained journalists.", "USA", "BLR", "yield"),
    ("Japan urged Russia to resume peace talks.", "JPN", "RUS", "meet"),
])
def test_a_request_names_what_it_asks_to_change(sentence, actor, recipient, mode):
    assert_act(read(sentence), "REQUEST", {actor}, {recipient} if recipient else None, OCC, mode=mode)


def test_a_request_to_do_nothing_named_has_no_mode():
    (e,) = [e for e in read("Norway asked Sweden to help with the search.") if e.type == "REQUEST"]
    assert e.mode is None


# 8. a value after a passive's object
@pytest.mark.parametrize("sentence, actor, recipient, mode", [
    ("Weapons worth $1 billion were supplied to Morocco by Israel.", "ISR", "MAR", "military"),
    ("Military equipment worth $40 million was sent to Armenia by India.", "IND", "ARM", "military"),
    ("Weapons were supplied to Morocco by Israel.", "ISR", "MAR", "military"),
])
def test_a_value_after_a_passive_object_keeps_the_object(sentence, actor, recipient, mode):
    assert_act(read(sentence), "AID", {actor}, {recipient}, OCC, mode=mode)


# 9. a measure the actor weighs is threatened now; one not weighed, or only possible, is none
@pytest.mark.parametrize("sentence, actor, recipient, status", [
    ("Australia is considering a ban on imports of Chinese steel.", "AUS", "CHN", OCC),
    ("Lithuania is weighing new sanctions on Belarus.", "LTU", "BLR", OCC),
    ("Peru is mulling the expulsion of Bolivian diplomats.", "PER", "BOL", OCC),
    ("Australia is not considering a ban on imports of Chinese steel.", "AUS", None, None),
    ("A possible ban on Chinese steel was discussed at the meeting.", "AUS", None, None),
])
def test_a_weighed_measure_is_a_threat(sentence, actor, recipient, status):
    assert_act(read(sentence), "THREATEN", {actor}, {recipient} if recipient else None, status)


# 10. mediation is a third-party meeting; an offer of it is none
@pytest.mark.parametrize("sentence, parties, status", [
    ("Kuwait launched a mediation effort between Oman and Yemen on Sunday.", {"KWT", "OMN", "YEM"}, OCC),
    ("Norway mediated between Colombia and Venezuela last year.", {"NOR", "COL", "VEN"}, OCC),
    ("Angola is mediating between Rwanda and the Democratic Republic of Congo.", {"AGO", "RWA", "COD"}, OCC),
    ("Norway offered to mediate between Colombia and Venezuela.", set(), None),
])
def test_mediation_is_a_third_party_meeting(sentence, parties, status):
    assert_act(read(sentence), "CONSULT", parties, None, status, mode="third-party" if status else None)

"""English acts: approved bids, home bodies, protests from states, promised aid, conditioned threats, departures.
A state's bid approved or ratified (SUPPORT, its owner the recipient); a state body named without its state (the
dateline's state, also when its act is coordinated with its saying); officials with a service word ('Egyptian
intelligence officials'); a protest from a state (no demonstration); a promise of aid to a territory; a hostile act
under a fronted 'unless' (a threat, mode expel for an expulsion); plan words as whole words ('Ruto met'); departures
naming the next meeting's place; fronted recalls ('A week after meeting X,') dated back; journeys (no AGREE); joint
operations (COOPERATE of both); 'no plans to'; 'riot police'; police sent (MOBILIZE); rallies and marches; a host
receiving a guest; aid received; pardons (CONCEDE); governments recognized; envoys expelled; 'ruled out'.

Formerly tests/lang/test_en_act_news4.py; classes first read as "English act classes the news4 probe
(bench/en_news_rows.py, `--family news4`, issues 13 and 15) and the last session's leftovers found unread or
misread, one test per class, each with three or more sentences of our own" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 3, 4)


def read(sentence: str, ptype: str):
    return events_of(extract_text(sentence, published=DAY), ptype)


# a body that decides a state's bid and approves it supports that state (PLOVER SUPPORT: endorse)
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Hungary's parliament approved Sweden's bid to join the alliance on Monday.", {"HUN"}, {"SWE"}),
    ("Turkey ratified Finland's accession to the alliance.", {"TUR"}, {"FIN"}),
    ("Mexico approved Peru's candidacy for the council seat.", {"MEX"}, {"PER"}),
    ("Ghana's lawmakers approved Togo's application for membership of the bloc.", {"GHA"}, {"TGO"}),
])
def test_approved_bid_is_support_for_its_owner(sentence, actors, recipients):
    (e,) = read(sentence, "SUPPORT")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status == OCC


@pytest.mark.parametrize("sentence", [
    "Kenya's parliament approved the budget on Monday.",  # no bid: nothing supported
    "Hungary's parliament did not approve Sweden's bid to join the alliance.",  # negated
])
def test_approval_of_no_bid_is_no_support(sentence):
    assert not read(sentence, "SUPPORT")


# a state body named without its state ('the foreign ministry', 'the presidential office') is of the state the
# report is filed from, also when its act is coordinated with its saying; with no dateline it names no one
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("LIMA, May 21 (Reuters) - The foreign ministry said the islands were its territory and rejected Japan's "
     "complaint.", {"PER"}, {"JPN"}),
    ("TOKYO, May 21 (Kyodo) - The government said the vessel had entered its waters and lodged a protest with "
     "China.", {"JPN"}, {"CHN"}),
    ("ACCRA, May 21 (AFP) - The foreign ministry stated that the border was closed and condemned Togo.", {"GHA"},
     {"TGO"}),
    ("LIMA, May 21 (Reuters) - The presidential office condemned Chile's decision.", {"PER"}, {"CHL"}),
    ("NAIROBI, May 21 (AFP) - The presidential office on Tuesday criticized Uganda.", {"KEN"}, {"UGA"}),
    ("SEOUL, May 21 (Yonhap) - The presidential office condemned North Korea's missile launch.", {"KOR"}, {"PRK"}),
])
def test_home_body_is_of_the_dateline_state(sentence, actors, recipients):
    (e,) = [e for e in extract_text(sentence, published=DAY).events if e.type in ("ACCUSE", "REJECT")]
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


@pytest.mark.parametrize("sentence, ptype", [
    ("The foreign ministry said the islands were its territory and rejected Japan's complaint.", "REJECT"),
    ("The foreign ministry said the talks had failed and condemned Chile.", "ACCUSE"),
    ("The government stated that the ship was seized and rejected Norway's protest.", "REJECT"),
])
def test_home_body_with_no_dateline_names_no_actor(sentence, ptype):
    assert not read(sentence, ptype)  # never the state the body acts on


# a service or portfolio word between a country word and its officials ('Egyptian intelligence officials') still names
# the state as a party, in each of coordinated objects of a host
@pytest.mark.parametrize("sentence, parties", [
    ("Qatar's emir hosted Hamas leaders and Egyptian intelligence officials in Doha on Monday.", {"QAT", "EGY"}),
    ("Qatar's emir met Egyptian intelligence officials in Doha on Monday.", {"QAT", "EGY"}),
    ("Indonesian finance officials held talks with Japanese health officials in Tokyo.", {"IDN", "JPN"}),
    ("Kenya's president hosted Ugandan border officials and Rwandan naval officers on Monday.",
     {"KEN", "UGA", "RWA"}),
])
def test_service_word_officials_are_their_state(sentence, parties):
    (e,) = read(sentence, "CONSULT")
    assert parties <= countries(e.participants) | countries(e.recipients)


@pytest.mark.parametrize("sentence", [
    "Teachers in Kenya staged a protest on Monday.",
    "Farmers in Lima held a protest against the new tax.",
])
def test_protest_of_people_stays_a_demonstration(sentence):
    assert read(sentence, "PROTEST")


# a promise of aid (AGREE) reaches whom the aid would: a territory or town after its "to" as its state
@pytest.mark.parametrize("sentence, recipients", [
    ("Qatar will provide aid to Gaza, the emir said.", {"PSE"}),
    ("Turkey will send relief supplies to the West Bank.", {"PSE"}),
    ("Egypt will send humanitarian aid to Khartoum.", {"SDN"}),
    ("Japan will provide loans to Kenya.", {"KEN"}),
])
def test_promised_aid_reaches_the_place_after_to(sentence, recipients):
    (e,) = read(sentence, "AGREE")
    assert countries(e.recipients) == recipients and e.status == OCC


@pytest.mark.parametrize("sentence", [
    "Kenya will hold talks with Uganda in Geneva.",  # a promised meeting: where it is held receives nothing
    "Japan will deploy troops to Okinawa.",  # a move planned (plans54b), aimed at no one
])
def test_promised_meeting_or_force_takes_no_place_as_recipient(sentence):
    events = [e for e in extract_text(sentence, published=DAY).events if e.type in ("AGREE", "THREATEN", "MOBILIZE")]
    assert all(not countries(e.recipients) & {"CHE", "JPN"} for e in events)


# a hostile act announced under a condition is a threat, the condition before or after it; its mode is the threatened
# act's content (an envoy expelled: expel)
@pytest.mark.parametrize("sentence, actors, recipients, mode", [
    ("Ruto said that unless Uganda released the sailors, he would expel its ambassador.", {"KEN"}, {"UGA"}, "expel"),
    ("Brazil said it would expel Morocco's ambassador unless the sailors were freed.", {"BRA"}, {"MAR"}, "expel"),
    ("Unless Chile withdraws its troops, Peru will recall its ambassador from Santiago.", {"PER"}, {"CHL"}, None),
    ("Unless Ecuador apologizes, Mexico will cut diplomatic ties, the president said.", {"MEX"}, {"ECU"}, None),
])
def test_conditioned_hostile_act_is_a_threat(sentence, actors, recipients, mode):
    (e,) = read(sentence, "THREATEN")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients
    assert mode is None or e.mode == mode
    assert not read(sentence, "SANCTION")


def test_announced_measure_without_condition_stays_a_measure():
    (e,) = read("Brazil will impose sanctions on Morocco next week.", "SANCTION")
    assert e.status == PLAN and not read("Brazil will impose sanctions on Morocco next week.", "THREATEN")


# a plan word is a whole word: a name ending in one ('Ruto', 'Ito', 'Soto') states no plan
@pytest.mark.parametrize("sentence", [
    "Kenyan President William Ruto met Polish President Andrzej Duda on Tuesday.",
    "Ruto held talks with Duda in Nairobi.",
    "Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart Javier Gonzalez-Olaechea on Monday.",
])
def test_name_ending_in_a_plan_word_is_no_plan(sentence):
    (e,) = read(sentence, "CONSULT")
    assert e.status == OCC


# a departure names where the traveller goes: the next meeting is held there, not in the dateline's city
@pytest.mark.parametrize("verb", ["departed for", "set off for", "left for", "headed for"])
def test_departure_places_the_next_meeting(verb):
    text = (f"ANKARA, May 21 (Reuters) - Turkish President Recep Tayyip Erdogan {verb} Jakarta on Monday.\n\n"
            "Erdogan held talks with Indonesian President Joko Widodo on Tuesday.")
    (e,) = events_of(extract_text(text, published=DAY), "CONSULT")
    assert e.location is not None and e.location.name == "Jakarta"


# a meeting recalled in a fronted clause ('A week after meeting X, ...') is dated back from the day its main clause
# states, as a trailing recall is; the main clause's act keeps its own day
@pytest.mark.parametrize("sentence, meeting_day", [
    ("A week after meeting Kenyan President William Ruto in Nairobi, Turkish President Recep Tayyip Erdogan "
     "condemned Syria on Friday.", date(2025, 2, 21)),
    ("Two days after meeting Kenyan President William Ruto in Nairobi, Turkish President Recep Tayyip Erdogan "
     "condemned Syria on Friday.", date(2025, 2, 26)),
    ("Turkish President Recep Tayyip Erdogan condemned Syria on Friday, two days after meeting Kenyan President "
     "William Ruto in Nairobi.", date(2025, 2, 26)),
])
def test_fronted_recall_is_dated_back_from_the_main_clause(sentence, meeting_day):
    events = extract_text(sentence, published=DAY).events
    (meeting,) = [e for e in events if e.type == "CONSULT"]
    (act,) = [e for e in events if e.type == "ACCUSE"]
    assert meeting.date == meeting_day and act.date == date(2025, 2, 28)
    assert countries(act.participants) == {"TUR"}


# a journey is no agreement ('flew to Cairo'); what is flown to someone is still sent
@pytest.mark.parametrize("sentence", [
    "Turkish President Recep Tayyip Erdogan flew to Cairo on Friday.",
    "Peruvian President Dina Boluarte flew to Quito on Monday.",
    "The Kenyan foreign minister flies to Accra next week.",
])
def test_journey_is_no_agreement(sentence):
    assert not read(sentence, "AGREE")


def test_flown_aid_is_aid():
    (e,) = read("Kenya flew relief supplies to Somalia.", "AID")
    assert countries(e.recipients) == {"SOM"}


# two states' forces acting together ('joint naval patrols', 'a joint operation') cooperate, both subjects acting
@pytest.mark.parametrize("sentence, actors", [
    ("Indonesia and Australia conducted joint naval patrols in the Timor Sea.", {"IDN", "AUS"}),
    ("Algeria and Tunisia began joint patrols along their border.", {"DZA", "TUN"}),
    ("Turkish and Iraqi police carried out a joint operation against smugglers.", {"TUR", "IRQ"}),
    ("Russia and China held joint naval drills on Monday.", {"RUS", "CHN"}),
])
def test_joint_operations_are_cooperation_of_both(sentence, actors):
    (e,) = read(sentence, "COOPERATE")
    assert countries(e.participants) | countries(e.recipients) == actors


# 'has no plans to', 'no intention of' deny the act as 'did not' does
@pytest.mark.parametrize("sentence, ptype", [
    ("Japan has no plans to impose sanctions on Myanmar, a spokesman said.", "SANCTION"),
    ("Chile has no intention of expelling Peru's ambassador.", "SANCTION"),
    ("Kenya has no plan to send troops to Somalia.", "MOBILIZE"),
])
def test_no_plans_to_is_no_act(sentence, ptype):
    assert not read(sentence, ptype) and not read(sentence, "THREATEN")


# 'riot police', 'riot gear' name police, not a riot; police sent or dispatched are mobilized
@pytest.mark.parametrize("sentence, code", [
    ("Kenya sent riot police to the capital ahead of the protests.", "KEN"),
    ("Peru dispatched police officers to the border town.", "PER"),
    ("The Greek government sent police to the port on Monday.", "GRC"),
])
def test_police_sent_are_mobilized_not_a_riot(sentence, code):
    (e,) = read(sentence, "MOBILIZE")
    assert countries(e.participants) == {code} and e.mode == "police" and not read(sentence, "PROTEST")


@pytest.mark.parametrize("sentence", [
    "Kurdish fighters in Syria attacked police stations on Tuesday.",
    "Rebels in Mali attacked police on Tuesday.",
    "Gunmen attacked policemen in northern Nigeria.",
])
def test_attacked_police_stays_an_attack(sentence):
    assert read(sentence, "ASSAULT")


def test_riot_police_are_no_riot():
    assert not read("Riot police fired tear gas at protesters in Nairobi.", "PROTEST")


# people rallying or marching in, through or to a place demonstrate; a hunger strike begun is a hunger strike
@pytest.mark.parametrize("sentence, code, mode", [
    ("Thousands of Georgians rallied in Tbilisi against the foreign agents law.", "GEO", "demo"),
    ("Serbian students marched through Belgrade on Saturday.", "SRB", "demo"),
    ("Peruvian farmers marched to the parliament in Lima.", "PER", "demo"),
    ("Bahraini activists went on hunger strike on Monday.", "BHR", "hunger"),
])
def test_rallies_and_marches_are_demonstrations(sentence, code, mode):
    (e,) = read(sentence, "PROTEST")
    assert code in countries(e.participants) and e.mode == mode


NO_PROTEST = {
    # a protest noun whose source after 'from'/'by' is a state, its capital or a state's voice is a diplomatic protest,
    # never a demonstration
    "protest_from_a_state_is_no_demonstration": [
        "Chile expelled two Peruvian diplomats on Monday, prompting a similar protest from Lima.",
        "Argentina summoned Chile's envoy, prompting a similar protest from Santiago.",
        "The decision drew a formal protest from the Kenyan foreign ministry.",
        "The seizure of the trawler brought a protest by Norway.",
    ],
    "other_rallies_and_marches_are_no_demonstration": [
        "Kenyan troops marched into the town.",
        "Kenyan lawmakers rallied behind the president.",
        "In March in Nairobi, Kenya condemned Uganda.",
    ],
}


@pytest.mark.parametrize("sentence", class_rows(NO_PROTEST))
def test_no_protest_is_read(sentence):
    assert not read(sentence, "PROTEST")


# a host receiving a guest named by title and name (name particles too) or by a country adjective and an office meets
@pytest.mark.parametrize("sentence, parties", [
    ("Morocco's king received the Spanish prime minister at the royal palace in Rabat.", {"MAR", "ESP"}),
    ("Indonesian President Joko Widodo received Egyptian President Abdel Fattah al-Sisi at the Merdeka Palace on "
     "Tuesday.", {"IDN", "EGY"}),
    ("Kenyan President William Ruto received the Ghanaian foreign minister in Nairobi.", {"KEN", "GHA"}),
])
def test_received_guest_is_a_meeting(sentence, parties):
    (e,) = read(sentence, "CONSULT")
    assert countries(e.participants) | countries(e.recipients) == parties


def test_received_proposal_is_no_meeting():
    assert not read("Kenya received the Spanish proposal on Monday.", "CONSULT")


# aid received: the receiver is the recipient, the giver after 'from' the actor; with no giver, no actor
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Kenya received $50 million in aid from Japan.", {"JPN"}, {"KEN"}),
    ("Sudan received food aid from Saudi Arabia on Monday.", {"SAU"}, {"SDN"}),
    ("Ukraine has obtained military aid from Germany.", {"DEU"}, {"UKR"}),
])
def test_received_aid_goes_to_the_receiver(sentence, actors, recipients):
    (e,) = read(sentence, "AID")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_received_aid_with_no_giver_names_no_actor():
    assert not read("Sudan has received food aid.", "AID")


# a pardon is CONCEDE whoever is pardoned (the manual: pardons, acquittals and amnesties concede; a release retreats)
@pytest.mark.parametrize("sentence", [
    "Myanmar's junta pardoned thousands of prisoners on Independence Day.",
    "The Cuban government pardoned 500 prisoners.",
    "Iran pardoned two French hostages on Monday.",
])
def test_pardon_is_a_concession(sentence):
    assert read(sentence, "CONCEDE") and not read(sentence, "RETREAT")


# a government or state recognized is the state named after 'of' or 'in' (a capital: its state)
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Argentina recognized the new government in Caracas on Friday.", {"ARG"}, {"VEN"}),
    ("Peru recognized the government of Bolivia on Monday.", {"PER"}, {"BOL"}),
    ("Spain recognized the state of Palestine in May.", {"ESP"}, {"PSE"}),
])
def test_recognized_government_is_its_state(sentence, actors, recipients):
    (e,) = read(sentence, "SUPPORT")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


# a state's envoys ordered out are expelled (SANCTION expel), not deported; other people stay deported
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Niger ordered the French ambassador to leave within 48 hours.", {"NER"}, {"FRA"}),
    ("Kenya ordered two Ugandan diplomats to leave the country.", {"KEN"}, {"UGA"}),
    ("Chile ordered the Peruvian envoy to leave within 72 hours.", {"CHL"}, {"PER"}),
])
def test_envoys_sent_away_are_expelled(sentence, actors, recipients):
    (e,) = read(sentence, "SANCTION")
    assert e.mode == "expel" and countries(e.participants) == actors and countries(e.recipients) == recipients
    assert not read(sentence, "COERCE")


def test_journalists_sent_away_are_deported():
    (e,) = read("Kenya deported two Ugandan journalists on Monday.", "COERCE")
    assert e.mode == "deport"


# what is ruled out names its other party after 'with' or as an owner
@pytest.mark.parametrize("sentence, recipients", [
    ("Sudan ruled out talks with Egypt.", {"EGY"}),
    ("Sudan's army chief ruled out negotiations with Chadian officials.", {"TCD"}),
    ("Peru ruled out Chile's proposal on Monday.", {"CHL"}),
])
def test_ruled_out_names_its_other_party(sentence, recipients):
    (e,) = read(sentence, "REJECT")
    assert countries(e.recipients) == recipients

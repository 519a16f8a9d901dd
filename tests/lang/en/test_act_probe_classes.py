"""English act classes the out-of-sample probe (bench/en_act_probe.py, issue 15) found unread: an act
reported in a "that" clause in the past perfect, and the Cues bundle as the one way the act readers
read their word lists. Every sentence here is our own.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import class_rows, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 3, 4)


ACT_READERS = ("acts", "act_clause", "act_context", "act_frames", "act_plover_reading", "act_means_modes",
               "act_rejected_objects", "act_window", "act_window_names",
               "act_near_words", "act_targets", "act_sides")


@pytest.mark.parametrize("module", ACT_READERS)
def test_act_readers_take_cues_from_the_bundle(module):
    """One way to read an English act cue: the `Cues` bundle the walk passes down."""
    source = (Path(__file__).resolve().parents[3] / "readout" / "lang" / "en" / f"{module}.py").read_text()
    assert not re.search(r"load_act_lexicon\(\"en\"\)|\.cue\(", source)


def test_verb_of_saying_without_that_keeps_its_object_act():
    (e,) = events_of(extract_text("Ghana announced sanctions against Togo on Monday.", published=DAY), "SANCTION")
    assert countries(e.participants) == {"GHA"} and countries(e.recipients) == {"TGO"}


def test_agent_of_another_act_noun_does_not_act():
    """"protests against the abuses by X": the abuses are X's, the protest is not."""
    found = events_of(extract_text("Finnish students staged protests against the reported abuses by Estonian "
                                   "guards.", published=DAY), "PROTEST")
    assert all("EST" not in countries(e.participants) for e in found)


@pytest.mark.parametrize("sentence", [
    "Radio reports said the army reported an attack on a border post.",
    "The ministry reports attacks on its embassy every week.",
])
def test_reporting_an_attack_is_no_attack_of_the_reporter(sentence):
    """CAMEO's REPORT patterns are dropped: the attack noun is the act, the verb only reports it."""
    assert [h.lemma for h in find_acts(sentence) if h.type == "ASSAULT"] == ["attack"]


OCCURRED = {
    # a verb of saying + "that" + past perfect: the reported act, not a relative clause's background
    "reported_past_perfect_after_that_is_an_act": [
        ("Brazil announced on Sunday that it had expelled two Uruguayan diplomats.", "SANCTION", {"BRA"}, {"URY"}),
        ("The Kenyan government confirmed that it had arrested three Tanzanian fishermen.", "COERCE", {"KEN"}, {"TZA"}),
        ("Peru's foreign office stated that it had condemned Bolivia over the border incident.", "ACCUSE",
         {"PER"}, {"BOL"}),
    ],
    # a verb of saying or an -ed verb of the clause before an act noun: the noun is its object, stated
    "act_noun_after_a_clause_verb_is_stated": [
        ("Local radio reported sanctions on Togo by Ghana on Friday.", "SANCTION", {"GHA"}, {"TGO"}),
        ("Officials confirmed airstrikes on Mali by Nigerien jets.", "ASSAULT", {"NER"}, {"MLI"}),
        ("Chadian rebels renewed attacks on Cameroon.", "ASSAULT", {"TCD"}, {"CMR"}),
    ],
}


@pytest.mark.parametrize("sentence, ptype, actors, recipients", class_rows(OCCURRED))
def test_the_one_act_has_exactly_its_sides_and_occurred(sentence, ptype, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status == OCC


# a future aid, release or concession read as AGREE keeps the one it would reach as recipient
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Norway said it would send emergency food aid to Yemen.", {"NOR"}, {"YEM"}),
    ("Ghana said it would release the detained Togolese traders.", {"GHA"}, {"TGO"}),
    ("Norway and Iceland agreed to cooperate on fisheries.", {"NOR", "ISL"}, set()),  # mutual: no one receives
])
def test_promise_reaches_its_recipient(sentence, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status in (OCC, PLAN)


# the AID mode from what is given (CAMEO 071-073 word sets and ours), never from the recipient
@pytest.mark.parametrize("sentence, mode", [
    ("Iceland sent food aid to Malawi on Monday.", "humanitarian"),
    ("Japan granted a loan to Kenya.", "economic"),
    ("Belarus supplied weapons to Sudan.", "military"),
    ("Iceland pledged emergency medical assistance to Malawi.", None),  # a pledge: AGREE, no AID mode
    ("Iceland sent aid to the Malawian military.", None),  # the recipient's words say nothing of the kind
])
def test_aid_mode_from_what_is_given(sentence, mode):
    found = events_of(extract_text(sentence, published=DAY), "AID")
    assert all(e.mode == mode for e in found) and (found or mode is None)


# what cooperation hands over reaches the state after the entry's preposition; a "with" party is a partner
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Portugal extradited two suspects to Brazil on Monday.", {"PRT"}, {"BRA"}),
    ("Portugal shared intelligence with Brazil.", {"PRT", "BRA"}, set()),
])
def test_cooperation_handed_over_has_a_recipient(sentence, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "COOPERATE")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_refused_extradition_is_no_cooperation():
    assert not events_of(extract_text("Portugal refused to extradite the suspects to Brazil.", published=DAY),
                         "COOPERATE")


# police and security units made ready are the manual's MOBILIZE police, not an occupation or a repression
@pytest.mark.parametrize("sentence", [
    "Lebanon deployed riot police around parliament on Monday.",
    "Lebanon has deployed security forces to the southern border.",
])
def test_deploying_police_is_mobilize_police(sentence):
    (e,) = events_of(extract_text(sentence, published=DAY), "MOBILIZE")
    assert (e.mode, e.status, countries(e.participants)) == ("police", OCC, {"LBN"})
    assert not events_of(extract_text(sentence, published=DAY), "COERCE")


def test_police_not_deployed_is_no_mobilization():
    assert not events_of(extract_text("Lebanon did not deploy riot police on Monday.", published=DAY), "MOBILIZE")


def test_active_verbal_attack_keeps_its_object():
    (e,) = events_of(extract_text("Serbia attacked the Kosovo government's policy.", published=DAY), "ACCUSE")
    assert countries(e.participants) == {"SRB"}


def test_release_of_an_owner_without_genitive_keeps_the_object_reading():
    """"the release of two Japanese fishermen" with no owner: no one is made its agent by the "of"."""
    found = events_of(extract_text("The release of two Japanese fishermen was welcomed.", published=DAY), "RETREAT")
    assert all("JPN" not in countries(e.participants) for e in found)


# the rest of a matched object's noun phrase ("food aid") is no second act escaping the verb's negation
@pytest.mark.parametrize("sentence", [
    "Estonia did not send food aid to Latvia.",
    "Estonia will not send medical aid to Latvia.",
])
def test_negated_verb_covers_its_whole_object(sentence):
    assert not events_of(extract_text(sentence, published=DAY), "AID")


def test_object_phrase_gives_one_aid_act():
    (e,) = events_of(extract_text("Estonia sent food aid to Latvia on Monday.", published=DAY), "AID")
    assert (e.mode, countries(e.participants), countries(e.recipients)) == ("humanitarian", {"EST"}, {"LVA"})


# a request takes the mode of the act it asks for (CAMEO's appeals for aid, to yield, for meetings)
@pytest.mark.parametrize("sentence, mode", [
    ("Haiti asked Canada for emergency aid on Monday.", "assist"),
    ("Cyprus demanded the withdrawal of Turkish troops.", "yield"),
    ("Haiti did not ask Canada for aid.", None),  # negated: no request at all
])
def test_request_mode_from_what_is_asked_or_demanded(sentence, mode):
    found = events_of(extract_text(sentence, published=DAY), "REQUEST")
    assert [e.mode for e in found] == ([mode] if mode else [])


# --- en-acts6: classes the probe's new frame families and the news probe found ---------------------------

# two readings of one verb and object as specific as each other: the target preposition after them
# chooses ("regret to X" an apology, CONCEDE; "regret over X's decision" a disapproval, ACCUSE)
@pytest.mark.parametrize("sentence, ptype, actors, recipients", [
    ("Ecuador's president expressed regret to Bolivia for the border incident.", "CONCEDE", {"ECU"}, {"BOL"}),
    ("Ecuador expressed regret over Bolivia's decision to close the border.", "ACCUSE", {"ECU"}, {"BOL"}),
    ("Ecuador expressed deep regret at Bolivia's decision.", "ACCUSE", {"ECU"}, {"BOL"}),
])
def test_target_preposition_chooses_the_reading(sentence, ptype, actors, recipients):
    found = events_of(extract_text(sentence, published=DAY))
    assert [(e.type, countries(e.participants), countries(e.recipients)) for e in found] == \
        [(ptype, actors, recipients)]


# the finder marks an appeal or warning whose addressee slot names no party; the pipeline addresses it
# to the other side of the acts just reported
@pytest.mark.parametrize("sentence, lemma, unaddressed", [
    ("Bolivia called for restraint.", "call for", True),
    ("Bolivia called on both sides to show restraint.", "call on", True),
    ("Bolivia urged maximum restraint.", "urge", True),
    ("Bolivia warned of serious consequences.", "warn", True),
    ("Bolivia warned that it would respond.", "warn", True),
    ("Bolivia called for the two countries to resume talks.", "call for", False),  # "X to (act)": X is asked
    ("Bolivia urged residents to stay indoors.", "urge", False),  # an addressee that is no state
    ("Bolivia urged Peru to show restraint.", "urge", False),
])
def test_unaddressed_appeal_is_marked(sentence, lemma, unaddressed):
    (h,) = [h for h in find_acts(sentence) if h.lemma == lemma]
    assert bool(h.data.get("unaddressed")) is unaddressed


@pytest.mark.parametrize("text, ptype, actors, recipients", [
    ("Peru fired two missiles into the sea on Monday. Bolivia called for restraint.", "REQUEST", {"BOL"}, {"PER"}),
    ("Bolivia called for restraint after Peru fired two missiles on Monday.", "REQUEST", {"BOL"}, {"PER"}),
    ("Peru and Chile deployed troops to the border on Monday. Bolivia warned of consequences.", "THREATEN",
     {"BOL"}, {"PER", "CHL"}),
])
def test_unaddressed_appeal_answers_the_acts_just_reported(text, ptype, actors, recipients):
    (e,) = events_of(extract_text(text, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


@pytest.mark.parametrize("text, ptype", [
    ("Bolivia called for restraint.", "REQUEST"),  # nothing reported to answer: no event
    ("Peru fired two missiles into the sea on Monday. Bolivia did not call for restraint.", "REQUEST"),
    ("Bolivia warned of consequences.", "THREATEN"),
])
def test_unaddressed_appeal_without_context_is_no_event(text, ptype):
    assert not events_of(extract_text(text, published=DAY), ptype)


# a pledge to support or defend a state is a promise of support made to it (AGREE, recipient)
@pytest.mark.parametrize("sentence, actors, recipients, status", [
    ("Canada pledged to defend Latvia against any attack.", {"CAN"}, {"LVA"}, OCC),
    ("Canada vowed to support Ukraine.", {"CAN"}, {"UKR"}, OCC),
])
def test_pledge_to_support_reaches_the_supported(sentence, actors, recipients, status):
    (e,) = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert (countries(e.participants), countries(e.recipients), e.status) == (actors, recipients, status)


def test_relative_clause_of_another_subject_does_not_act():
    """"The army, which Nigeria's government controls, attacked X": the owner sits inside the relative."""
    found = events_of(extract_text("The army, which Nigeria's government controls, attacked Cameroon.",
                                   published=DAY), "ASSAULT")
    assert all("NGA" not in countries(e.participants) for e in found)


# a request takes the mode of what it asks: an act noun after "for", an act verb right after "X to"
@pytest.mark.parametrize("sentence, mode", [
    ("Haiti asked Canada for aid on Tuesday.", "assist"),
    ("Haiti appealed to Canada for emergency food aid.", "assist"),
    ("Peru asked Chile to release the detained fishermen.", "yield"),
    ("Peru called on Chile to hold talks.", "meet"),
])
def test_request_mode_from_what_is_asked(sentence, mode):
    (e,) = events_of(extract_text(sentence, published=DAY), "REQUEST")
    assert e.mode == mode


def test_cause_clause_naming_no_state_leaves_no_addressee():
    assert not events_of(extract_text("Bolivia called for restraint after the talks collapsed.", published=DAY),
                         "REQUEST")


SIDES = {
    # a verb of saying + "(day) that": the clause after it takes the reporter as subject, whatever the verb
    "pronoun_after_announced_that_is_the_reporter": [
        ("Ghana's president announced on Wednesday that she had expelled two Togolese envoys.", "SANCTION",
         {"GHA"}, {"TGO"}),
        ("Chile's navy confirmed that it had detained six Peruvian fishermen.", "COERCE", {"CHL"}, {"PER"}),
    ],
    # a noun act with its target phrase and then its agent after "by": the agent acts, the target receives
    "noun_act_agent_after_by": [
        ("Radio reports described an attack on Benin by gunmen from Niger on Friday.", "ASSAULT", {"NER"}, {"BEN"}),
        ("The expulsion of Danish diplomats by Iceland surprised observers.", "SANCTION", {"ISL"}, {"DNK"}),
        ("Finland protested the seizure of a Finnish trawler by Estonian border guards.", "COERCE", {"EST"}, {"FIN"}),
        ("The arrest of Greek sailors by Albanian police was widely reported.", "COERCE", {"ALB"}, {"GRC"}),
    ],
    # in a passive the agent after "by" is neither the verb's particle nor its required object
    "passive_agent_is_no_object_or_particle": [
        ("Kosovo was attacked by the Serbian government on Monday.", "ASSAULT", {"SRB"}, {"XKX"}),
        ("Moldova was exonerated by Romania's president on Monday.", "CONCEDE", {"ROU"}, {"MDA"}),
    ],
    # noun acts: the genitive owner acts when an "of" phrase is the target; "from" names the giver of aid;
    # after an act adjective or at the start of a sentence, a word that could be a present verb is a noun
    "noun_act_owner_giver_and_noun_reading": [
        ("Turkey's deportation of Syrian refugees drew criticism on Sunday.", "COERCE", {"TUR"}, {"SYR"}),
        ("South Korea's release of two Japanese fishermen was welcomed.", "RETREAT", {"KOR"}, {"JPN"}),
        ("Aid to Haiti from Canada arrived on Monday.", "AID", {"CAN"}, {"HTI"}),
        ("Local radio reported new sanctions on Belarus by Lithuania.", "SANCTION", {"LTU"}, {"BLR"}),
        ("Sanctions on Belarus by Lithuania took effect on Monday.", "SANCTION", {"LTU"}, {"BLR"}),
    ],
    # a subject owned in the genitive keeps its verb over a relative clause between commas
    "owned_subject_over_a_relative_clause": [
        ("Nigeria's army, which is based in the north, attacked Cameroon on Tuesday.", "ASSAULT", {"NGA"}, {"CMR"}),
        ("Poland's president, who took office in May, praised Lithuania on Tuesday.", "SUPPORT", {"POL"}, {"LTU"}),
        ("Ecuador's government, which faces an election, expelled two Bolivian diplomats.", "SANCTION", {"ECU"},
         {"BOL"}),
    ],
    # an -ing act after a genitive owner is a noun: the owner acts, the "of" phrase receives
    "genitive_gerund_is_a_noun_act": [
        ("Peru's kidnapping of two Chilean engineers drew criticism on Sunday.", "ASSAULT", {"PER"}, {"CHL"}),
        ("Uruguay condemned Peru's shelling of Chilean border towns.", "ASSAULT", {"PER"}, {"CHL"}),
    ],
    # the subject of a cause clause after an unaddressed appeal or warning is whom it answers
    "cause_clause_names_the_addressee": [
        ("Estonian border guards fired warning shots after Russian soldiers briefly crossed the border.", "MOBILIZE",
         {"EST"}, {"RUS"}),
        ("Bolivia called for calm following Peru's missile launch on Sunday.", "REQUEST", {"BOL"}, {"PER"}),
    ],
    # two verbs joined by "and": the first verb's object is no subject of the second, the first's subject is
    "second_of_two_verbs_keeps_the_first_subject": [
        ("Ecuador condemned Bolivia and urged Peru to mediate.", "REQUEST", {"ECU"}, {"PER"}),
        ("Ecuador condemned Bolivia on Monday and urged Peru to mediate.", "REQUEST", {"ECU"}, {"PER"}),
        ("Nigeria's army shelled Cameroon and seized a Chadian cargo ship on Tuesday.", "COERCE", {"NGA"}, {"TCD"}),
        ("Canada threatened Peru with sanctions and imposed tariffs on Chile.", "SANCTION", {"CAN"}, {"CHL"}),
    ],
}


@pytest.mark.parametrize("sentence, ptype, actors, recipients", class_rows(SIDES))
def test_the_one_act_has_exactly_its_sides(sentence, ptype, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_coordinated_subjects_still_act_together():
    (e,) = events_of(extract_text("Ecuador and Peru condemned Bolivia.", published=DAY), "ACCUSE")
    assert countries(e.participants) == {"ECU", "PER"}


# what a threat names after "with" is its content (no act of its own) and gives the threat its mode
@pytest.mark.parametrize("sentence, mode, absent", [
    ("Canada threatened Peru with new sanctions.", "restrict", "SANCTION"),
    ("Peru fired two missiles and threatened Chile with nuclear strikes.", "violence", "ASSAULT"),
])
def test_threat_content_after_with(sentence, mode, absent):
    article = extract_text(sentence, published=DAY)
    (e,) = events_of(article, "THREATEN")
    assert e.mode == mode and not events_of(article, absent)


# the one an appeal or warning names in its addressee slot receives it, even a party of a meeting the
# sentence reports; what it warns against is no act of its own
@pytest.mark.parametrize("sentence, ptype, actors, recipients, absent", [
    ("Ecuador's foreign minister urged Peru to reopen the border during his talks with the Peruvian foreign "
     "minister.", "REQUEST", {"ECU"}, {"PER"}, None),
    ("Russia warned Finland against supplying weapons to Ukraine.", "THREATEN", {"RUS"}, {"FIN"}, "AID"),
    ("Ecuador expressed strong dissatisfaction with Peru over the fishing ban.", "ACCUSE", {"ECU"}, {"PER"}, None),
])
def test_addressee_slot_names_the_recipient(sentence, ptype, actors, recipients, absent):
    article = extract_text(sentence, published=DAY)
    (e,) = events_of(article, ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients
    assert absent is None or not events_of(article, absent)


def test_cause_clause_subject_after_a_number():
    (e,) = events_of(extract_text("Estonian guards fired warning shots after about 20 Russian soldiers crossed "
                                  "the border.", published=DAY), "MOBILIZE")
    assert countries(e.recipients) == {"RUS"}


# an attack's mode from its object noun's entry ("launched airstrikes") or its weapon ("with drones")
@pytest.mark.parametrize("sentence, mode", [
    ("Nigeria launched airstrikes on rebel camps in Niger.", "aerial"),
    ("Nigeria carried out drone strikes on rebel camps in Niger.", "drone"),
    ("Chadian forces struck a rebel base in Niger with drones.", "drone"),
    ("Chadian forces attacked the rebel base in Niger using artillery.", "heavy-weapons"),
])
def test_assault_mode_from_object_or_weapon(sentence, mode):
    (e,) = events_of(extract_text(sentence, published=DAY), "ASSAULT")
    assert e.mode == mode


def test_suspending_broadcasters_is_censorship():
    (e,) = events_of(extract_text("Mali's military government suspended French broadcasters.", published=DAY),
                     "COERCE")
    assert (e.mode, countries(e.participants), countries(e.recipients)) == ("censor", {"MLI"}, {"FRA"})


@pytest.mark.parametrize("sentence", [
    "The Canadian government lifted a ban on rallies in Ottawa.",  # a ban on rallies is no sanction
    "The ban on imports from Iran remains in place.",  # no one imposes it here
])
def test_ban_noun_without_trade_or_actor_is_no_sanction(sentence):
    assert not events_of(extract_text(sentence, published=DAY), "SANCTION")


@pytest.mark.parametrize("sentence, ptype, mode, actors", [
    ("Pakistan moved troops to its border with India.", "MOBILIZE", "troops", {"PAK"}),
    ("Turkish warplanes bombed rebel positions in northern Iraq.", "ASSAULT", "aerial", {"TUR"}),
    ("Colombian rebels freed two Venezuelan hostages on Monday.", "RETREAT", "release", {"COL"}),
])
def test_more_objects_and_subject_weapons(sentence, ptype, mode, actors):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert e.mode == mode and countries(e.participants) == actors


NO_ACT = {
    "relative_that_or_negated_report_is_no_act": [
        ("The envoy that had condemned Bolivia arrived in Lima on Monday.", "ACCUSE"),  # a relative "that"
        ("Brazil announced on Sunday that it had not expelled any Uruguayan diplomats.", "SANCTION"),  # negated
    ],
    "hearsay_adjective_keeps_its_noun_no_act": [
        ("Chad denied the reported attacks on Cameroon.", "ASSAULT"),  # after a determiner: hearsay
        ("Ghana criticized Togo for alleged abuses against protesters.", "ASSAULT"),
    ],
    "negated_or_other_reading_gives_no_event": [
        ("Estonian border guards did not fire warning shots at the Russian patrol boat.", "MOBILIZE"),
        ("Estonian border guards fired warning shots at a Russian patrol boat.", "ASSAULT"),  # not an attack
        ("Ecuador has not severed ties with Bolivia.", "SANCTION"),
    ],
    "no_act_from_free_trade_a_month_or_negation": [
        ("Colombia and Venezuela agreed to free trade.", "RETREAT"),  # "free" alone stays no act
        ("The aid workers held since March were released.", "PROTEST"),  # a month is no object ("hold a march")
        ("Pakistan did not move troops to the border.", "MOBILIZE"),
    ],
}


@pytest.mark.parametrize("sentence, ptype", class_rows(NO_ACT))
def test_no_act_of_the_type_is_read(sentence, ptype):
    assert not events_of(extract_text(sentence, published=DAY), ptype)


@pytest.mark.parametrize("text, recipients", [
    ("Iran fired a ballistic missile on Monday. Bahrain condemned the launch.", {"IRN"}),
    ("Russia attacked Kyiv with drones on Monday. Poland strongly condemned the attack.", {"RUS"}),
    ("Iran fired a ballistic missile on Monday. Bahrain condemned the latest provocation.", {"IRN"}),
])
def test_condemned_act_without_author_answers_the_acts_reported(text, recipients):
    (e,) = [e for e in events_of(extract_text(text, published=DAY), "ACCUSE")]
    assert countries(e.recipients) == recipients


@pytest.mark.parametrize("sentence, unaddressed", [
    ("Bahrain condemned the launch.", True),
    ("Bahrain condemned Iran's launch.", False),
    ("Bahrain condemned the attack on its embassy.", True),
    ("Bahrain condemned Iran.", False),
])
def test_condemnation_of_an_authorless_act_is_marked(sentence, unaddressed):
    (h,) = [h for h in find_acts(sentence) if h.type == "ACCUSE"]
    assert bool(h.data.get("unaddressed")) is unaddressed


# a threat or demand whose complement names a party is addressed by it, not by a cause clause after it
@pytest.mark.parametrize("sentence, ptype, recipients", [
    ("Kenyan police threatened to attack Chile on Tuesday after Peruvian troops shelled Bolivia.", "THREATEN",
     {"CHL"}),
    ("Kenya demanded that Uruguay withdraw its forces after Peruvian troops seized a ship.", "REQUEST", {"URY"}),
])
def test_named_complement_beats_the_cause_clause(sentence, ptype, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.recipients) == recipients


def test_object_is_never_past_another_verb():
    """"release the prisoners drew criticism": "criticism" is not the object of "release" (CAMEO's
    release + criticism, an ACCUSE)."""
    article = extract_text("Kenya's decision to release the Chilean prisoners drew criticism.", published=DAY)
    assert not events_of(article, "ACCUSE") and events_of(article, "RETREAT")


@pytest.mark.parametrize("sentence, ptype, mode, actors, recipients, status", [
    ("Norway delivered air defence systems to Ukraine.", "AID", "military", {"NOR"}, {"UKR"}, OCC),
    ("Chile barred the Peruvian delegation from entering the country.", "REJECT", None, {"CHL"}, {"PER"}, OCC),
    ("Thousands of Chileans rallied in Santiago to protest Peru's new tariffs.", "PROTEST", "demo", {"CHL"},
     {"PER"}, OCC),
])
def test_delivered_systems_barred_entry_gathered_protest(sentence, ptype, mode, actors, recipients, status):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert (e.mode, countries(e.participants), countries(e.recipients), e.status) == \
        (mode, actors, recipients, status)


def test_protest_still_to_be_held_is_not_occurred():
    found = events_of(extract_text("Chilean farmers plan to rally to protest Peru's tariffs.", published=DAY),
                      "PROTEST")
    assert all(e.status != OCC for e in found)


MODES = {
    # the manual's modes where the object names them: breaking relations is 'discontinue', leaving talks
    # 'withdraw', handing over weapons 'disarm', banning publications 'censor', warning shots a show of force (no mode)
    "mode_named_by_the_object": [
        ("Ecuador severed diplomatic ties with Bolivia on Monday.", "SANCTION", "discontinue", {"ECU"}, {"BOL"}),
        ("Ecuador broke off relations with Bolivia.", "SANCTION", "discontinue", {"ECU"}, {"BOL"}),
        ("Ecuador broke off talks with Bolivia.", "SANCTION", "withdraw", {"ECU"}, {"BOL"}),
        ("Chadian rebels handed over weapons to Cameroon on Monday.", "RETREAT", "disarm", {"TCD"}, {"CMR"}),
        ("Chadian rebels handed over two captured soldiers to Cameroon.", "RETREAT", "release", {"TCD"}, {"CMR"}),
        ("Ecuador banned Bolivia's newspapers on Monday.", "COERCE", "censor", {"ECU"}, {"BOL"}),
        ("Ecuador banned imports from Bolivia on Monday.", "SANCTION", "discontinue", {"ECU"}, {"BOL"}),
        ("Estonian border guards fired warning shots at a Russian patrol boat.", "MOBILIZE", None, {"EST"}, {"RUS"}),
        ("Estonian border guards fired shots at a Russian patrol boat.", "ASSAULT", "firearms", {"EST"}, {"RUS"}),
    ],
    "nouns_and_objects_added_for_news": [
        ("Canada announced a ban on exports of drones to Iran.", "SANCTION", "discontinue", {"CAN"}, {"IRN"}),
        ("Iran conducted a test of a new cruise missile on Sunday.", "MOBILIZE", "weapons", {"IRN"}, set()),
        ("Norway returned two Russian fishermen to Russia.", "RETREAT", "release", {"NOR"}, {"RUS"}),
    ],
    "boycotted_products_and_executions": [
        ("Chilean consumers boycotted Peruvian products over the dispute.", "PROTEST", "boycott", {"CHL"}, {"PER"}),
        ("Iran executed a Swedish national accused of spying.", "ASSAULT", "targeted", {"IRN"}, {"SWE"}),
        ("Iran hanged a Swedish-Iranian dual national.", "ASSAULT", "targeted", {"IRN"}, {"SWE"}),
    ],
}


@pytest.mark.parametrize("sentence, ptype, mode, actors, recipients", class_rows(MODES))
def test_the_one_act_has_its_mode_and_sides(sentence, ptype, mode, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert (e.mode, countries(e.participants), countries(e.recipients)) == (mode, actors, recipients)


@pytest.mark.parametrize("sentence", ["Chile executed the plan on Monday.", "Chile released new products on Monday."])
def test_executing_a_plan_or_releasing_products_is_no_act(sentence):
    assert not events_of(extract_text(sentence, published=DAY))


def test_condemned_launch_reported_sentences_before():
    """Only conflict acts are answered: a planned meeting in between is no author of the launch."""
    text = ("Iran launched a ballistic missile on Thursday. The U.N. Security Council will hold an emergency "
            "meeting on Friday. Bahrain and Qatar condemned the launch.")
    (e,) = events_of(extract_text(text, published=DAY), "ACCUSE")
    assert countries(e.recipients) == {"IRN"}


@pytest.mark.parametrize("text", [
    "Iran fired a missile on Monday. Russia and China blocked a U.S.-led push for new sanctions.",
    "Iran fired a missile on Monday. He stressed the need for steady diplomatic coordination to deter Iran.",
])
def test_no_unaddressed_appeal_from_a_noun_or_a_named_infinitive_subject(text):
    found = events_of(extract_text(text, published=DAY), "REQUEST")
    assert all("IRN" not in countries(e.recipients) or "IRN" in countries(e.participants) for e in found)

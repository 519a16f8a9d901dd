"""English act sides: object pronouns, 'it' going on with the side just acting, judged measures, participles.
- an object pronoun ('accused him of ...') with no antecedent in its sentence and no topic is the person the sentences
  before named last, not its clause's subject (pipeline/mentions.named_before); 'her of' is an object (en.yaml);
- a sentence coding no act that ends on a bare body's voice ('..., the navy said in a statement.') keeps the side just
  acting speaking: the next 'It accused ...' goes on with it (Language.closing_voice, act_voices.voice_went_on);
- 'stands (firmly) with X' and a qualified commitment to X's defence support X; 'take proportionate measures if ...'
  threatens (scripts/data/en_acts_additions.yaml).

Formerly tests/lang/test_en_sides28.py; classes first read as "English act sides and triggers, session 19 round 2
(en28), end to end on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import class_rows
from tests.event_sides import sides

DAY = "2026-05-02"


def test_an_object_pronoun_skips_its_clauses_subject():
    from readout.pipeline.mentions import DocPeople, named_before
    from readout.model import Entity
    people = DocPeople()
    a, b = (Entity(id=i, kind="person", name=i, country=c) for i, c in (("p-a", "PER"), ("p-b", "BOL")))
    people.add(a, None, 0)
    people.add(b, None, 10)
    assert named_before(people, {"p-b"}, 50).id == "p-a"  # never the subject of the pronoun's own clause
    assert named_before(people, set(), 50).id == "p-b"  # else the latest named
    assert named_before(people, set(), 5).id == "p-a"  # only people named before the pronoun


ACCUSATIONS = {
    "an_object_pronoun_is_the_person_named_before": [
        ("Chilean police detained Peruvian senator Rosa Maria Palacios in Santiago on Monday. Chile accused him of "
         "inciting unrest.", "CHL", "PER"),
        ("Honduran police arrested Nicaraguan senator Julio Cesar Baltodano in Tegucigalpa. Honduras's interior "
         "ministry accused him of smuggling arms.", "HND", "NIC"),
        ("Ecuador's police held Colombian senator Maria Fernanda Cabal at the airport. Quito accused her of "
         "insulting the president.", "ECU", "COL"),
    ],
    "it_after_a_bare_bodys_statement_goes_on_with_the_side_just_acting": [
        ("Argentina's navy said on Sunday it had seized a Chilean fishing boat. The boat was escorted to Ushuaia by a "
         "patrol ship, the navy said in a statement. It accused the crew of switching off the transponder.",
         "ARG", "CHL"),
        ("Senegal's navy said it had seized a Gambian trawler on Friday. The trawler was towed to Dakar, the navy "
         "said. It accused the captain of fishing without a licence.", "SEN", "GMB"),
    ],
}


@pytest.mark.parametrize("text, actor, recipient", class_rows(ACCUSATIONS))
def test_the_accusation_has_its_sides(text, actor, recipient):
    found = sides(text, "ACCUSE", DAY)
    assert any(actor in a and recipient in r for a, r in found), found


def test_it_after_a_sentence_with_no_voice_has_no_side():
    text = ("Argentina's navy said on Sunday it had seized a Chilean fishing boat. Heavy storms hit the south on "
            "Monday. It accused the crew of switching off the transponder.")
    assert not any("ARG" in a for a, _ in sides(text, "ACCUSE", DAY)), sides(text, "ACCUSE", DAY)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Japan stands with the Philippines, the Japanese foreign minister said on Tuesday.", "SUPPORT", "JPN", "PHL"),
    ("Brazil stands firmly with Argentina in the dispute.", "SUPPORT", "BRA", "ARG"),
    ("Britain reaffirmed its unwavering commitment to Estonia's defence on Monday.", "SUPPORT", "GBR", "EST"),
    ("Sweden said it would take proportionate measures if Russia kept jamming its flights.", "THREATEN", "SWE", "RUS"),
])
def test_new_triggers(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text, kind", [
    ("The soldier stood with his unit during the parade.", "SUPPORT"),
    ("The bank took proportionate measures against fraud last year.", "THREATEN"),
])
def test_no_new_trigger_without_a_side(text, kind):
    assert not [e for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile's navy said in a statement that a trawler had been taken to Arica. It accused Peru of ignoring the ruling.",
     "CHL", "PER"),
    ("Norway's coast guard said on Monday that two trawlers had left the zone. It accused Iceland of breaking the "
     "quota deal.", "NOR", "ISL"),
])
def test_it_after_a_statement_with_no_act_goes_on_with_its_state(text, actor, recipient):
    found = sides(text, "ACCUSE", DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found


def test_it_after_a_statement_of_analysts_has_no_state():
    text = "Analysts in Oslo said the trawlers had left the zone. It accused Iceland of breaking the quota deal."
    assert not any("NOR" in a for a, _ in sides(text, "ACCUSE", DAY)), sides(text, "ACCUSE", DAY)


@pytest.mark.parametrize("text, actor, wrong", [
    ("A French foreign ministry spokesperson said Paris stood firmly with its allies in the face of \"reckless\" "
     "naval activity by Iran.", "FRA", "IRN"),
    ("Canada expressed support for its partners against pressure from Venezuela.", "CAN", "VEN"),
])
def test_support_for_a_collective_takes_no_state_it_faces(text, actor, wrong):
    found = sides(text, "SUPPORT", DAY)
    assert not any(wrong in r for _, r in found), found


def test_support_for_a_named_state_keeps_it():
    found = sides("Canada expressed support for Guyana against pressure from Venezuela.", "SUPPORT", DAY)
    assert any("GUY" in r and "VEN" not in r for _, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russian drones struck Kyiv on Monday. Britain imposed sanctions on three Russian banks on Tuesday. Belarus "
     "condemned the sanctions.", "BLR", "GBR"),
    ("Sudan shelled a border town on Monday. Egypt detained 14 Sudanese traders on Tuesday. Khartoum condemned the "
     "detention.", "SDN", "EGY"),
    ("Iran fired missiles at Israel on Monday. Greece seized an Iranian tanker on Tuesday. Iran condemned the seizure "
     "as piracy.", "IRN", "GRC"),
])
def test_a_judged_measure_is_the_last_measures_not_the_last_attackers(text, actor, recipient):
    found = sides(text, "ACCUSE", DAY)
    assert any(actor in a and r == [recipient] for a, r in found), found


def test_a_judged_launch_still_answers_the_launcher():
    text = ("North Korea fired a missile on Monday. Britain imposed sanctions on a Russian bank on Tuesday. Japan "
            "condemned the launch.")
    found = sides(text, "ACCUSE", DAY)
    assert any("JPN" in a and "PRK" in r for a, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile said Bolivian troops had crossed the border first, an account Bolivia's defence ministry rejected.",
     "BOL", "CHL"),
    ("Kenya said Ugandan boats had entered its waters, a claim Uganda dismissed on Monday.", "UGA", "KEN"),
    ("Laos said Thai planes had bombed a village, a version Thailand's army flatly rejected.", "THA", "LAO"),
])
def test_a_fronted_account_is_rejected_at_its_teller(text, actor, recipient):
    found = sides(text, "REJECT", DAY)
    assert any(actor in a and r == [recipient] for a, r in found), found


def test_a_rejection_with_its_own_object_keeps_it():
    from readout.lang.en.act_rejected_objects import fronted_rejections
    from readout.lang.en.act_matcher import matcher
    from readout.lang.en.act_tokens import tokenize
    text = "Kenya said the claim was old, and Uganda rejected the offer."
    hits = [h for h in find_acts(text) if h.type == "REJECT"]
    assert hits and not any(h.data.get("target_spans") == ((0, text.index(",")),)
                            for h in fronted_rejections(tokenize(text), hits, matcher().cues))


def test_a_small_clauses_pronoun_is_no_actor():
    text = ("Peruvian police detained Chilean senator Rosa Maria Palacios on Monday. A court in the southern town of "
            "Tacna on Tuesday ordered him held in custody for 30 days.")
    assert not any("CHL" in a for a, _ in sides(text, "COERCE", DAY)), sides(text, "COERCE", DAY)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Chile freed a Peruvian trawler on Friday, hours after seizing it.", "COERCE", "CHL", "PER"),
    ("Kenya recalled its envoy from Uganda on Monday, hours after summoning the Ugandan ambassador.", "ACCUSE", "KEN",
     "UGA"),
    ("Fiji expelled two Tongan diplomats, shortly after accusing Tonga of spying.", "ACCUSE", "FJI", "TON"),
])
def test_a_participle_after_after_is_the_main_subjects_act(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found


def test_a_participle_with_its_own_subject_keeps_it():
    text = "Kenya recalled its envoy from Uganda on Monday after Tanzania began summoning Ugandan diplomats."
    assert not any("KEN" in a for a, _ in sides(text, "ACCUSE", DAY)), sides(text, "ACCUSE", DAY)


@pytest.mark.parametrize("text, actor, recipient", [
    ("India struck militant camps in Pakistan on Tuesday. Pakistan's army said it would not leave the attack "
     "unanswered.", "PAK", "IND"),
    ("Tajikistan shelled a Kyrgyz village on Monday. \"We will not let this aggression go unpunished,\" the Kyrgyz "
     "defence minister said.", "KGZ", "TJK"),
])
def test_leaving_an_act_unanswered_threatens_its_author(text, actor, recipient):
    found = sides(text, "THREATEN", DAY)
    assert any(actor in a and r == [recipient] for a, r in found), found
    assert not any(actor in a and not r for a, r in found), found  # the answered act is no threat of its own


def test_leaving_something_else_is_no_threat():
    text = "Tajikistan shelled a Kyrgyz village on Monday. Kyrgyzstan said it would not leave the village without power."
    assert sides(text, "THREATEN", DAY) == []


def test_a_participle_days_before_is_left_to_the_story():
    text = "Chile freed a Peruvian trawler on Friday, four days after seizing it."
    assert not any(h.data.get("agent_span") for h in find_acts(text) if h.type == "COERCE")

"""English act constructions that hid an act or its sides (issues 13, 15, 16): a quoted name inside a
required object, a required object standing as a passive's subject, the names of a passive's agent
list, a country compound modifying a noun, a future adjective before name modifiers, a designation of
people as sanctions targets, and an act said to be recent. Every sentence here is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import countries, events_of

OCC, PLAN = "occurred", "planned"


def hit(sentence: str, lemma: str):
    found = [h for h in find_acts(sentence) if h.lemma == lemma]
    assert found, f"no {lemma!r} in {[(h.lemma, h.type) for h in find_acts(sentence)]}"
    return found[0]


# a quoted name inside the object phrase: the object is still found (sentence, status)
@pytest.mark.parametrize("sentence, status", [
    ('Ankara and Baku signed a "strategic alliance pact" on Friday.', OCC),
    ("Ankara and Baku signed a “Comprehensive Alliance Treaty” in the capital.", OCC),
    ('Ankara and Baku will sign a "strategic alliance pact" next week.', PLAN),
])
def test_quoted_name_in_object_phrase(sentence, status):
    h = hit(sentence, "sign")
    assert (h.type, h.status) == ("AGREE", status) and h.data["object"] in ("pact", "treaty")


def test_quote_right_after_the_verb_opens_speech_not_an_object():
    assert not [h for h in find_acts('The envoy signed "the letter" and said "a treaty will follow".')
                if h.lemma == "sign"]


# a required object as the subject of a passive: (sentence, actors, status)
@pytest.mark.parametrize("sentence, actors, status", [
    ("A joint statement was issued by Ghana and Togo on Monday.", {"GHA", "TGO"}, OCC),
    ("A joint communique will be adopted by Ghana and Togo.", {"GHA", "TGO"}, PLAN),
    # every name of the agent's list acts, not only the first
    ("The following joint declaration was released by the governments of Ghana, Togo, and Benin.",
     {"GHA", "TGO", "BEN"}, OCC),
])
def test_passive_joint_statement_is_agreed_by_its_agents(sentence, actors, status):
    (e,) = events_of(extract_text(sentence, published=date(2025, 3, 4)), "AGREE")
    assert countries(e.participants) == actors and e.status == status


@pytest.mark.parametrize("sentence", [
    "No joint statement was issued by Ghana and Togo.",
    "The annual report was released by Ghana on Monday.",  # a piece of information: no agreement
])
def test_negated_or_informational_passive_is_no_agreement(sentence):
    assert not events_of(extract_text(sentence, published=date(2025, 3, 4)), "AGREE")


def test_passive_agent_list_reads_every_name_for_other_acts_too():
    (e,) = events_of(extract_text("The border post was attacked by Chad and Niger on Monday.",
                                  published=date(2025, 3, 4)), "ASSAULT")
    assert countries(e.participants) == {"TCD", "NER"}


# a future adjective before capitalized name modifiers: the act noun has not happened
@pytest.mark.parametrize("sentence, status", [
    ("Officials discussed the upcoming Ghana-Togo summit.", PLAN),
    ("Officials discussed the planned ROK-U.S. summit.", PLAN),
    ("Officials recalled the first Ghana-Togo summit.", OCC),
])
def test_future_adjective_before_name_modifiers(sentence, status):
    assert hit(sentence, "summit").status == status


@pytest.mark.parametrize("sentence, actors, recipients", [
    # the names of 'the upcoming Ghana-Togo summit' say whose summit it is: Benin still asks Niger
    ("Benin spoke of the upcoming Ghana-Togo summit with hope and requested Niger's help in preparing it.",
     {"BEN"}, {"NER"}),
    ("Benin praised the outcome of the recent Ghana-Togo talks and asked Niger to back the deal.",
     {"BEN"}, {"NER"}),
])
def test_country_compound_modifier_is_no_subject(sentence, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=date(2025, 3, 4)), "REQUEST")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_country_compound_subject_still_acts():
    (e,) = events_of(extract_text("Ghana-Togo forces conducted joint exercises in the gulf.",
                                  published=date(2025, 3, 4)), "COOPERATE")
    assert countries(e.participants) == {"GHA", "TGO"}


# designating people or bodies as sanctions targets: a far "as sanctions targets" needs no near object
@pytest.mark.parametrize("sentence, found", [
    ("Japan has designated 12 Iranian operatives and two related firms as sanctions targets.", True),
    ("Japan designated seven Syrian workers and a partner institution as unilateral sanctions targets.", True),
    ("Japan did not designate the Iranian operatives as sanctions targets.", False),
])
def test_designation_of_people_is_a_sanction(sentence, found):
    events = [e for e in events_of(extract_text(sentence, published=date(2025, 3, 4)), "SANCTION")
              if e.status == OCC]
    assert bool(events) == found
    if found:
        assert countries(events[0].participants) == {"JPN"}


# an act said to be recent, with no day of its own, is dated by the window of days up to the story's day (dates50:
# not the publication's one day, nor the story's)
@pytest.mark.parametrize("second, basis, day, window", [
    ("Peru recently test-fired a ballistic missile into the sea.", "narrative", date(2024, 1, 1),
     (date(2024, 1, 8), date(2024, 1, 15))),
    ("Peru has lately test-fired a ballistic missile into the sea.", "narrative", date(2024, 1, 1),
     (date(2024, 1, 8), date(2024, 1, 15))),
    ("Peru test-fired a ballistic missile into the sea.", "narrative", date(2024, 1, 15), None),
    ("Peru recently test-fired a ballistic missile on January 9.", "text", date(2024, 1, 9), None),
])
def test_recent_act_takes_no_story_day(second, basis, day, window):
    text = "Chile and Peru held talks in Lima on Monday.\n" + second
    (e,) = events_of(extract_text(text, published=date(2024, 1, 16)), "MOBILIZE")
    assert (e.date_basis, e.date, e.date_window) == (basis, day, window)


def test_recent_flag_is_set_on_the_hit_only_when_said():
    assert hit("The navy recently seized a tanker.", "seize").data.get("recent")
    assert not hit("The navy seized a tanker.", "seize").data.get("recent")


# the receiving side after the entry's target preposition, a few words on ("opened an inquiry ... against")
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Ghana opened bribery investigations against a dozen officials of Togo.", {"GHA"}, {"TGO"}),
    ("Ghana launched a corruption inquiry against the Togolese port authority.", {"GHA"}, {"TGO"}),
    # the state of a receiving people noun: the act falls on the actor's own people (a domestic act)
    ("Rebels in Peru dismissed an appeal from the Peruvian president to hand in their weapons.", {"PER"}, {"PER"}),
])
def test_target_after_preposition_or_proposer(sentence, actors, recipients):
    (e,) = [e for e in extract_text(sentence, published=date(2025, 3, 4)).events if e.type in ("ACCUSE", "REJECT")]
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


# the author of a proposal that the verb answers receives the answer
@pytest.mark.parametrize("sentence, found", [
    ("Ghana dismissed a peace appeal from Togo.", True),
    ("Ghana turned down the latest offer by Togo.", True),
    ("Ghana did not reject the appeal from Togo.", False),
    # the one promised receives the breach of the promise
    ("Ghana has reneged on its commitment to Togo to reopen the border.", True),
])
def test_rejected_proposal_names_its_author(sentence, found):
    events = events_of(extract_text(sentence, published=date(2025, 3, 4)), "REJECT")
    assert bool(events) == found
    if found:
        assert countries(events[0].participants) == {"GHA"} and countries(events[0].recipients) == {"TGO"}


def test_target_phrase_ends_at_another_preposition():
    (e,) = events_of(extract_text("Ghanaian troops fought against Togolese forces in Benin's northern region.",
                                  published=date(2025, 3, 4)), "ASSAULT")
    assert countries(e.recipients) == {"TGO"}


def test_a_destination_is_no_target():
    """A state the forces go to is no target; a border with a state is (enact48: tests/lang/en/test_act48.py)."""
    (e,) = events_of(extract_text("Ghana deployed troops to Mali.", published=date(2025, 3, 4)), "MOBILIZE")
    assert not e.recipients


# an offered concession is AGREE (as an offered retreat is); a stated one stays CONCEDE, planned
@pytest.mark.parametrize("sentence, ptype, status", [
    ("Peru's leader said he stands prepared to lift his embargo on Chilean wine.", "AGREE", OCC),
    ("Peru offered to ease the border restrictions on Chile.", "AGREE", None),
    ("Peru said it would pardon the jailed Chilean fishermen.", "CONCEDE", PLAN),
    ("Peru eased the border restrictions on Chile.", "CONCEDE", OCC),
])
def test_offered_concession_is_agree(sentence, ptype, status):
    article = extract_text(sentence, published=date(2025, 3, 4))
    (e,) = [e for e in article.events if e.type in ("AGREE", "CONCEDE")]
    assert e.type == ptype and (status is None or e.status == status)


def test_target_phrase_goes_on_over_a_relational_preposition():
    (e,) = events_of(extract_text("Ghana voiced serious concern about Togo's growing arms trade with Benin.",
                                  published=date(2025, 3, 4)), "ACCUSE")
    assert countries(e.recipients) == {"TGO", "BEN"}


@pytest.mark.parametrize("sentence", [
    "Rebels in Peru on Monday dismissed an appeal from President Juan Perez to hand in their weapons.",
    "Rebels in Peru last Monday dismissed an appeal from President Juan Perez to hand in their weapons.",
])
def test_day_phrase_between_people_subject_and_verb(sentence):
    (e,) = events_of(extract_text(sentence, published=date(2025, 3, 4)), "REJECT")
    assert {p.sector for p in e.participants} == {"REB"} and countries(e.recipients) == {"PER"}


@pytest.mark.parametrize("sentence, recipients", [
    # the author of the demands the act yields to receives it; an own-state people noun is domestic
    ("President Juan Perez of Peru has now conceded to demands from the opposition to "
     "overhaul the courts.", {"PER"}),
    ("Peru has finally conceded to demands from Chile to overhaul the courts.", {"CHL"}),
])
def test_concession_to_demands_reaches_their_author(sentence, recipients):
    (e,) = events_of(extract_text(sentence, published=date(2025, 3, 4)), "CONCEDE")
    assert countries(e.participants) == {"PER"} and countries(e.recipients) == recipients


# the judiciary is no voice of the government: a judge's act on officials of the same state is domestic
@pytest.mark.parametrize("sentence, found", [
    ("Judge Juan Perez opened bribery investigations against a dozen Peruvian ministry officials.", True),
    ("Peruvian prosecutors opened bribery investigations against a dozen Peruvian ministry officials.", True),
    ("The Peruvian president opened bribery investigations against a dozen Peruvian ministry officials.", False),
])
def test_judiciary_subject_is_its_own_sector(sentence, found):
    events = events_of(extract_text(sentence, published=date(2025, 3, 4)), "ACCUSE")
    assert bool(events) == found
    if found:
        assert {p.sector for p in events[0].participants} == {"JUD"} and countries(events[0].recipients) == {"PER"}


# an attempted attack is the attack, carried out; an attempt at another act has not happened
@pytest.mark.parametrize("sentence, ptype, status", [
    ("Rebels from Chile tried to kill the president of Peru on Monday.", "ASSAULT", OCC),
    ("Rebels in Chile said they had attempted to murder the president of Peru.", "ASSAULT", OCC),
    ("Rebels from Chile plan to kill the president of Peru.", "ASSAULT", PLAN),  # future53: a plan, no threat
    ("Chile tried to reach a deal with Peru.", "AGREE", PLAN),
])
def test_attempted_attack_is_the_attack(sentence, ptype, status):
    (e,) = events_of(extract_text(sentence, published=date(2025, 3, 4)), ptype)
    assert e.status == status

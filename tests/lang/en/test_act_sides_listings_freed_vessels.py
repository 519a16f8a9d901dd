"""English act sides and triggers: freed vessels, ban and sanctions lists, unnamed voices, genitive short names.
- freeing a seized vessel named by its flag ('freed an Argentine fishing vessel and its crew') is a release whose
  recipient is the flag state (scripts/data/en_acts_additions.yaml: lemma free, vessel objects);
- putting people, firms or bodies on a list that bars or punishes them ('added ... to its list of people barred from
  entering', 'put ... on a blacklist', 'placed ... on its sanctions list') is SANCTION on them, and the 'barred' of
  the list's own description is part of the listing, not a second act; a list of anything else is no act;
- an unnamed spokesperson or official of an unnamed body opening a sentence ('A defence ministry spokesman demanded')
  speaks for the side whose statement was just reported (en.yaml continued_unnamed_voice_re, language.continuation);
- 'X accused Y of ... for firing warning shots at its soldiers': 'its' is the accuser's, so the soldiers are no
  domestic target of Y and the accuser receives the act (act_sides.charged_own_people, act_context.accuser_span);
- a genitive short name ('Arce's claims') is the person named before (language.short_name_candidates);
- a visit predicated of an opening pronoun ('It will be X's first visit') is no new plan, and an event noun raising
  concerns ('X's visit has raised concerns') no act of its owner (act_context.predicate_noun, event_subject);
- 'refused to halt the work' with no state named answers the side that asked (act_rejected_objects.refused_doing).

Formerly tests/lang/test_en_sides27.py; classes first read as "English act sides and triggers, session 19 (en27),
end to end on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.lang.en.act_sides import charged_own_people
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.acts import find_acts
from tests.event_sides import sides

DAY = "2026-05-02"


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile has freed an Argentine fishing vessel and its crew, three days after seizing it.", "CHL", "ARG"),
    ("Senegal on Monday freed two Gambian trawlers held since March.", "SEN", "GMB"),
    ("The Philippine coast guard freed a Chinese cargo ship it had stopped near the reef.", "PHL", "CHN"),
])
def test_freeing_a_flagged_vessel_is_a_release_to_its_flag_state(text, actor, recipient):
    found = sides(text, "RETREAT", DAY)
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "The new port rules freed up berths for larger ships.",
    "Canada said free trade with Chile would help its shipbuilders.",
])
def test_free_without_a_freed_vessel_is_no_release(text):
    assert sides(text, "RETREAT", DAY) == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia on Monday added nine Estonian officials to its list of people barred from entering the country.",
     "RUS", "EST"),
    ("Washington put two Venezuelan banks on a blacklist on Monday.", "USA", "VEN"),
    ("Beijing added four Lithuanian firms to its unreliable entity list.", "CHN", "LTU"),
    ("Canada placed five Belarusian officials on its sanctions list on Monday.", "CAN", "BLR"),
])
def test_listing_on_a_ban_or_sanctions_list_is_a_sanction(text, actor, recipient):
    found = sides(text, "SANCTION", DAY)
    assert any(actor in a and recipient in r for a, r in found), found


def test_the_lists_own_barred_is_no_second_act():
    text = "Russia on Monday added nine Estonian officials to its list of people barred from entering the country."
    assert sides(text, "REJECT", DAY) == []


@pytest.mark.parametrize("text", [
    "UNESCO added two Peruvian sites to its list of world heritage sites.",
    "Kenya added three Ugandan dishes to the menu of the state banquet.",
])
def test_a_list_that_bars_no_one_is_no_sanction(text):
    assert sides(text, "SANCTION", DAY) == []


@pytest.mark.parametrize("text, actor, recipient, kind", [
    ("Peru's foreign ministry summoned the Bolivian ambassador on Monday. A defence ministry spokesman demanded that "
     "Bolivia withdraw its troops.", "PER", "BOL", "REQUEST"),
    ("Chile's foreign ministry criticized Argentina on Monday. An official for the ministry also urged Buenos Aires "
     "to reopen the pass.", "CHL", "ARG", "REQUEST"),
    ("Fiji condemned Vanuatu's fishing raids on Friday. A government spokeswoman warned that Fiji would seize any "
     "boat found in its waters.", "FJI", None, "THREATEN"),
    ("Peru's foreign ministry summoned the Bolivian ambassador on Monday, while a defence ministry spokesman demanded "
     "that Bolivia withdraw its troops.", "PER", "BOL", "REQUEST"),
    ("Ecuador criticized Peru on Monday. Colombia's foreign ministry welcomed the talks, and a government spokesman "
     "urged Peru to release the detainees.", "COL", "PER", "REQUEST"),
])
def test_an_unnamed_voice_opening_the_sentence_speaks_for_the_side_just_heard(text, actor, recipient, kind):
    found = sides(text, kind, DAY)
    assert any(actor in a and (recipient is None or recipient in r) for a, r in found), found


def test_an_unnamed_voice_after_no_statement_has_no_side():
    text = "Storms hit the coast of Chile on Monday. A government spokesman urged Argentina to send help."
    assert not any(a for a, _ in sides(text, "REQUEST", DAY)), sides(text, "REQUEST", DAY)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ghana's military on Wednesday accused Togo of a \"deliberate provocation\" for firing warning shots at its "
     "soldiers near the border.", "TGO", "GHA"),
    ("Bhutan's army on Monday accused Nepal of a \"serious provocation\" for firing warning shots at its troops.",
     "NPL", "BTN"),
])
def test_its_people_in_a_charge_are_the_accusers(text, actor, recipient):
    found = sides(text, "MOBILIZE", DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found
    assert not any(actor in a and actor in r for a, r in found), found  # never the charged side on itself


def test_its_own_people_in_a_charge_stay_the_charged_sides():
    text = "Peru accused Ecuador of a \"grave provocation\" for firing warning shots at its own soldiers."
    hits = sorted(find_acts(text), key=lambda h: h.start)
    toks = tokenize(text)
    fire = next(h for h in hits if h.type == "MOBILIZE")
    assert not charged_own_people(toks, fire, text.index("its own"), hits)
    other = "Peru accused Ecuador of a \"grave provocation\" for firing warning shots at its soldiers."
    hits2 = sorted(find_acts(other), key=lambda h: h.start)
    fire2 = next(h for h in hits2 if h.type == "MOBILIZE")
    assert charged_own_people(tokenize(other), fire2, other.index("its"), hits2)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Bolivian President Luis Arce accused Chile of spying. Chile's Foreign Ministry dismissed Arce's claims on "
     "Monday as fantasy.", "REJECT", "CHL", "BOL"),
    ("Bolivian President Luis Arce spoke on Sunday. Chile criticized Arce's remarks.", "ACCUSE", "CHL", "BOL"),
    ("Bolivian President Luis Arce accused Chile of spying. Chile's Foreign Ministry dismissed Arce's \"espionage\" "
     "claims as fantasy.", "REJECT", "CHL", "BOL"),
])
def test_a_short_name_in_the_genitive_is_the_person_named_before(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found


def test_a_genitive_short_name_of_no_one_named_is_no_person():
    from readout.api import extract_text
    art = extract_text("Chile criticized Arce's remarks on Monday.", published=DAY)
    assert not [m for m in art.mentions if m.surface == "Arce"]


@pytest.mark.parametrize("text", [
    "It will be Japarov's first visit to South Korea since he took office in 2021.",
    "This was the Chilean leader's third trip to Argentina this year.",
    "It will be their second meeting this year.",
])
def test_a_meeting_predicated_of_an_opening_pronoun_is_no_new_plan(text):
    assert not [h for h in find_acts(text) if "CONSULT" in (h.type, h.data.get("stated_type"))]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Foreign Minister Choe Son Hui left for Moscow on Monday. Choe's trip to Russia has raised concerns, "
     "particularly regarding arms deliveries to Russia.", "ACCUSE", "PRK", "RUS"),
    ("Mali's junta hosted Russian officers on Monday. The visit has drawn sharp criticism from Niger.", "ACCUSE", "MLI",
     "RUS"),
])
def test_an_event_raising_concerns_is_no_act_of_its_owner(text, kind, actor, recipient):
    assert not any(actor in a and recipient in r for a, r in sides(text, kind, DAY)), sides(text, kind, DAY)


def test_a_state_raising_concerns_still_accuses():
    assert sides("Japan has raised concerns with China over the survey ship.", "ACCUSE", DAY)


@pytest.mark.parametrize("text, kind", [
    # enmeet49: a visit said ahead ('will make his first visit to Chile') is a planned visit, no AGREE (coding-choices)
    ("French President Macron made his first visit to Chile on Monday.", "CONSULT"),
    ("It is the first time Ecuador has seized a Peruvian ship.", "COERCE"),
    ("It is the second detention of Peruvian fishermen by Ecuador's navy this year.", "COERCE"),
])
def test_an_act_beside_a_pronoun_predicate_stays(text, kind):
    assert sides(text, kind, DAY), sides(text, kind, DAY)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya demanded on Sunday that Uganda halt the dam work. Uganda on Monday refused to halt the work.", "UGA", "KEN"),
    ("Norway asked Iceland on Friday to reopen the fishing talks. Iceland's government refused to reopen them.", "ISL",
     "NOR"),
    ("Chile urged Bolivia to lift the road blockade. Bolivia's transport minister on Tuesday refused to lift it.",
     "BOL", "CHL"),
])
def test_refusing_the_deed_asked_answers_the_side_that_asked(text, actor, recipient):
    found = sides(text, "REJECT", DAY)
    assert any(actor in a and recipient in r for a, r in found), found


def test_declining_to_comment_after_a_demand_is_no_rejection():
    text = "Kenya demanded on Sunday that Uganda halt the dam work. The Ugandan minister declined to comment on it."
    assert sides(text, "REJECT", DAY) == []

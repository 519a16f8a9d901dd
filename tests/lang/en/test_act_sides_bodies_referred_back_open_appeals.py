"""English act sides: body nouns referring back, open appeals to all parties, passed texts, speakers after quotes.
- a definite 'council', 'board' or 'agency' (with its size: 'the 15-member council', 'the 35-nation board') refers back
  to the international body named in the sentences before (en.yaml body_back_re/body_back_codes,
  pipeline/common.bodies_referred), so the body is asked, never the askers' own states; 'to' after the noun starts a
  complement only before a noun phrase ('urged the bloc to act' is the bloc);
- an open appeal ('called on all parties to refrain', 'urged all sides') asks no one state, also after a conflict act
  (restraint35 reversed en30's reading of it as both of the conflict's sides: lang/en/act_open_appeals,
  `open_addressee`), and none of the states of a meeting or a deal.

Formerly tests/lang/test_en_sides30.py; classes first read as "English act sides, session 20 round 2 (en30), end to
end on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

DAY = "2026-05-04"


@pytest.mark.parametrize("text, kind, actors, body", [
    ("Chile fired a ballistic missile over Peru on Monday, in violation of U.N. Security Council resolutions. "
     "Brazil, Kenya and Norway have requested an emergency meeting of the 15-member council, diplomats said.",
     "REQUEST", {"BRA", "KEN", "NOR"}, "UNO"),
    ("The U.N. Security Council met on Monday. Brazil and Kenya urged the council to impose an arms embargo on Sudan.",
     "REQUEST", {"BRA", "KEN"}, "UNO"),
    ("The International Atomic Energy Agency said its inspectors had been turned away. Belarus asked the agency "
     "to send a second team.", "REQUEST", {"BLR"}, "IGO"),
    ("The Economic Community of West African States suspended Niger on Monday. Ghana urged the bloc to reconsider.",
     "REQUEST", {"GHA"}, "IGO"),
])
def test_a_definite_body_noun_is_the_body_named_before(text, kind, actors, body):
    found = sides(text, kind, DAY)
    assert any(set(a) == actors and r == [body] for a, r in found), found


@pytest.mark.parametrize("text, kind, stranger", [
    # no body named before: 'the council' is nobody the story knows, and not the askers' own state
    ("Brazil and Kenya urged the council to release the funds.", "REQUEST", "UNO"),
    # 'the alliance to the north' is a noun with its own complement, no reference back
    ("NATO met in Brussels on Monday. Finland said the alliance to the north of Europe would grow.", "REQUEST", "IGO"),
])
def test_a_body_noun_with_nothing_to_refer_back_to_names_no_body(text, kind, stranger):
    assert all(stranger not in r for _, r in sides(text, kind, DAY))


@pytest.mark.parametrize("text, actor", [
    ("Peruvian soldiers attacked a Bolivian border post on Sunday. Uruguay called on all parties to exercise restraint.",
     "URY"),
    ("Ecuadorian troops shelled Colombian outposts on Friday. The Chilean foreign ministry called on all parties to "
     "refrain from escalation.", "CHL"),
    ("Tajik border guards opened fire on Kyrgyz villagers on Tuesday. Kazakhstan urged all sides to show restraint.",
     "KAZ"),
])
def test_an_appeal_to_all_parties_after_a_conflict_asks_its_sides(text, actor):
    found = sides(text, "REQUEST", DAY)
    assert any(a == [actor] and len(r) == 2 and actor not in r for a, r in found), found


def test_an_appeal_to_all_parties_to_an_accord_asks_its_signatories():
    found = sides("Peru and Bolivia signed a trade pact on Sunday. Uruguay urged all parties to the agreement to "
                  "ratify it quickly.", "REQUEST", DAY)
    assert any(a == ["URY"] and sorted(r) == ["BOL", "PER"] for a, r in found), found


@pytest.mark.parametrize("text", [
    "Uruguay called on all parties to exercise restraint.",
    "Peru's central bank cut interest rates on Sunday. Uruguay called on all parties to exercise restraint.",
])
def test_an_open_appeal_with_no_conflict_before_asks_no_state(text):
    found = sides(text, "REQUEST", DAY)
    assert found and all(not r for _, r in found), found


def test_a_day_before_an_unrelated_participle_makes_no_enacted_text():
    # the participle after the day is no act of the statement's text: the statement is no resolution's act
    found = sides("Peru's foreign ministry issued a statement on Monday, listing Chile's arrears.", "ACCUSE", DAY)
    assert not found, found


FRAME = ("Peru turned down a request from Ecuador for patrol boats on Monday, as Ecuadorian Foreign Minister Ramon "
         "Ulloa held talks in Lima. {quote} Schialer told him the policy had not changed, a Peruvian official said. "
         "The two ministers signed a grant agreement for flood relief.")


@pytest.mark.parametrize("quote", [
    '"We need every boat we can get," Ulloa told reporters after meeting his Peruvian counterpart Elmer Schialer.',
    '"We will keep asking," Foreign Minister Ramon Ulloa said after meeting his Peruvian counterpart Elmer Schialer.',
])
def test_the_speaker_after_a_quote_is_counted_by_a_later_group_word(quote):
    found = sides(FRAME.format(quote=quote), "AGREE", DAY)
    assert any(set(a) == {"ECU", "PER"} for a, _ in found), found


def test_a_name_inside_the_quote_is_no_speaker():
    # Ulloa is spoken of inside the quote, by an unnamed official: the story has one named subject (Schialer), so
    # 'the two ministers' stands for no pair
    text = ("Peruvian Foreign Minister Elmer Schialer arrived in Quito on Monday. \"We trust Ecuador's foreign "
            'minister, Ramon Ulloa, fully," a Peruvian official told reporters. The two ministers signed a grant '
            "agreement for flood relief.")
    assert not any(set(a) == {"ECU", "PER"} for a, _ in sides(text, "AGREE", DAY))


SIDES = {
    "a_body_that_passes_a_text_does_what_the_text_does": [
        # a day between the text and its participle: the body that passed the text still acts
        ("Ecuador's national assembly passed a resolution on Tuesday condemning Venezuela.", "ACCUSE", "ECU", "VEN"),
        ("The African Union adopted a declaration late on Friday demanding that Sudan reopen the border.",
         "REQUEST", "IGO", "SDN"),
        # a size before the body's capitalized name: its owner is still the subject
        ("The IAEA's 35-nation Board of Governors on Monday passed a resolution demanding that Libya grant access.",
         "REQUEST", "IGO", "LBY"),
        ("The ASEAN's 10-member Coordinating Council on Friday condemned Myanmar.", "ACCUSE", "IGO", "MMR"),
    ],
    "an_aide_to_a_heads_lone_surname_acts_for_that_state": [
        ("Petr Novak, an adviser to Orban, criticized Slovakia over the dam.", "ACCUSE", "HUN", "SVK"),
        ("Ilse Marrow, a senior aide to Erdogan, criticized Greece over the island patrols.", "ACCUSE", "TUR", "GRC"),
        ("Tomas Velikan, an adviser to Putin, warned Latvia of a firm response.", "THREATEN", "RUS", "LVA"),
    ],
}


@pytest.mark.parametrize("text, kind, actor, recipient", class_rows(SIDES))
def test_the_act_has_its_one_actor_and_its_recipient(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Petr Novak, an envoy to Geneva, criticized Estonia over the dam.",  # a place, no one served
    "Petr Novak, an adviser to Smith, criticized Estonia over the dam.",  # no head's surname
])
def test_an_aide_to_no_known_head_acts_for_no_state(text):
    assert not sides(text, "ACCUSE", DAY)

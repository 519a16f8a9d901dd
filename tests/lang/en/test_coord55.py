"""(coord55, issue 13) Two coordinated clauses of one English sentence, each with its own subject and act word, are two
acts read each inside its own clause: a deed of the type already found told by other doers to other receivers is
a second event (pipeline/acts.clauses_apart; the other side's blow back too), and a contrast opening a clause of its
own ('but', 'while', 'yet') ends the phrase a condemning verb charges (act_judged.charged_object,
en_acts_additions.yaml charged_phrase_openers): 'criticized X but Y praised Z' keeps Y's praise; a judgement naming
the deed by a bare noun ('condemned the move') answers the deed the clause before told (act_welcomes.deed_here,
read in act_recipients_told.answered_provocation); a name opening a clause of its own after 'and' ('a deal with
Chile and Bolivia imposed tariffs') is that clause's subject, not the 'with' side of the list before it
(clauses.opens_clause). Joined subjects, a 'with' list,
one doer with two acts, and a victim told in a clause of the same blow stay as they were. Every sentence is ours."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import class_rows, event_sides, side_rows as rows, sides_of_types

DAY = date(2025, 3, 4)


def of_types(text: str, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return sides_of_types(text, DAY, types)


@pytest.mark.parametrize("text, expected", class_rows({
    "deeds-by-two-sides": [
        ("Peru attacked Chilean troops and Bolivia shelled an Ecuadorian town.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"BOL"}, {"ECU"}))),
        ("Peruvian troops shelled a Chilean post while Bolivian troops attacked an Ecuadorian town.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"BOL"}, {"ECU"}))),
        ("Peru attacked Chilean troops; Bolivia shelled an Ecuadorian town.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"BOL"}, {"ECU"}))),
        ("Peruvian police arrested ten Bolivians while Chilean soldiers detained five Argentines.",
         rows(("COERCE", {"PER"}, {"BOL"}), ("COERCE", {"CHL"}, {"ARG"}))),
    ],
    "blow-back": [
        ("Peru attacked Chilean troops and Chile shelled a Peruvian town.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"CHL"}, {"PER"}))),
    ],
    "contrast-clause": [
        ("Brazil criticized Argentina but Chile praised Argentina.",
         rows(("ACCUSE", {"BRA"}, {"ARG"}), ("SUPPORT", {"CHL"}, {"ARG"}))),
        ("Ghana condemned Togo while Benin backed Togo.",
         rows(("ACCUSE", {"GHA"}, {"TGO"}), ("SUPPORT", {"BEN"}, {"TGO"}))),
    ],
    "statements-two-sides": [
        ("Peru recalled its ambassador from Chile and Chile expelled two Peruvian diplomats.",
         rows(("SANCTION", {"PER"}, {"CHL"}), ("SANCTION", {"CHL"}, {"PER"}))),
        ("Ghana accused Togo of harbouring rebels; Togo demanded an apology from Ghana.",
         rows(("ACCUSE", {"GHA"}, {"TGO"}), ("REQUEST", {"TGO"}, {"GHA"}))),
    ],
    # guards: one act stays one event
    "joined-subjects": [
        ("Peru and Chile attacked rebel camps in Bolivia.", rows(("ASSAULT", {"PER", "CHL"}, {"BOL"}))),
        ("Peru and Chile signed a trade deal.", rows(("AGREE", {"PER", "CHL"}, set()))),
    ],
    "victim-of-the-same-blow": [
        ("Peruvian troops shelled a Chilean post, and Chilean soldiers were killed in the attack.",
         rows(("ASSAULT", {"PER"}, {"CHL"}))),
        ("Peruvian troops shelled a Chilean post and the shelling killed two Chilean soldiers.",
         rows(("ASSAULT", {"PER"}, {"CHL"}))),
    ],
    # a judgement naming the deed by a bare noun answers the deed the clause before told (act_welcomes.deed_here)
    "judged-deed-of-the-clause-before": [
        ("Peru expelled two Chilean diplomats and Bolivia condemned the move.",
         rows(("SANCTION", {"PER"}, {"CHL"}), ("ACCUSE", {"BOL"}, {"PER"}))),
        ("Peru suspended the talks with Chile, and Bolivia regretted the decision.",
         rows(("SANCTION", {"PER"}, {"CHL"}), ("ACCUSE", {"BOL"}, {"PER"}))),
    ],
    # a name opening a clause of its own after 'and' is its subject, no conjunct of a 'with' list before it
    # (clauses.opens_clause)
    "clause-opening-name": [
        ("Peru sent troops to its border with Chile and Bolivia closed its border with Peru.",
         rows(("MOBILIZE", {"PER"}, {"CHL"}), ("SANCTION", {"BOL"}, {"PER"}))),
        ("Peru signed a deal with Chile and Bolivia imposed tariffs on Peru.", rows(("SANCTION", {"BOL"}, {"PER"}))),
    ],
    "with-list-kept": [
        ("Peru signed a pact with Chile and Bolivia.", rows(("AGREE", {"PER", "CHL", "BOL"}, set()))),
        ("Peru met with Chile and Bolivia on Monday.", rows(("CONSULT", {"PER", "CHL", "BOL"}, set()))),
    ],
    "charged-support-kept-out": [
        ("Ghana condemned Togo's backing of the rebels.", rows(("ACCUSE", {"GHA"}, {"TGO"}))),
    ],
}))
def test_each_clause_reads_its_own_act(text, expected):
    assert of_types(text, {t for t, _a, _r in expected} | {"SUPPORT"}) == expected


def test_one_doer_meeting_and_agreeing_keeps_both_acts():
    found = event_sides("Peru met Chile and agreed to reopen the border.", DAY)
    assert {t for t, _a, _r in found} >= {"CONSULT", "AGREE"}

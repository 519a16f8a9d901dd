"""(coord55b, issue 13: read the clause, not the neighbourhood) English clauses, second round. A name opening a
clause of its own after a first name its own clause governs ('an accord with Uganda and | Tanzania imposed') joins no
side with it (reading_meetings.coordinated, clause_opened_at); ', yet' and a bare comma before a new subject and its
finite verb open a clause (lexicon en clause.boundary_re, new_subject_and_re); a deployment word struck by an attack
('attacked a Kenyan patrol') is the victim, no MOBILIZE (act_fire_aims.struck_forces). Joined subjects, 'of' and
'with' lists, a list after a verb, a trailing speaker and a patrol sent or made keep their reading. Every sentence is
ours."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.language import English
from readout.settings import Settings
from readout.kb.loader import kb
from tests.conftest import class_rows, side_rows as rows, sides_of_types

DAY = date(2025, 3, 4)


def of_types(text: str, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return sides_of_types(text, DAY, types)


@pytest.mark.parametrize("text, expected", class_rows({
    "governed-first-name": [
        ("Kenya signed an accord with Uganda and Tanzania imposed levies on Kenya.",
         rows(("AGREE", {"KEN", "UGA"}, set()), ("SANCTION", {"TZA"}, {"KEN"}))),
        ("Kenya held talks with Uganda and Tanzania criticized the meeting.", rows(("CONSULT", {"KEN", "UGA"}, set()))),
        ("Kenya attacked Somali militias and Ethiopia shelled a Sudanese town.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"ETH"}, {"SDN"}))),
    ],
    # guards: names joined in one side stay joined
    "joined-names-kept": [
        ("Kenya signed an accord with Uganda and Tanzania.", rows(("AGREE", {"KEN", "UGA", "TZA"}, set()))),
        ("The foreign ministers of Kenya and Uganda met in Nairobi.", rows(("CONSULT", {"KEN", "UGA"}, set()))),
    ],
    "comma-new-subject": [
        ("Kenya's army shelled a Somali post, Ethiopia's army attacked a Sudanese town.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"ETH"}, {"SDN"}))),
        ("Ghana's police arrested ten Togolese, Benin's army detained five Nigerians and Niger's guards seized a "
         "Malian truck.",
         rows(("COERCE", {"GHA"}, {"TGO"}), ("COERCE", {"BEN"}, {"NGA"}), ("COERCE", {"NER"}, {"MLI"}))),
    ],
    "yet-contrast": [
        ("Kenya's army shelled a Somali post, yet Ethiopia's army attacked a Sudanese town.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"ETH"}, {"SDN"}))),
    ],
    # guards: a list of objects and a trailing speaker open no clause
    "comma-list-kept": [
        ("Ghana condemned Togo, Benin and Niger on Monday.", rows(("ACCUSE", {"GHA"}, {"TGO", "BEN", "NER"}))),
        ("Ghana attacked Togo, Ghana's army said.", rows(("ASSAULT", {"GHA"}, {"TGO"}))),
    ],
    "struck-patrol": [
        ("Kenyan troops shelled a Somali post after Somali troops attacked a Kenyan patrol.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"SOM"}, {"KEN"}))),
        ("Rebels ambushed a Kenyan patrol near the border.", rows(("ASSAULT", set(), {"KEN"}))),
    ],
    "patrol-made-kept": [
        ("Kenya's army patrolled the border with Somalia.", rows(("MOBILIZE", {"KEN"}, set()))),
    ],
}))
def test_each_clause_keeps_its_own_sides(text, expected):
    assert of_types(text, {t for t, _a, _r in expected} | {"MOBILIZE"}) == expected


def english() -> English:
    return English(Settings().language("en"), kb())


@pytest.mark.parametrize("text, first, second, joined", [
    ("Kenya signed an accord with Uganda and Tanzania imposed levies on Kenya.", "Uganda", "Tanzania", False),
    ("Kenya attacked Uganda and Tanzania shelled a Sudanese town.", "Uganda", "Tanzania", False),
    ("Kenya signed an accord with Uganda and Tanzania.", "Uganda", "Tanzania", True),
    ("The foreign ministers of Kenya and Uganda met in Nairobi.", "Kenya", "Uganda", True),
    ("Talks between Kenya and Uganda ended on Monday.", "Kenya", "Uganda", True),
    ("Kenya and Uganda signed an accord.", "Kenya", "Uganda", True),
])
def test_english_coordinated_reads_the_clause_of_the_second_name(text, first, second, joined):
    first_end = text.index(first) + len(first)
    assert english().coordinated(text, first_end, text.index(second, first_end)) is joined


@pytest.mark.parametrize("text, day", [
    ("Kenya and Uganda signed a border accord, the Kenyan foreign ministry announced on Tuesday.", date(2025, 3, 4)),
    ("Ghana and Togo have agreed on a fishing pact, the Ghanaian government announced Tuesday.", date(2025, 3, 4)),
])
def test_a_trailing_reporter_is_no_comma_clause_and_still_dates_the_act(text, day):
    from readout.api import extract_text

    events = extract_text(text, published=date(2025, 3, 6)).events
    assert [e.date for e in events if e.type == "AGREE"] == [day]

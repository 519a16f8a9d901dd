"""(actors71) A state's name before a word that is both an agent noun and a verb's present form, then an object, is
subject and verb: 'Peru exiles dissidents to Spain' is Peru's government exiling people, not 'Peru exiles' (OPP).
English only: Korean marks its subject with a particle ('페루는 반체제 인사들을 추방했다'), so the noun and the
verb never share a word. Our own sentences; negative rows: an adjective ('Peruvian exiles'), a possessive ("Peru's
exiles"), and the word with no object after it ('Peru exiles rallied') keep the people noun."""
from __future__ import annotations

import pytest

from readout.lang.en.country_verbs import verb_after_name
from tests.conftest import class_rows
from tests.event_sides import events, first_of

# (sentence, the state's name's end, whether the word after it is its verb)
WORDS = {
    "a_name_a_present_form_an_object_is_subject_and_verb": [
        ("Peru exiles dissidents to Spain.", 4, True),
        ("Peru exiles two former generals to Spain.", 4, True),
        ("Bolivia convicts Ana Ruiz of treason.", 7, True),
    ],
    "an_adjective_a_possessive_or_no_object_is_the_people_noun": [
        ("Peruvian exiles rallied in Madrid.", 8, False),
        ("Peru's exiles rallied in Madrid.", 4, False),
        ("Peru exiles rallied in Madrid.", 4, False),
        ("Peru exiles in Madrid rallied on Sunday.", 4, False),
        ("Peru police arrested two men.", 4, False),
    ],
}


@pytest.mark.parametrize("sentence, end, verb", class_rows(WORDS))
def test_verb_after_name(sentence, end, verb):
    assert verb_after_name(sentence, end) is verb


# (sentence, type, acting sectors)
ROWS = {
    "the_state_itself_acts": [
        ("Peru exiles dissidents to Spain.", "COERCE", ["GOV"]),
    ],
    "the_people_noun_acts": [
        ("Peruvian exiles rallied outside the embassy in Madrid on Sunday.", "PROTEST", ["OPP"]),
        ("Peru's exiles rallied outside the embassy in Madrid on Sunday.", "PROTEST", ["OPP"]),
    ],
}


@pytest.mark.parametrize("sentence, kind, acting", class_rows(ROWS))
def test_country_verb_sides(sentence, kind, acting):
    first = first_of(events(sentence), type=kind)
    assert [p.sector for p in first.participants] == acting

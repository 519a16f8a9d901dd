"""(actors66) An event noun that is a word of a body's name before a verb of disapproval ('The Council for Cooperation
in Asia criticized X', the OSCE's full name) is no event subject raising concerns in others: the body disapproves
(lang/en/act_context.in_body_name). An event noun opening the sentence or in a title-case headline still is. Our own
sentences."""
from __future__ import annotations

import pytest

from readout.lang.en.acts import find_acts
from tests.conftest import class_rows
from tests.event_sides import events


def accuse_words(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_acts(text) if h.type == "ACCUSE"]


@pytest.mark.parametrize("text, word", class_rows({
    "body-name": [
        ("The Council for Cooperation in Asia criticized Peru on Monday.", "criticized"),
        ("The Bureau for Trade and Cooperation in Africa has condemned Chile.", "condemned"),
    ],
}))
def test_body_name_word_is_no_event_subject(text: str, word: str) -> None:
    assert word in accuse_words(text)


@pytest.mark.parametrize("text", class_rows({
    "event-subject": [
        "The minister's visit to Peru has raised concerns.",
        "The Visit to Peru raised concerns among diplomats.",  # only the sentence's first word before it
    ],
    "title-case": [
        "Minister's Visit to Peru Raises Concerns",
    ],
}))
def test_event_subject_still_raises_no_act(text: str) -> None:
    assert not accuse_words(text)


def test_osce_full_name_acts() -> None:
    found = [e for e in events("The Organization for Security and Cooperation in Europe criticized Bolivia over the "
                               "count.") if e.type == "ACCUSE"]
    assert found and {p.country for p in found[0].recipients} == {"BOL"}

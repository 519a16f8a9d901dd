"""(support61) A congratulation of a president-elect goes to the state of the election (PLOVER SUPPORT, praise):
'congratulated the president-elect of X' is X's, not the congratulating president's own office read off the bare
'the president' before '-elect' (lang/en/mentions.py `title_ref`: a title joined by a hyphen is another title), and
a congratulatory call, '당선인에게 축하 전화를 했다/걸었다', is a congratulation like '축하를 전했다'
(readout/data/lexicon/ko_acts.yaml). Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def supports(text: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == "SUPPORT"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Ecuadorian president congratulated the president-elect of Uruguay on Wednesday.", "ECU", "URY"),
    ("Ecuadorian President Ramon Quiroga congratulated the president-elect of Uruguay by phone on Wednesday.",
     "ECU", "URY"),
    ("The Senegalese president on Wednesday congratulated the prime minister-designate of Mali.", "SEN", "MLI"),
    ("에콰도르 외교장관은 12일 우루과이 대통령 당선인에게 축하 전화를 했다.", "ECU", "URY"),
    ("세네갈 외교장관은 12일 말리 대통령 당선인에게 축하 전화를 걸었다.", "SEN", "MLI"),
])
def test_congratulation_goes_to_the_elected_persons_state(text, actor, recipient):
    found = supports(text)
    assert found, text
    actors, recipients = found[0]
    assert actor in actors and recipients == {recipient}


@pytest.mark.parametrize("text,actor,recipient", [
    # negatives: a president named without '-elect' is still the bare title's holder or the state after 'of'; a
    # call that congratulates no one is no SUPPORT
    ("The Ecuadorian president congratulated the president of Uruguay on Wednesday.", "ECU", "URY"),
    ("에콰도르 외교장관은 12일 우루과이 외교장관에게 전화를 걸었다.", None, None),
])
def test_titles_without_a_hyphen_and_plain_calls(text, actor, recipient):
    found = supports(text)
    if actor is None:
        assert not found, found
        return
    actors, recipients = found[0]
    assert actor in actors and recipients == {recipient}


def test_a_bare_president_still_refers_back():
    """'The president' with no hyphen after it still stands for the president the story named."""
    text = ("Ecuadorian President Ramon Quiroga met Uruguay's foreign minister in Quito on Wednesday. "
            "The president congratulated Uruguay on its election.")
    found = supports(text)
    assert found and "ECU" in found[0][0] and found[0][1] == {"URY"}

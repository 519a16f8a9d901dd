"""enaccuse49 (issues 13, 15): the deed an accusing verb charges by a gerund, and the day of a plan told in a second
clause, in both languages.

'A accused B of shelling ...' tells B's alleged deed as the Korean 'B가 ...을 포격했다고 비난했다' does: an event of its own,
with a word ('of lying', 'of violating the treaty'), a noun and a denial no deed; a plan a clause after 'and said'
tells keeps its own weekday, not the day of the first clause's judging."""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import events, sides

PUBLISHED = "2026-03-12"  # a Thursday: the Friday before is the 6th, the Monday after that the 9th


def kinds(text: str) -> list[str]:
    return sorted(e.type for e in events(text, PUBLISHED))


@pytest.mark.parametrize("text, kind, doer", [
    # a deed of force or restriction named by a gerund after 'accused/blamed/charged X of/for/with': X's deed
    ("Uruguay accused Paraguay of shelling a customs house near the river.", "ASSAULT", ["PRY"]),
    ("Uruguay blamed Paraguay for bombing a customs house near the river.", "ASSAULT", ["PRY"]),
    ("Uruguay accused Paraguay of repeatedly shelling a customs house.", "ASSAULT", ["PRY"]),
    ("Uruguay accused Paraguay of detaining two truck drivers.", "COERCE", ["PRY"]),
    ("Uruguay accused Paraguay of massing troops on the border.", "MOBILIZE", ["PRY"]),
    ("우루과이는 파라과이가 세관 건물을 포격했다고 비난했다.", "ASSAULT", ["PRY"]),
])
def test_a_gerund_deed_an_accusation_charges_is_an_event(text, kind, doer):
    assert "ACCUSE" in kinds(text)
    assert [d for d, _ in sides(text, kind, PUBLISHED)] == [doer]
    assert [e.status for e in events(text, PUBLISHED) if e.type == kind] == ["occurred"]


@pytest.mark.parametrize("text", [
    # negative: a word charged, a noun charged, a charge of corruption, a denial, a backing charged
    "Uruguay accused Paraguay of lying about the river talks.",
    "Uruguay accused Paraguay of violating the river treaty.",
    "Uruguay accused Paraguay of corruption in the customs service.",
    "Uruguay accused Paraguay of the bombing of a customs house.",
    "Uruguay accused Paraguay of arming the rebels near the border.",
    "우루과이는 파라과이가 거짓말을 했다고 비난했다.",
])
def test_no_deed_where_the_charge_is_a_word_or_a_noun(text):
    assert [k for k in kinds(text) if k in {"ASSAULT", "COERCE", "AID", "REJECT", "MOBILIZE"}] == []


@pytest.mark.parametrize("text", [
    "Uruguay denied shelling a customs house near the river.",
    "Uruguay accused Paraguay of shelling a customs house, but Paraguay denied it.",
    "우루과이는 세관 건물을 포격하지 않았다고 부인했다.",
])
def test_a_denied_gerund_is_no_deed(text):
    assert "ASSAULT" not in kinds(text)


def test_the_accusation_keeps_the_day_of_the_report_not_the_deed():
    found = {e.type: e.date for e in events("Uruguay accused Paraguay of shelling a customs house on Wednesday.",
                                            PUBLISHED)}
    assert found == {"ACCUSE": date(2026, 3, 12), "ASSAULT": date(2026, 3, 11)}

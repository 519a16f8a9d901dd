"""enaccuse49 (issues 13, 15): the deed an accusing verb charges by a gerund, and the day of a plan told in a second
clause, in both languages.

'A accused B of shelling ...' tells B's alleged deed as the Korean 'B가 ...을 포격했다고 비난했다' does: an event of its own,
with a word ('of lying', 'of violating the treaty'), a noun and a denial no deed; a plan a clause after 'and said'
tells keeps its own weekday, not the day of the first clause's judging."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.dates import find_dates as en_dates
from tests.event_sides import events, sides

PUBLISHED = "2026-03-12"  # a Thursday: the Friday before is the 6th, the Monday after that the 9th
REPORT = date(2026, 3, 12)


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


def plan_days(text: str) -> list[tuple[str, date]]:
    return [(e.status, e.date) for e in events(text, PUBLISHED) if e.type == "SANCTION"]


@pytest.mark.parametrize("text, day", [
    # a plan told in a clause after 'and said' takes its own weekday, not the judging's Friday
    ("Uruguay on Friday condemned Paraguay and said it would recall its ambassador on Monday.", date(2026, 3, 16)),
    ("On Friday Uruguay condemned Paraguay, said it would recall its ambassador on Monday.", date(2026, 3, 16)),
    ("우루과이는 금요일 파라과이를 비난하고 월요일 대사를 소환하겠다고 밝혔다.", date(2026, 3, 9)),
    # negative: a plan with no day of its own keeps the day of its saying
    ("Uruguay on Friday condemned Paraguay and said it would recall its ambassador.", date(2026, 3, 6)),
])
def test_a_plan_in_a_second_clause_takes_its_own_weekday(text, day):
    assert plan_days(text) == [("planned", day)]


@pytest.mark.parametrize("text, reporting", [
    # a saying word far before the day, at the start of the reading window, is no saying of that day
    ("Uruguay on Friday condemned Paraguay and said it would recall its ambassador on Monday.", False),
    ("The ministry in Montevideo said it would send its own ambassador home on Monday.", False),
    # negative: a day right after the saying word, or right before it, is the saying's
    ("Uruguay condemned Paraguay and said on Monday that it would recall its ambassador.", True),
    ("The Uruguayan foreign ministry in Montevideo said on Monday it would recall its envoy.", True),
])
def test_a_day_is_the_saying_s_only_next_to_the_saying_word(text, reporting):
    monday = [d for d in en_dates(text, 0, REPORT, 300) if d.value and d.value.weekday() == 0]
    assert [d.reporting for d in monday] == [reporting]

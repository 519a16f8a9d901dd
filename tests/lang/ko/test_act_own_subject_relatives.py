"""(relclause52, issue 13) '모로코는 [억류했던] 스페인 어부 14명을 기소했다': a past measure in a relative clause with
neither a subject nor an object of its own, on the main verb's object, is the sentence's subject's earlier act on that
head (not the head's state's deed), dated as a recall, beside the main act. The English twin is
tests/lang/en/test_act_pronoun_relatives.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import first_of

DAY = date(2026, 5, 12)


def sides(event) -> tuple[set[str], set[str]]:
    return {e.country for e in event.participants}, {e.country for e in event.recipients}


ROWS = [
    # kopar54: a release of the held ('[억류했던] X를 석방했다') tells the release alone (test_act_undone_detentions);
    # the earlier holding stays an act where the main verb is another measure on the same people
    ("세르비아는 억류했던 몬테네그로 국경경비대원 2명을 기소했다.", ("ACCUSE", "allege"), "SRB", "MNE"),
    ("모로코는 체포했던 스페인 어부 14명을 기소했다.", ("ACCUSE", "allege"), "MAR", "ESP"),
    ("우간다는 억류했던 케냐 상인들을 기소했다.", ("ACCUSE", "allege"), "UGA", "KEN"),
]


@pytest.mark.parametrize("text,main,doer,receiver", ROWS)
def test_subjectless_relative_measure_is_the_subjects(text, main, doer, receiver):
    events = extract_text(text, published=DAY).events
    first = first_of(events, type="COERCE", mode="arrest")
    assert sides(first) == ({doer}, {receiver})
    assert first.date is None or first.date < DAY
    told = [e for e in events if (e.type, e.mode) == main]
    assert told and sides(told[0]) == ({doer}, {receiver}) and told[0].date == DAY


HEAD_DOERS = [
    # the clause names its own object: the head's state did it
    ("페루는 자국 외교관을 추방한 칠레에 항의했다.", "SANCTION", "CHL", "PER"),
    # the clause names its own subject: that subject did it
    ("모로코는 알제리 당국이 억류했던 스페인 어부들을 풀어줬다.", "RETREAT", "MAR", "ESP"),
]


@pytest.mark.parametrize("text,type_,doer,receiver", HEAD_DOERS)
def test_other_relative_shapes_keep_their_reading(text, type_, doer, receiver):
    events = extract_text(text, published=DAY).events
    found = [e for e in events if e.type == type_]
    assert found and sides(found[0]) == ({doer}, {receiver})

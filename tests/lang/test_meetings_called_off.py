"""(cancel68) A meeting called off, one coding in both languages (docs/coding-choices.md): a meeting noun that is the
subject of a passive of calling off with no side named as calling it off ('The summit between A and B was called
off', 'A·B 정상회담이 취소됐다') is the meeting cancelled, CONSULT status cancelled of the sides it names, and no REJECT;
a side named as calling it off ('A called off the summit with B', 'A는 B와의 정상회담을 취소했다', 'was cancelled by
A') rejects the meeting, REJECT meet from A to B. An aside between commas after the meeting's noun phrase ('..., set
for May, ...', '..., which had been planned for weeks, ...') does not part the noun from its predicate, whether that
tells the meeting cancelled, held or planned. Our own sentences, with rows that must not fire."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def readings(text: str, kind: str) -> list[tuple[str | None, frozenset[str], frozenset[str]]]:
    """(status, acting states, receiving states) of each event of `kind`."""
    return [(e.status, frozenset(p.country for p in e.participants) - {r.country for r in e.recipients},
             frozenset(r.country for r in e.recipients)) for e in events(text) if e.type == kind]


PAIR = frozenset({"URY", "PRY"})


@pytest.mark.parametrize("text", [
    "The summit between Uruguay and Paraguay was called off.",
    "The summit between Uruguay and Paraguay, planned for Monday, was called off.",
    "Talks between Uruguay and Paraguay, which had been set for next week, were postponed.",
    "The meeting between Uruguay and Paraguay, the first in a decade, has been scrapped.",
    "우루과이·파라과이 정상회담이 취소됐다.",
    "다음 주 열릴 예정이던 우루과이·파라과이 외교장관 회담이 연기됐다.",
])
def test_a_meeting_called_off_by_no_one_named_is_cancelled(text):
    assert ("cancelled", PAIR, frozenset()) in readings(text, "CONSULT"), events(text)
    assert not readings(text, "REJECT"), events(text)


@pytest.mark.parametrize("text", [
    "Uruguay called off the summit with Paraguay.",
    "Uruguay cancelled its planned talks with Paraguay on Friday.",
    "The summit between Uruguay and Paraguay was called off by Uruguay.",
    "우루과이는 파라과이와의 정상회담을 취소했다.",
])
def test_a_side_named_as_calling_it_off_rejects_the_meeting(text):
    assert ("occurred", frozenset({"URY"}), frozenset({"PRY"})) in readings(text, "REJECT"), events(text)


@pytest.mark.parametrize("text, status", [
    ("The summit between Uruguay and Paraguay, set for May, was held in Asuncion.", "occurred"),
    ("Talks between Uruguay and Paraguay, the first in a decade, are planned for June.", "planned"),
    ("Talks between Uruguay and Paraguay, which had stalled for months, resumed on Monday.", "occurred"),
])
def test_an_aside_after_the_meeting_noun_keeps_it_with_its_predicate(text, status):
    assert any(s == status and a == PAIR for s, a, _ in readings(text, "CONSULT")), events(text)


@pytest.mark.parametrize("text", [
    "After the summit between Uruguay and Paraguay, the two ministers were held up in traffic.",
    "At the summit between Uruguay and Paraguay, Bolivia, which was not invited, was criticized.",
    "The flights between Uruguay and Paraguay, planned for Monday, were cancelled.",
    "The proposal for talks with Paraguay was rejected.",
])
def test_no_meeting_of_the_pair_called_off_or_held(text):
    assert not any(a == PAIR for _, a, _ in readings(text, "CONSULT")), events(text)
    assert not readings(text, "REJECT"), events(text)

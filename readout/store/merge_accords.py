"""Joint accords of different circles of parties: two events, though one circle contains the other.

An accord reported with no receiving side ("A and B agreed to ...", 'A와 B는 ...하기로 합의했다') is made by all of its
parties together, so its parties are its circle: a summit day's trilateral declaration by A, B and C is not the
bilateral agreement A and B reached beside it (or the day before), however the act rule for a report naming more
parties ("a larger meeting", merge_evidence.party_evidence) would let the larger circle join the smaller one. A report
naming two parties or more joins no record whose every accord of two parties or more names another circle
(`accord_conflict`). A report or record naming one party alone ("A agreed to ...") names no circle: it may still
be completed by a report naming both, as before; and an accord with a receiving side ("A agreed to B's request")
is one side's act, weighed as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: merge_members.py imports this module
    from readout.store.merge_members import Member

ACCORD_TYPES = frozenset({"AGREE"})  # PLOVER's joint act: every party to it makes it
MIN_CIRCLE = 2  # parties an accord names to have a circle at all (the rule's definition, not a threshold)


def circle(m: "Member") -> frozenset[str] | None:
    """The parties of a member's joint accord, when it names a circle: None for other acts, one party, or an
    accord with a receiving side."""
    if m.type not in ACCORD_TYPES or m.recipients or len(m.parties) < MIN_CIRCLE:
        return None
    return frozenset(m.parties)


def accord_conflict(circles: list[frozenset[str]], new: "Member", reported: set[str]) -> str | None:
    """Why a report may not join a record whose members' accords name `circles`: its own circle (`reported`, its
    parties with linked persons as the record's) is none of them. None: no circle on either side, or one shared."""
    if circle(new) is None or not circles:
        return None
    mine = frozenset(reported)
    if mine in circles:
        return None
    theirs = min(circles, key=lambda c: (len(c ^ mine), sorted(c)))
    return f"another circle of parties to a joint accord: {', '.join(sorted(theirs))} vs {', '.join(sorted(mine))}"


# An accord's matter (pipeline/act_matter.py: the content lemmas of a clause naming an accord document), with the
# language its words are in: two reports' matters are compared only in one language.
Matter = tuple[str, frozenset[str]]


def read_matter(record: dict) -> Matter | None:
    """The matter a report's record keeps (records.document_record `matter`), with its report's language."""
    words = record.get("matter")
    if not words:
        return None
    sources = record.get("sources") or [{}]
    return sources[0].get("lang") or "", frozenset(words)


def matter_conflict(matters: list[Matter], new: "Member") -> str | None:
    """Why an accord report may not join a record: a trade agreement and a defence pact one pair signed the same day
    have one type, parties and day, and only their matter tells them apart. The report's matter shares no word with
    that of any member written in its language, and some member of its language has one. None: no matter on either
    side, or only members of other languages (whose words are not compared), or a word shared."""
    if new.matter is None:
        return None
    lang, mine = new.matter
    theirs = [words for other, words in matters if other == lang]
    if not theirs or any(words & mine for words in theirs):
        return None
    shown = ", ".join(sorted(set().union(*theirs)))
    return f"another accord's matter: {', '.join(sorted(mine))} vs {shown}"

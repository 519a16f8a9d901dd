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

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

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


class Matter(NamedTuple):
    """An accord's matter (pipeline/act_matter.py: the content lemmas of a clause naming an accord document), with the
    language its words are in, and the PLOVER contexts its words name (`contexts`, the same key in every language):
    two reports' words are compared only in one language, their contexts across languages."""

    lang: str
    words: frozenset[str]
    contexts: frozenset[str] = frozenset()


def read_matter(record: dict) -> Matter | None:
    """The matter a report's record keeps (records.document_record `matter`, `matter_contexts`), with its report's
    language."""
    words = record.get("matter")
    if not words:
        return None
    sources = record.get("sources") or [{}]
    return Matter(sources[0].get("lang") or "", frozenset(words), frozenset(record.get("matter_contexts") or ()))


def contexts_of(matter: tuple) -> frozenset[str]:
    """A matter's contexts (none for a matter kept as a plain pair of language and words)."""
    return matter[2] if len(matter) > 2 else frozenset()


def matter_conflict(matters: list[Matter], new: "Member") -> str | None:
    """Why an accord report may not join a record: a trade agreement and a defence pact one pair signed the same day
    have one type, parties and day, and only their matter tells them apart. The report's matter is compared with each
    member's in its own language by words, and with each member's of another language by the PLOVER contexts both
    name ('trade agreement' and '무역 협정' are one matter, '국방 협정' another: a language-neutral key); a conflict when
    some member could be compared and none agrees. None: no matter on either side, nothing comparable (members of
    another language naming no context, or a report naming none), or one member agreeing."""
    if new.matter is None:
        return None
    lang, mine, keys = new.matter[0], new.matter[1], contexts_of(new.matter)
    theirs = [m[1] for m in matters if m[0] == lang]
    across = [contexts_of(m) for m in matters if m[0] != lang and contexts_of(m)] if keys else []
    if not theirs and not across:
        return None
    if any(words & mine for words in theirs) or any(other & keys for other in across):
        return None
    shown = ", ".join(sorted(set().union(*theirs, *across)))
    return f"another accord's matter: {', '.join(sorted(mine | keys))} vs {shown}"


def states_of(homes: dict[str, str], ids) -> frozenset[str]:
    """The states of the parties `ids`: a person party as his state (`homes`), a state as itself."""
    return frozenset(homes.get(i, i) for i in ids)


def promise_fold(circles: list[frozenset[str]], targets: frozenset[str], sides: frozenset[str], new: "Member",
                 reported: set[str], homes: dict[str, str]) -> tuple[str | None, str | None]:
    """(support66) A promise (an AGREE with a receiving side: 'A promised support to B', 'A는 B에 지원을 약속했다') beside
    a joint accord (A and B's, aimed at no one) across outlets: (why it folds in, why it may not), by states (`homes`:
    a person party as his state). The promise folds into the accord whose circle holds its makers and those it is
    made to, either way round (the accord's report joining the promise's record too): one outlet tells the day's
    accord, another the promise one maker gave the other in it. A promise to a state outside the circle ('A promised
    support to C' beside A and B's accord) is another act. Both None: no promise beside an accord."""
    state = partial(states_of, homes)
    if not all(i in homes for i in (*new.recipients, *targets)):
        return None, None  # a side of no known state: nothing to compare a circle with
    if new.type in ACCORD_TYPES and new.recipients and circles:  # the report's promise, the record's accord
        told = state(reported) | state(new.recipients)
        inside = [c for c in circles if told <= state(c)]
        if inside:
            return f"a promise folds into the accord of its makers: {', '.join(sorted(told))}", None
        return None, f"a promise made outside the accord's circle: {', '.join(sorted(state(new.recipients)))}"
    mine = circle(new)
    if mine is not None and targets and not circles:  # the report's accord, the record's promise
        told = state(sides) | state(targets)
        if told <= state(mine):
            return f"the accord holds the promise its makers gave: {', '.join(sorted(told))}", None
        return None, f"a promise made outside the accord's circle: {', '.join(sorted(state(targets) - state(mine)))}"
    return None, None

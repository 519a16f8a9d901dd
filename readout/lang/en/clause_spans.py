"""English clause bounds (from clauses.py, debt46): the embedded clauses a sentence holds (', who ... ,' relatives,
participial asides) and the span of the clause around a word, bounded by the words that open another one
(subordinators, ', and', ';', a bare ' and ' before a new subject, a fronted subordinate clause's comma), past the
serial comma of a list and a time phrase that runs on through 'and'."""
from __future__ import annotations

import bisect
import functools
import re

from readout.lang.en.clause_patterns import boundary_pattern, patterns
from readout.lang.base import Trigger
from readout.patterns import fold


@functools.lru_cache(maxsize=256)  # every name and trigger of a sentence asks again
def relative_spans(text: str) -> list[tuple[int, int]]:
    """', who ... ,' and ', which ... ,' spans, and participial asides (', asked about X at a briefing,',
    ', speaking at a rally,'): embedded clauses inside the main one, which neither end its subject nor hold its
    predicate."""
    return sorted([*relative_clauses(text), *aside_spans(text)])


@functools.lru_cache(maxsize=256)
def relative_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each ', who ... ,' or ', which ... ,' clause (`relative_re`), in order. Why kept (speed52):
    `between_subject_and_verb` ran the pattern again for every name before a trigger (641 runs over dev and dev2,
    the largest self time of the English readers) on the sentences `relative_spans` had read already."""
    return tuple((m.start(), m.end()) for m in patterns()["relative"].finditer(text))


def between_subject_and_verb(text: str, start: int, trigger: Trigger) -> bool:
    """(actors56) Whether the name at `start` stands in a ', which/who/whose ... ,' clause closed before the act word
    ('Egypt, which is at odds with Sudan, signed a pact with Chad'): it says something of the subject and takes no
    part in the main verb's act (no 'with' partner, no object), though the clause reader skips it to keep the
    subject. A participial aside (', backed by X,') is left to its own readers."""
    return start < trigger.start and any(a <= start < b <= trigger.start for a, b in relative_clauses(text))


def aside_spans(text: str) -> list[tuple[int, int]]:
    """', asked about X at a briefing,' and ', speaking at a rally,' between a subject and its verb: a participial
    aside that says where or when the subject spoke, never who acts."""
    return [(m.start(), m.end()) for m in patterns()["aside"].finditer(text)]


def without_asides(text: str, start: int, end: int) -> str:
    """text[start:end] with the participial asides inside it cut out ("'s president, speaking at a rally, " ->
    "'s president "), so the words between an owner and the verb read as if the aside were not there."""
    out, at = [], start
    for a, b in aside_spans(text):
        if start <= a and b <= end:
            out.append(text[at:a])
            at = b
    return "".join(out) + text[at:end]


@functools.lru_cache(maxsize=1024)  # each name of a sentence asks for the clause of each trigger: 4 of 5 calls repeat one
def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets [left, right) of the clause around the word at [start, end)."""
    embedded = relative_spans(text)
    own = next(((a, b) for a, b in embedded if a <= start < b), None)
    if own:
        return own
    boundary, low = boundary_pattern(), fold(text)  # the matches' offsets are the text's
    left = 0
    for m in boundary.finditer(low, 0, end):  # the word itself in view: 'claimed Y shelled' ends at 'claimed' only
        if m.end() > start:  # with the past verb seen (enrelative68); a boundary reaching into the word is not before it
            break
        if not any(a <= m.start() < b for a, b in embedded) and not closes_series(text, m) \
                and not time_phrase_joint(text, m, start):
            left = m.end()
    left = max(left, speaker_comma(low, start, embedded))
    right = len(text)
    m = next_boundary(low, end)
    while m and (any(a <= m.start() < b for a, b in embedded) or closes_series(text, m)):
        m = next_boundary(low, m.end())
    if m:
        right = m.start()
    for a, b in subject_joints(text):
        if not any(x <= a < y for x, y in embedded):
            left, right = (max(left, b), right) if b <= start else (left, min(right, a)) if a >= end else (left, right)
    return fronted_split(text, start, left, right)


def speaker_comma(low: str, start: int, embedded) -> int:
    """(enclaims68) Past the comma before a trailing attribution ('Y shelled Z, X alleged on Friday.') when the word
    at `start` is in it: the boundary pattern sees that comma only with the sentence's end in view, which the search
    for the boundaries before a word (cut at the word) does not give it. 0: no such comma before `start`."""
    last = 0
    for a, b in free_commas(low, tuple(embedded)):
        if a >= start:
            break
        last = b
    return last


@functools.lru_cache(maxsize=256)  # speed50: each name and trigger of a sentence asks again, at its own `start`
def free_commas(low: str, embedded: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each bare ',' the boundary pattern finds over the whole folded sentence outside its embedded
    clauses, in order. Why kept: `speaker_comma` ran the boundary pattern over the whole sentence for every word a
    clause was read around (the largest line of the English readers' own time); the matches depend on the text alone."""
    return tuple((m.start(), m.end()) for m in boundary_chain(low)[0]
                 if m.group() == "," and not any(a <= m.start() < b for a, b in embedded))


@functools.lru_cache(maxsize=256)  # speed57: one scan of the sentence for every word a clause is read around
def boundary_chain(low: str) -> tuple[tuple[re.Match, ...], tuple[int, ...], bool]:
    """The boundary pattern's matches over the whole folded sentence as `finditer` gives them (each search resumes
    where the last match ended), their starts, and whether every match is non-empty. Why kept (speed57): the right
    bound of each word's clause searched the sentence again from the word's end (`next_boundary` reads it here)."""
    chain = tuple(boundary_pattern().finditer(low))
    return chain, tuple(m.start() for m in chain), all(m.end() > m.start() for m in chain)


def next_boundary(low: str, pos: int) -> re.Match | None:
    """`boundary_pattern().search(low, pos)`, read from the sentence's chain (`boundary_chain`). Why it is the same
    match: a search tries each position from `pos` in turn and each try reads the whole string whatever `pos` is; the
    chain's match before the first one starting at `pos` or later ended at or before `pos`, so the chain searched on
    from there and every position up to that first match failed. When a match of the chain runs across `pos` (or a
    match is empty, where `finditer` steps on by itself) the sentence is searched again from `pos`, as before."""
    chain, starts, solid = boundary_chain(low)
    at = bisect.bisect_left(starts, pos)
    if not solid or (at and chain[at - 1].end() > pos):
        return boundary_pattern().search(low, pos)
    return chain[at] if at < len(chain) else None


@functools.lru_cache(maxsize=256)
def subject_joints(text: str) -> tuple[tuple[int, int], ...]:
    """(enclause50) Each bare ' and ' that opens a clause with a new subject ('Peru closed its border and Bolivia
    recalled its ambassador'): `new_subject_and_re` (a name and its finite verb after it) where the words since the
    last boundary hold a finite verb of their own (`finite_before_and_re`) and the name before it is no first of two
    joined after 'of' ('the leaders of A and B met': `joined_names_before_and_re`). Why: the boundary pattern takes only ', and'
    ("A, B and C condemned" shares one subject), so with no comma the second act took the first one's subject, and
    the first took the second's subject as its target."""
    p, boundary, low = patterns(), boundary_pattern(), fold(text)
    out = []
    for m in p["new_subject_and"].finditer(text):
        since = max((b.end() for b in boundary.finditer(low, 0, m.start())), default=0)
        if p["finite_before_and"].search(text, since, m.start()) \
                and not p["joined_names_before_and"].search(text, since, m.start()):
            out.append((m.start(), m.end()))
    return tuple(out)


def fronted_split(text: str, start: int, left: int, right: int) -> tuple[int, int]:
    """"After X attacked Y, Z expelled ...": a subordinate clause the sentence opens with ends at its
    comma; the main clause starts after it (neither side of one is a party of the other's act)."""
    opener = patterns()["fronted_subordinate"].match(text)
    comma = text.find(",", opener.end()) if opener else -1
    if comma < 0:
        return left, right
    return (left, min(right, comma)) if start < comma else (max(left, comma + 1), right)


def time_phrase_joint(text: str, m: re.Match, start: int) -> bool:
    """(en34) 'accused X of ... ahead of winter and urged': the boundary word opens a time phrase of a few lower-case
    nouns that runs on, through 'and', right to the verb at `start`; it opens no clause of its own (no name, no verb),
    so the verb after 'and' stays in the clause of the verb before it and keeps that verb's subject."""
    return bool(patterns()["time_phrase_joint"].fullmatch(text, m.start(), start))


def closes_series(text: str, m: re.Match) -> bool:
    """', and' before the last of three or more names ("A, B, and C condemned", "urged A, B, and C"): the
    serial comma of a list, which shares one clause (every name of a coordinated subject acts)."""
    p = patterns()
    return m.group().startswith(",") and bool(p["series_next"].match(text, m.end())) \
        and bool(p["series_tail"].search(text, max(0, m.start() - SERIES_REACH), m.start()))


SERIES_REACH = 120  # characters of a list read back from its last ', and'

"""A meeting planned, then called off in the next clause (kopropose68): '정상회담이 열릴 예정이었으나 취소됐다', 'B와의
회담이 예정됐으나 무산됐다', '회담을 열 예정이었지만 결국 이를 연기했다'.

Why: the meeting's status is read from the words after it inside its own clause (`KoreanMeetings.meeting_status`), and
`called_off` from the predicate of that clause; a plan closed by a contrastive ending ('예정이었으나', '예정됐지만')
ends the clause, so the cancellation after it went unread and the meeting stayed planned, though it will not take
place. The clause after the contrast calls it off when its predicate is a cancelling one (`cancelled_predicate_re`) and
it has no object of its own but the meeting taken up again ('이를'): '예정이었으나 B가 방문을 취소했다' cancels a visit,
not the meeting.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words

TAKEN_UP = frozenset({"이", "그것"})  # the pronoun object that takes the meeting up again: '이를 취소했다'


def plan_called_off(r: SentenceReader, j: int, cancelled_predicate) -> bool:
    """The planned meeting word `j`'s clause, or the plan word right after it ('열 [예정이었지만]'), ends in a
    contrastive ending, and the next clause's predicate calls it off with no other object."""
    contrast = clause_words()["contrast_endings"]
    _first, last = r.clause_of(j)
    k = last if r.facts[last].ending in contrast else last + 1
    if k >= len(r.words) - 1 or r.facts[k].ending not in contrast or k > last and r.clause_of(k) != (k, k):
        return False
    first, pred = r.clause_of(k + 1)
    if not cancelled_predicate.match(r.words[pred].text):
        return False
    return not any(r.facts[i].particle_tag == "JKO" and r.words[i].noun not in TAKEN_UP for i in range(first, pred))

"""(coerce57) A captive's holding told as a lasting state ('X has been held at the central prison', 'they have been
kept in a military camp', 'had been jailed in the capital'): the present or past perfect passive of a verb of keeping
(`held_state_lemmas`) says where someone is, not that anyone held him that day; the arrest itself is told elsewhere
in the story. No act, unless a start is dated after it ('has been held since May 3', 'had been jailed on Monday'):
that retells the arrest of that day. 'is being held' reads no act already; 'has been arrested' is news, kept.
As Korean '억류돼 있다', '수감된 상태다' (lang/ko/reading_acts.held_state)."""
from __future__ import annotations

from readout.lang.base import ActHit


def held_state(hit: ActHit, text: str, lex) -> bool:
    """Whether the hit is a holding told as a lasting state (`held_state_before_re` before a verb of
    `held_state_lemmas`) with no dated start after it (`held_start_after_re`)."""
    if (hit.type, hit.mode) != ("COERCE", "arrest") or hit.lemma not in lex["held_state_lemmas"] or hit.nominal \
            or text[hit.start:hit.end].split()[0].lower().endswith("ing"):
        return False  # 'has been holding refugees as shields': the active deed, kept
    if not lex.re("held_state_before_re").search(text, max(0, hit.start - HELD_REACH), hit.start):
        return False
    return not lex.re("held_start_after_re").match(text, hit.end)


HELD_REACH = 30  # characters before the verb where 'has been (still)' stands

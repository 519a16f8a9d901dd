"""(enmeet49) A body's own session as the subject of a meeting act ('The council's session will convene to discuss
the budget', 'The cabinet will meet on Monday to discuss ...', 'The parliament's plenary session will discuss ...'):
no meeting between parties and no promise to meet.

Why: 'discuss' said ahead is a CONSULT the act reading turns into AGREE planned, and a subject the sentence does not
name as a state took the sides the story told last (a continued voice), so a council's own sitting became those
states' promise to meet. A council, cabinet or parliament deliberating among its members is no CONSULT between sides
(PLOVER CONSULT codes consultations between actors, not a body's internal sitting). Only a bare body or one owned by
a possessive is read so ('Peru's cabinet'); a named body ('the Security Council') keeps its reading. The lexicon's
`body_session_subject_re` reads the subject from the words before the act (`English.subject_head`)."""
from __future__ import annotations

from readout.lang.base import ActHit


def body_session(hit: ActHit, head: str, lex) -> bool:
    """`hit` is a meeting act (CONSULT, or its AGREE said ahead) whose subject is a body's own session."""
    meeting = hit.type == "CONSULT" or hit.data.get("stated_type") == "CONSULT"
    return meeting and bool(lex.re("body_session_subject_re").match(head))

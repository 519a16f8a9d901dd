"""The speaker of a reported passive calling a meeting off, when a side of it, is the one who called it off
(enmodes70, issue 15): 'Talks with B were postponed, A said', 'The summit between A and B was cancelled, A's foreign
ministry said' are A's REJECT meet toward B, as 'were postponed by A' is (enrefuse68); a speaker who is no side of the
meeting ('..., C said' of talks between A and B) only reports it, and the meeting stays cancelled by no one named
(cancel68). A side is a state the meeting's own phrase names ('between A and B'), or, for a meeting named with one
partner only ('talks with B'), any state but that partner (the meeting's other side is the one who tells it).

Why here: both the act reader (`act_refused_meetings.unnamed_cancellations`, which keeps the REJECT and aims it) and
the meeting reader (`reading_meetings.rejected_by_side`, which then tells no CONSULT cancelled) ask the same question.
"""
from __future__ import annotations

import re

from readout.lang.en.countries import find_countries

# ', A said', ', A's foreign ministry said on Monday', ', officials in A told reporters': the reporting frame that
# closes the sentence right after the passive; `who` the speaker's words (up to the verb of saying)
SPEAKER_AFTER = re.compile(r"\s*(?:on\s+\w+\s+)?,\s+(?P<who>[^,;.\"“”]{2,80}?)\s+(?:said|says|announced|confirmed|"
                           r"told|stated|reported)\b")
BETWEEN = re.compile(r"\bbetween\b", re.I)


def speaking_side(text: str, meeting: tuple[int, int], verb_end: int) -> tuple[int, int] | None:
    """The character span of the speaker who closes the sentence after the calling-off passive ending at `verb_end`
    (the reporting frame `SPEAKER_AFTER`), when the speaker's state is a side of the meeting phrase `meeting`
    (start, end: the meeting noun and the parties it names); else None."""
    frame = SPEAKER_AFTER.match(text, verb_end)
    if frame is None:
        return None
    who = {c for m in find_countries(text[frame.start("who"):frame.end("who")], 0) for c in m.codes}
    named = {c for m in find_countries(text[meeting[0]:meeting[1]], 0) for c in m.codes}
    if not who:
        return None
    pair = bool(BETWEEN.search(text, meeting[0], meeting[1]))
    side = bool(who & named) if pair else bool(named) and not who & named
    return frame.span("who") if side else None

"""(enmodes70, enrefuse68) The calling-off passive of a meeting word: its verb is one of the act lexicon's verbs of
calling a meeting off, and a side that tells the calling-off (by 'by' or as the speaker) makes the meeting word no
CONSULT cancelled beside its REJECT. Moved verbatim from lang/en/reading_meetings.py (acts59b) to keep that module a
screen's read."""
from __future__ import annotations


def calling_off_verb(passive: str) -> bool:
    """(enmodes70) The calling-off passive ends in a participle of the act lexicon's one list of verbs of calling a
    meeting off (cue `meeting_calling_off`: 'was scrapped', 'were put off'), the verbs whose 'by' names the side
    that rejects the meeting."""
    from readout.lang.en.act_matcher import matcher  # the act lexicon's cues (imported late: it reads this module's)

    words = passive.lower().split()
    return any(tuple(words[-len(p.split()):]) == tuple(p.split()) for p in matcher().cues.meeting_calling_off)


HALTED = "suspended"  # talks suspended: a SANCTION of the side that halts them, no REJECT meet to tell the meeting


def told_by_side(text: str, start: int, off) -> bool:
    """(enmodes70) The calling-off passive `off` after the meeting noun at `start` is closed by a speaker who is a side
    of the meeting ('The summit between A and B was postponed, A said'): that side's REJECT meet tells it
    (`act_refused_meetings.spoken_by_side`), so the meeting word is no CONSULT cancelled besides it."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.meeting_speakers import speaking_side

    phrase = off.group(0)
    return "," not in phrase and calling_off_verb(phrase) and not phrase.lower().endswith(HALTED) \
        and speaking_side(text, (start, off.end()), off.end()) is not None

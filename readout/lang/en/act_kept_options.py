"""A hostile measure named as an option kept open is a threat made now (threat58).

"Britain keeps the option of new tariffs on Argentina on the table", "Chile left open the possibility of military
action against Bolivia", "did not rule out the option of sanctions on X": the manual's THREATEN is a statement of
intent to act against another, and a measure held in reserve, said aloud, is one. The measure's noun alone reads
as taken ('tariffs on Argentina': SANCTION), so the option phrase before it (lexicon `kept_option_before_re`) and a
frame that keeps it open (`kept_option_frame_re`: 'on the table', 'left open', 'not rule out') make it a THREATEN of
that measure, its own type kept as `stated_type`. An option ruled out, or only weighed by others, threatens nothing:
without the keeping frame the hit is left as it was (a cooperative act so named is dropped by reading_acts).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_matcher import matcher

OPTION_REACH = 60  # characters before a measure's noun where its option phrase may start


def kept_options(text: str, hits: list[ActHit], lex) -> list[ActHit]:
    """The hits, each hostile measure noun (`pledge_threat_modes` type, not negated) named as an option that its
    sentence keeps open made an occurred THREATEN of that measure."""
    option, frame = lex.re("kept_option_before_re"), lex.re("kept_option_frame_re")
    if not frame.search(text):
        return hits
    cues = matcher().cues
    return [replace(h, type="THREATEN", mode=threat_mode_of(h, cues, "relations"), status="occurred",
                    data={**h.data, "stated_type": h.data.get("stated_type", h.type), "kept_option": True})
            if h.nominal and not h.negated and h.type in cues.pledge_threat_modes and h.type != "THREATEN"
            and option.search(text, max(0, h.start - OPTION_REACH), h.start) else h for h in hits]

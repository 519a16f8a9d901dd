"""Warning fire: '우리 군은 북한군에 경고사격을 했다', '중국 어선에 경고사격을 했다'.

Why: warning shots are fired so as not to hit; the dev gold and the closed batches' writers code fire that hits no
one as a show of force, MOBILIZE, by the firer. Unlike a drill or a test, warning fire is aimed at a side (the 에
argument: the soldiers or the boat warned), so the hit is marked `aimed_show` and the pipeline gives it its clause's
receiving side, which it withholds from other shows of force (pipeline/act_recipient_readers.clause_recipients). The
English reader marks 'fired warning shots at X' the same way (lang/en/act_drills.warning_fire).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex


def aimed_warnings(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each show of force read from a warning-fire word (`warning_fire`) marked `aimed_show`."""
    return [replace(h, data={**h.data, "aimed_show": True})
            if h.type == "MOBILIZE" and h.lemma in lex.cue("warning_fire") else h for h in hits]

"""(enclause50) A target phrase ends where a new clause with its own subject begins after a bare 'and'.

Why: an act's target phrase ('sanctions on Russia') is read token by token up to punctuation or a clause word, and
'and' goes on ('on Russia and China': both are hit). With no comma before 'and', 'Japan imposed sanctions on Russia
and China condemned the move' made China a target of Japan's sanctions, though China is the subject of the next
clause (clauses.subject_joints: a name and its finite verb after the 'and', a finite verb before it)."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.clause_spans import relative_spans, subject_joints


def clipped_at_joints(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The hits, each target span that runs over a subject joint cut before it (a span that starts after the
    joint is another clause's, left as it is: the clause reader already keeps it apart)."""
    joints = subject_joints(text)
    if not joints:
        return hits
    out = []
    for h in hits:
        spans = h.data.get("target_spans")
        if spans:
            cut = tuple((lo, min([hi] + [a for a, _b in joints if lo < a < hi])) for lo, hi in spans)
            h = replace(h, data=dict(h.data, target_spans=cut)) if cut != tuple(spans) else h
        out.append(h)
    return out


def clipped_at_relatives(text: str, hits: list[ActHit]) -> list[ActHit]:
    """(meet52) The hits inside an embedded clause (a 'who' relative, clause_spans.relative_spans), each target span
    that runs past the clause's end cut there: 'The Kenyan envoy [who sought talks with Uganda] met Tanzanian officials'
    asks talks of Uganda, not of the officials the main verb met (the target phrase reads on over the main verb)."""
    embedded = relative_spans(text)
    if not embedded:
        return hits
    out = []
    for h in hits:
        own = next((b for a, b in embedded if a <= h.start < b), None)
        spans = h.data.get("target_spans")
        if own is not None and spans:
            cut = tuple((lo, min(hi, own)) for lo, hi in spans if lo < own)
            h = replace(h, data=dict(h.data, target_spans=cut)) if cut != tuple(spans) else h
        out.append(h)
    return out

"""(threat61) Not tolerating a hostile deed is a deterrent warning: 'X said it will not tolerate any provocation',
'X will not accept Y's incursions', 'X warned it would not tolerate such aggression'.

Why: the PLOVER manual's THREATEN covers "coercive or forceful warnings with serious potential repercussions"; a state
saying it will not stand for another's aggression warns that side, with the repercussion left unsaid. Read alone, the
tolerance verb was no act (or a refusal: 'will not accept' REJECT, though nothing was put forward to refuse). Here a
tolerance verb (cue tolerating_verbs) negated, whose object within a few words names a hostile deed (cue
untolerated_deeds), is the speaker's THREATEN: the warning verb before it when there is one, else a new hit at the
tolerance verb; aimed at the deed's owner when the object names one with a capital ('Y's incursions', 'Yian
provocations'), else unaddressed (the pipeline's reading: the other side of the acts just told). The deed nouns in
the object are its content, no acts of their own. 'will not tolerate corruption', 'does not accept the proposal' name
no hostile deed and stay as they were read.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_deterrent_warnings import negated_before
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OBJECT_REACH = 6  # words of the object after the tolerance verb ('any further provocative acts by Y')


def untolerated_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each negated tolerance of a hostile deed read as the speaker's threat (module docstring)."""
    for k, t in enumerate(toks):
        if t.low not in cues.tolerating_verbs or not negated_before(toks, k, cues) \
                or any(h.type == "THREATEN" and h.data.get("token") == k for h in hits):
            continue
        end = object_end(toks, k, cues)
        if end is None:
            continue
        first, last = toks[k + 1].start, toks[end].end
        hits = [h for h in hits if not (h.data.get("token") == k or h.nominal and first <= h.start < last)]
        warning = next((n for n, h in enumerate(hits) if h.type == "THREATEN" and not h.nominal and not h.negated
                        and h.data.get("token", len(toks)) < k), None)
        hit = hits[warning] if warning is not None else ActHit(t.start, t.end, "THREATEN", None, t.low,
                                                                data={"token": k, "head_end": k, "end_token": k})
        owner = any(toks[j].raw[:1].isupper() for j in range(k + 1, end + 1))
        data = {key: v for key, v in hit.data.items() if key not in ("target_spans", "unaddressed")}
        data.update({"target_spans": ((first, last),)} if owner else {"unaddressed": True})
        hit = replace(hit, type="THREATEN", mode=None, status="occurred", negated=False, nominal=False,
                      data={**data, "deterrent": True})
        hits = hits[:warning] + [hit] + hits[warning + 1:] if warning is not None \
            else sorted([*hits, hit], key=lambda h: h.start)
    return hits


def object_end(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The last token of the tolerance verb's object when it names a hostile deed within reach, the object running to
    a clause break or the end; None when no deed word stands in it."""
    deed = None
    for j in range(k + 1, min(len(toks), k + 1 + OBJECT_REACH)):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            break
        if toks[j].low in cues.harm_verbs:
            return None  # 'will not tolerate any attack on X', 'anyone to threaten X': act_deterrent_warnings reads it
        if toks[j].low in cues.untolerated_deeds:
            deed = j
    if deed is None:
        return None
    j = deed
    while j + 1 < len(toks) and toks[j + 1].word and toks[j + 1].low not in cues.clause_breaks \
            and j + 1 - k <= OBJECT_REACH + 2:
        j += 1
    return j


def unnamed_offenders(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(threat61) The hits with each verbal THREATEN whose target phrases name a hostile deed and no one ('will respond
    decisively to any provocation', 'would retaliate against any attack on our nationals') marked unaddressed: the
    phrase says what the threat answers, not whom; the one warned is the side the story implies (the pipeline's
    reading of an unaddressed warning), not a state the phrase never names."""
    out = []
    for h in hits:
        spans = h.data.get("target_spans") or ()
        if h.type == "THREATEN" and not h.nominal and spans and not h.data.get("unaddressed"):
            words = [t for t in toks if any(lo <= t.start < hi for lo, hi in spans) and t.word]
            if words and not any(t.raw[:1].isupper() for t in words) \
                    and any(t.low in cues.untolerated_deeds or t.low in cues.harm_verbs for t in words):
                h = replace(h, data={**h.data, "unaddressed": True})
        out.append(h)
    return out

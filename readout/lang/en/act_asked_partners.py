"""(enfollow68) The other party of an act asked for: 'pushed for a ceasefire with X', 'pressed for talks with X',
'called for a truce with X'.

Why: an appeal whose entry has no addressee slot ('call for', 'push for') is marked unaddressed and handed to the
other side of the acts just reported; with none reported it is dropped. When what is asked for is a short lower-case
noun phrase followed by 'with X', the subject asks for an act to be done with X: X is that act's other party, and the
one the request is aimed at when no addressee is named. 'along with X', 'together with X' name one who asks beside the
subject (`comitative_adverbs`), and a name inside what is asked ('for a Chilean truce with ...') is left alone.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_targets import phrase_after
from readout.lang.en.act_tokens import Token

CONTENT_REACH = 4  # words of what is asked between 'for' and 'with' ('for an immediate and lasting ceasefire with')
PARTNER = "with"
ASKED_FOR = "for"


def asked_partner(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The span of the phrase after 'with' that follows the lower-case content of an appeal's 'for' (the hit's own
    'for' or the one right after it), or None: a content that is empty, too long, holds a name, a preposition, a
    clause word or an infinitive, or a 'with' after a comitative adverb."""
    first = hit.data["token"] + 1
    j = hit.data.get("end_token", hit.data["token"]) + 1
    if j < len(toks) and toks[j].low == ASKED_FOR:
        j += 1
    fors = [k for k in range(first, j) if toks[k].low == ASKED_FOR]
    if not fors:
        return None
    start = fors[-1] + 1  # the content begins after 'for', even when the entry took its object ('push for X')
    k = start
    while k < len(toks) and k - start < CONTENT_REACH and toks[k].low != PARTNER:
        t = toks[k]
        if not t.word or t.raw[:1].isupper() or t.low in cues.prepositions or t.low in cues.clause_breaks \
                or t.low in cues.relative or t.low in cues.infinitive or t.low in cues.comitative_adverbs:
            return None
        k += 1
    if k == start or k >= len(toks) or toks[k].low != PARTNER:
        return None
    return phrase_after(toks, k, cues)

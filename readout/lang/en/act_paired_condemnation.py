"""One statement of disapproval said twice: 'firmly opposes and strongly condemns X's launch' (en44).

Why: officials pair a verb of opposing with one of condemning for emphasis; both verbs share one object and one
statement, which analysts code once, as the ACCUSE. Read alone, 'opposes' adds a REJECT with the same actor and
recipient that no one refused anything in. A REJECT stays when what is opposed is something put forward
(`proposal_nouns`: 'opposes and condemns the plan' refuses the plan) or when the two verbs are not joined
directly by 'and' (adverbs aside): 'opposed the plan and condemned the strikes' are two acts.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_characterize import conduct_owner
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

COORDINATOR = "and"
DISAPPROVING_TYPE = "ACCUSE"
REFUSING_TYPE = "REJECT"


def paired_condemnations(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without a verbal REJECT joined by 'and' to a verbal ACCUSE whose shared object is no proposal; when
    the ACCUSE comes first ('condemned and opposed X's launch', en-acts45) it takes the object read after the
    REJECT (`shared_object`), and a deed noun there that the REJECT alone governed as a plan is a deed done."""
    accusing = {h.data.get("token", -1): h for h in hits if h.type == DISAPPROVING_TYPE and not h.nominal}
    doubled = [h for h in hits if doubled_disapproval(toks, h, accusing, cues)]
    out = [h for h in hits if not any(h is d for d in doubled)]
    for d in doubled:
        first = max((i for i in accusing if i < d.data["token"]), default=None)
        if first is not None and joined_after(toks, accusing[first], d, cues):
            out = shared_object(toks, out, accusing[first], d, cues)
    return out


def joined_after(toks: list[Token], accuse: ActHit, reject: ActHit, cues: Cues) -> bool:
    """Whether the REJECT verb follows the ACCUSE verb right after its 'and' (adverbs aside)."""
    k = skip_adverbs(toks, accuse.data.get("head_end", accuse.data["token"]) + 1, cues)
    return k < len(toks) and toks[k].low == COORDINATOR and skip_adverbs(toks, k + 1, cues) == reject.data["token"]


def shared_object(toks: list[Token], hits: list[ActHit], accuse: ActHit, reject: ActHit, cues: Cues) -> list[ActHit]:
    """The hits with the first verb's ACCUSE aimed at the owner of the object after the dropped REJECT (when it names
    none of its own), and the deed nouns in that object read as done, not as plans the refusal governed."""
    first = skip_adverbs(toks, reject.data["head_end"] + 1, cues)
    last = first
    while last + 1 < len(toks) and last + 1 <= first + cues.window and toks[last + 1].word \
            and toks[last + 1].low not in cues.clause_breaks:
        last += 1
    if first >= len(toks) or not toks[first].word:
        return hits
    out = []
    for h in hits:
        if h is accuse and not h.data.get("target_spans"):
            h = replace(h, data={**h.data, "target_spans": (conduct_owner(toks, first, last, cues),)})
        elif h.nominal and h.data.get("modality") == "governed" and first <= h.data["token"] <= last:
            h = replace(h, status="occurred", data={k: v for k, v in h.data.items() if k != "modality"})
        out.append(h)
    return out


def doubled_disapproval(toks: list[Token], h: ActHit, accusing: dict[int, ActHit], cues: Cues) -> bool:
    """Whether `h` is a REJECT verb, then 'and' and an ACCUSE verb (`accusing`: by token), or the other way round,
    whose object, read after the later verb, holds no proposal noun within the window."""
    if h.type != REFUSING_TYPE or h.nominal or "head_end" not in h.data:
        return False
    j = skip_adverbs(toks, h.data["head_end"] + 1, cues)
    if j < len(toks) and toks[j].low == COORDINATOR:
        partner = accusing.get(skip_adverbs(toks, j + 1, cues))
        return partner is not None and not proposal_object(toks, partner.data.get("head_end", j), cues)
    before = [i for i, a in accusing.items() if i < h.data.get("token", -1)]
    for i in before:
        k = skip_adverbs(toks, accusing[i].data.get("head_end", i) + 1, cues)
        if k < len(toks) and toks[k].low == COORDINATOR and skip_adverbs(toks, k + 1, cues) == h.data["token"]:
            return not proposal_object(toks, h.data["head_end"], cues)
    return False


def proposal_object(toks: list[Token], head_end: int, cues: Cues) -> bool:
    """Whether a word of `proposal_nouns` follows the verb ending at `head_end` within the window."""
    return any(t.low in cues.proposal_nouns for t in toks[head_end + 1:head_end + 1 + cues.window])

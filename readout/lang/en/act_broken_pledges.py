"""(enpar54) The deed a broken pledge promised, told as a gerund after 'for' or 'of' ('reneged on his commitment to
the voters for holding elections', 'broke its pledge of holding a vote'), is no act of its own: neither done nor
promised anew, only the refusal (REJECT) stands.

Why: the 'to'-infinitive of a promise ('reneged on its promise to hold elections') was read as the promise's
content already, but the gerund after 'for'/'of' was walked as a finite deed ('holding elections': CAMEO's AGREE),
so the sentence gave an AGREE beside the refusal of it. Rule: after a REJECT whose object is a promise noun (cue
`promise_nouns`), within `PLEDGE_REACH` words and no clause break, a hit whose trigger word ends in '-ing' right
after 'for' or 'of' is dropped.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PLEDGE_REACH = 10  # words from the promise noun to its gerund ("her pledge to the voters of the province for holding")
CONTENT_PREPS = frozenset({"for", "of"})


def pledged_gerunds(toks: list[Token], hit: ActHit, cues: Cues) -> set[int]:
    """The tokens of the gerunds after 'for'/'of' in the content of the broken promise `hit` rejects."""
    if hit.type != "REJECT" or hit.nominal or hit.data.get("object") not in cues.promise_nouns:
        return set()
    out = set()
    start = hit.data.get("end_token", hit.data["token"]) + 1
    for k in range(start, min(len(toks), start + PLEDGE_REACH)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            break
        if toks[k].low.endswith("ing") and toks[k - 1].low in CONTENT_PREPS:
            out.add(k)
    return out


def broken_pledges(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the deeds a broken promise's gerund content names."""
    promised: set[int] = set()
    for h in hits:
        promised |= pledged_gerunds(toks, h, cues)
    return [h for h in hits if h.type == "REJECT" or h.data["token"] not in promised] if promised else hits

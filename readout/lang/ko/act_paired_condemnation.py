"""One statement of disapproval said twice: '단호히 반대하고 강력히 규탄한다', '반대하며 규탄했다' (ko-acts37).

Why: officials pair a verb of opposing with one of condemning for emphasis; both verbs share one object and one
statement, which analysts code once, as the ACCUSE (the English reader's rule, en/act_paired_condemnation.py).
Read alone, '반대하다' adds a REJECT with the same actor and recipient that no one refused anything in. A REJECT
stays when what is opposed is something put forward ('제안을 반대하고 규탄했다': `rejected_proposal`, marked by
Language.rejected_proposal before this runs) or when the two verbs are not joined directly by a connective ending
of the lexicon's `paired_condemnation_ending` (adverbs aside): '계획에 반대했다. ... 규탄했다' are two acts.
"""
from __future__ import annotations

from readout.lang.base import ActHit

DISAPPROVING_TYPE = "ACCUSE"
REFUSING_TYPE = "REJECT"
ADVERB_TAGS = ("MAG",)
OBJECT_PARTICLE_TAGS = ("JKO", "JKB")  # '제안을', '제안에'


def paired_condemnations(hits: list[ActHit], toks: list, endings: frozenset[str],
                         proposals: frozenset[str] = frozenset()) -> list[ActHit]:
    """The hits without a verbal REJECT whose connective ending (`endings`) joins it to a verbal ACCUSE right
    after it ('반대하고 규탄했다') or right before it ('규탄하며 반대했다'), adverbs between them aside."""
    verbal = [h for h in hits if not h.nominal and "first" in h.data and "last" in h.data]
    accusing = [h for h in verbal if h.type == DISAPPROVING_TYPE]
    doubled = {id(h) for h in verbal if refusing(h) and not proposal_object(toks, h.data["first"], proposals) and any(joined(toks, h, a, endings) or joined(toks, a, h, endings)
                                                             for a in accusing)}
    return [h for h in hits if id(h) not in doubled]


def proposal_object(toks: list, first: int, proposals: frozenset[str]) -> bool:
    """(en-acts45) Whether the noun before the particle ahead of the verb (adverbs aside) is a proposal ('제안에
    반대하며', '계획을 반대하고'), which the opposing refuses whatever `Language.rejected_proposal` marked."""
    k = first - 1
    while k >= 0 and toks[k][1] in ADVERB_TAGS:
        k -= 1
    return k >= 1 and toks[k][1] in OBJECT_PARTICLE_TAGS and toks[k - 1][0] in proposals


def joined(toks: list, before: ActHit, after: ActHit, endings: frozenset[str]) -> bool:
    """Whether the verb of `before` ends in a pairing connective and the verb of `after` comes right after it."""
    last = before.data["last"]
    return connective(toks, last, endings) and next_word(toks, last) == after.data["first"]


def refusing(h: ActHit) -> bool:
    """A verbal REJECT of no proposal (a refused proposal is a REJECT of its own beside the condemnation)."""
    return h.type == REFUSING_TYPE and not h.nominal and not h.data.get("rejected_proposal")


def connective(toks: list, k: int, endings: frozenset[str]) -> bool:
    """Whether the morpheme at k is a connective ending (EC) of the pairing list ('고', '며', '면서')."""
    return 0 <= k < len(toks) and toks[k][1] == "EC" and toks[k][0] in endings


def next_word(toks: list, k: int) -> int:
    """The index of the first morpheme after k that is no adverb ('반대하고 [강력히] 규탄')."""
    k += 1
    while k < len(toks) and toks[k][1] in ADVERB_TAGS:
        k += 1
    return k

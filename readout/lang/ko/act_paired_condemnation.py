"""(en-acts45) One statement of disapproval said with two joined verbs: '발사를 규탄하고 반대했다', '발사에 반대하며
규탄했다' (the Korean side of lang/en/act_paired_condemnation).

Why: officials pair a verb of opposing with one of condemning for emphasis; both verbs share one object and one
statement, which analysts code once, as the ACCUSE. Read alone, 반대하다 adds a REJECT with the same actor and
recipient that no one refused anything in. A REJECT stays when what is opposed is something put forward (cue
proposal_noun: '제안에 반대하며 비난했다' refuses the proposal) or when the two predicates are not joined directly by a
connective ending (cue paired_ending: -고, -며, -면서; adverbs aside): '계획에 반대했고, 훈련을 규탄했다' stays two acts.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

DISAPPROVING_TYPE = "ACCUSE"
REFUSING_TYPE = "REJECT"
ADVERB_TAGS = frozenset({"MAG"})  # '강력히 규탄하고 단호히 반대했다'
OBJECT_PARTICLE_TAGS = frozenset({"JKO", "JKB"})


def paired_condemnations(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without a verbal REJECT joined to a verbal ACCUSE (either order) whose object is no proposal."""
    verbs = sorted((h for h in hits if not h.nominal and "first" in h.data and "last" in h.data),
                   key=lambda h: h.data["first"])
    doubled = set()
    for a, b in zip(verbs, verbs[1:]):
        if {a.type, b.type} == {DISAPPROVING_TYPE, REFUSING_TYPE} and joined(toks, a, b, lex) \
                and not proposal_object(toks, a.data["first"], lex):
            doubled.add(id(a if a.type == REFUSING_TYPE else b))
    return [h for h in hits if id(h) not in doubled]


def joined(toks: list, a: ActHit, b: ActHit, lex: ActIndex) -> bool:
    """Whether predicate `a` ends with a connective ending of `paired_ending` and `b` follows it with only adverbs
    between."""
    last = a.data["last"]
    return toks[last][1] == "EC" and toks[last][0] in lex.cue("paired_ending") \
        and all(toks[k][1] in ADVERB_TAGS for k in range(last + 1, b.data["first"]))


def proposal_object(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the noun before the particle ahead of the first predicate (adverbs aside) is a `proposal_noun`."""
    k = first - 1
    while k >= 0 and toks[k][1] in ADVERB_TAGS:
        k -= 1
    return k >= 1 and toks[k][1] in OBJECT_PARTICLE_TAGS and toks[k - 1][0] in lex.cue("proposal_noun")

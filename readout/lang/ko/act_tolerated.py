"""(request54) Not tolerating a misdeed is a warning, not a refusal: '더 이상의 반란은 용납하지 않겠다', '이런 도발은
결코 용인하지 않을 것'. PLOVER's REJECT answers something another side put forward or seeks (a proposal, a demand, a
bid: '[B의] 유엔 가입을 용납할 수 없다' stays a REJECT at B, lang/ko/act_clauses.refusal). A deed of defiance or force
the speaker will not stand for (cues provocation_noun, offense_noun, defiance_noun) asks nothing of anyone and offers
nothing to refuse: the sentence is a warning (THREATEN where it names a consequence, read elsewhere) or no act, so no
REJECT is read from the tolerance verb (cue tolerate_verb) there.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

OBJECT_PARTICLES = frozenset({"JKO", "JX"})  # '반란을', '반란은', '반란도'
DEED_CUES = ("provocation_noun", "offense_noun", "defiance_noun")


def tolerated_misdeed(toks: list, verb: str, first: int, lex: ActIndex) -> bool:
    """Whether the tolerance verb `verb`, whose first morpheme is `first`, has for its object (the noun run before
    an object or topic particle, adverbs like '결코' between) a misdeed rather than something put forward."""
    if verb not in lex.cue("tolerate_verb"):
        return False
    k = first - 1
    while k > 0 and toks[k][1] in ("MAG", "SP"):
        k -= 1  # '결코', '절대'
    if k < 1 or toks[k][1] not in OBJECT_PARTICLES or toks[k - 1][1] not in NOUN_TAGS:
        return False
    deeds = frozenset().union(*(lex.cue(name) for name in DEED_CUES))
    run = range(run_start(toks, k - 1), k)
    words = {toks[j][0] for j in run} | {"".join(toks[j][0] for j in run)}  # '불복종': kiwi's prefix 불 + 복종
    return bool(words & deeds)

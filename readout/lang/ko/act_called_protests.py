"""(konoun46) A strike or a boycott its callers urge: '시민단체는 일본 상품 불매운동을 촉구했다', '노조는 총파업을 호소했다'.

Why: a verb of urging (cue protest_call_verb) reads a REQUEST of whoever it addresses, but a strike or a boycott urged
with no one asked to do it is the callers' own protest, called: the PROTEST of the noun's mode, as English 'called for
a boycott of X goods', 'called a general strike' (ennoun72). Only the modes a call starts (strike, boycott): a
demonstration urged ('집회를 촉구했다') may ask others to gather; nor where the clause names whom it urges ('페루에
불매운동을 촉구했다', '국민들에게'): then the addressee is asked to protest, a REQUEST. A noun whose verb has a pair for the object before it
that is no protest ('회담 보이콧': REJECT meet, the @convened_noun pair) is that pair's act, not this.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS

CALLED_MODES = frozenset({"strike", "boycott"})  # PLOVER PROTEST modes a call starts (the manual's strike, boycott)
ADDRESSEE_PARTICLES = frozenset({"에", "에게", "한테", "께"})
ABOUT_VERBS = frozenset({"대하", "관하"})  # '일본에 대한 불매운동': what it is about, no one addressed


def addressed(toks: list, start: int) -> bool:
    """A noun marked 에/에게 before `start` in the clause, not 'X에 대한': someone the verb urges."""
    k = start - 1
    while k > 0 and toks[k][1] not in CLAUSE_EDGE_TAGS:
        if toks[k][1] == "JKB" and toks[k][0] in ADDRESSEE_PARTICLES and toks[k - 1][1] in NOUN_TAGS \
                and not (k + 1 < len(toks) and toks[k + 1][0] in ABOUT_VERBS):
            return True
        k -= 1
    return False


def called_protest(toks: list, start: int, end: int, lex: ActIndex, act_noun,
                   lookup) -> tuple[ActEntry, int] | None:
    """The PROTEST the noun run [start..end] names when it is a strike or a boycott (`act_noun`, nominals included),
    unless someone is addressed or the verbal noun's pair for the nouns before it (`lookup` = act_noun_lookup.noun_lookup) is another act."""
    hit = act_noun(toks, start, end, lex, nominals=True)
    if hit is None or addressed(toks, start) or hit[0].type != "PROTEST" or hit[0].mode not in CALLED_MODES:
        return None
    pair = lookup(toks, start, end - 1, lex.pairs.get(toks[end][0] + "하다", {})) if end > start else None
    return None if pair is not None and pair[0].type != "PROTEST" else hit

"""(encoup49, issue 15) A bid stopped before it was done: 'security forces thwarted an attempt to stage a coup', 'the
army foiled a plot to seize power'. The deed the bid aimed at is the plotters', never the act of those who stopped it:
the verb's subject is the government or forces that foiled it. PLOVER codes an attempted act (its plotters' ASSAULT,
'soldiers attempted a coup', foiled or not: en additions attempt + coup), but one whose plotters go unnamed here has no
side to code, so the deed under the foiling verb's bid noun is dropped (as Korean '쿠데타를 일으키려는 시도를
저지했다' gives none), and so is an attack the verb dictionary reads on the foiling verb itself ('foiled an
assassination attempt', 'thwarted a rocket attack'). The foiling verbs are the cue `foiling_verbs`, the bid nouns
`bid_nouns`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

BID_MODIFIERS = 3  # lower-case words between the foiling verb and the bid noun ('thwarted an alleged new attempt')
INFINITIVE = "to"
ATTACK = "ASSAULT"  # the type a foiling verb never has for its subject
AGENT_PREPOSITION = "by"  # 'an attempt by officers to seize power': the plotters named
PLOTTER_WORDS = 4  # the longest plotters' phrase read between the bid noun's 'by' and 'to'


def foiled_bids(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verb acts a bid noun governs ('an attempt to stage') under a foiling verb, and without an
    attack read on the foiling verb itself (the verb dictionary's 'foiled an assassination attempt', 'thwarted a
    rocket attack', 'averted an attempt': the attempt is the others', the foiling no force)."""
    return [h for h in hits if not foiled(toks, h, cues)
            and not (not h.nominal and (toks[h.data["token"]].low in cues.foiling_verbs and h.type == ATTACK
                                        or stopping(toks[h.data["token"]].low, cues)
                                        and bid_object(toks, h.data["token"], cues)))]


def stopping(word: str, cues: Cues) -> bool:
    """Whether `word` stops a bid: a foiling verb, or (coups50) a verb of crushing, which stops only a bid or coup
    ('crushed an attempt to seize power') and keeps its force on people ('brutally suppressed the rally')."""
    return word in cues.foiling_verbs or word in cues.crushing_verbs


def bid_object(toks: list[Token], i: int, cues: Cues) -> bool:
    """(coups50) Whether the foiling verb at token `i` has a bid or a coup for its object ('quelled an attempt to
    stage a coup', 'suppressed a coup bid'), at most `BID_MODIFIERS` lower-case words after it: the verb's own reading
    (a crackdown, COERCE) is no act of the foilers either, as encoup49 codes them; 'suppressed protests' keeps it."""
    if i + 1 < len(toks) and toks[i + 1].low in cues.told_pronouns \
            and any(t.low in cues.coup_means_nouns for t in toks[:i]):
        return True  # 'soldiers attempted a coup, but loyal troops quelled it': the coup just told
    for t in toks[i + 1:i + 2 + BID_MODIFIERS]:
        if not t.word or not t.raw.islower():
            return False
        if t.low in cues.bid_nouns or t.low in cues.coup_means_nouns:
            return True
    return False


def foiled(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the verb act `hit` is the infinitive of a bid noun (`bid_nouns` + 'to') that a foiling verb has for its
    object, with at most `BID_MODIFIERS` lower-case words between."""
    i = hit.data["token"]
    if hit.nominal or i < 3 or toks[i - 1].low != INFINITIVE:
        return False
    noun = bid_noun(toks, i - 2, cues)
    if noun is None:
        return False
    k = noun - 1
    while k >= 0 and noun - 1 - k < BID_MODIFIERS and toks[k].word and toks[k].raw.islower() \
            and not stopping(toks[k].low, cues):
        k -= 1
    return k >= 0 and stopping(toks[k].low, cues)


def bid_noun(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The bid noun's token ending at `j`, before 'to': the noun itself, or the noun before a 'by' phrase of its
    plotters of up to `PLOTTER_WORDS` words ('an attempt by officers to seize power'); None for neither."""
    if toks[j].low in cues.bid_nouns:
        return j
    for k in range(j, max(0, j - PLOTTER_WORDS), -1):
        if toks[k].low == AGENT_PREPOSITION:
            return k - 1 if k >= 1 and toks[k - 1].low in cues.bid_nouns else None
        if not toks[k].word:
            return None
    return None

"""An order to leave the country: 'B 대사관 직원들에게 48시간 안에 출국하라고 명령했다'.

Why: the order a state gives a foreign diplomat to leave its soil carries out the expulsion itself (PLOVER SANCTION
expel, as '기피인물로 지정' and '추방했다' in the lexicon): the person ordered has no choice, so it is no REQUEST of a
state. Read as a request, the sentence yields a REQUEST nobody coded and no expulsion. Only a commanding verb
(`expulsion_order_verb`) with the content of leaving (`departure_verb`) right before its quotative ending turns; an
advice or an appeal to leave ('출국하라고 권고했다', to one's own people) keeps its own reading.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

ORDER_ENDINGS = frozenset({"라고", "도록", "으라고", "어라"})  # '출국하라고', '출국하도록', '떠나라고' before the verb
VERB_TAGS = frozenset({"VV", "XSV"})


def expulsion_orders(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each REQUEST of `expulsion_order_verb` whose ordered content is leaving made a SANCTION expel."""
    return [replace(h, type="SANCTION", mode="expel", data=dict(h.data, stated_type="REQUEST"))
            if h.type == "REQUEST" and h.lemma in lex.cue("expulsion_order_verb") and "first" in h.data
            and ordered_departure(toks, h.data["first"], lex) else h for h in hits]


def ordered_departure(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the verb right before the morpheme `first`, closed by an ending of an order ('출국하라고'), is one of
    `departure_verb` (a verbal noun + 하, or a plain verb stem: '떠나라고')."""
    k = first - 1
    if k < 1 or toks[k][0] not in ORDER_ENDINGS or toks[k - 1][1] not in VERB_TAGS:
        return False
    if toks[k - 1][1] == "XSV":
        return k >= 2 and toks[k - 2][0] + toks[k - 1][0] + "다" in lex.cue("departure_verb")
    return toks[k - 1][0] + "다" in lex.cue("departure_verb")

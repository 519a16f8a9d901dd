"""Restrictions a state puts on its trade with another are SANCTION 'discontinue', not COERCE: 'tightened controls on
exports to B of two metals', 'restricted exports of lithium to B', 'curbed shipments of chips to B'.

Why: CAMEO reads 'tighten controls' and 'restrict' as administrative restrictions (172, 170: COERCE, done by a
government to its own people), which is right for 'tightened controls on the press'. PLOVER's SANCTION is every
reduction of existing relations, its mode 'discontinue' the curtailing of commercial or material exchanges; a
restriction whose words name the trade flow (`trade_words`: exports, imports, shipments) curtails the exchange with
the state the flow goes to, which the reader points at with the prepositions after the flow ('to B', 'from B').
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

FLOW_REACH = 4  # words from the restricting verb (or its object) to the trade flow ('tightened controls on exports')
TRADE_TARGETS = ("to", "from", "on", "against")  # where the trading partner stands after the flow


def trade_curbs(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each COERCE restriction (mode 'restrict' or none) whose object words, or the words right after them, name a
    trade flow, read as SANCTION 'discontinue' aimed at the partner after 'to'/'from' (module docstring)."""
    return [replace(h, type="SANCTION", mode="discontinue", target=TRADE_TARGETS,
                    contexts=tuple(dict.fromkeys((*h.contexts, "economic"))),
                    data={**h.data, "stated_type": h.type})
            if h.type == "COERCE" and h.mode in (None, "restrict") and not h.negated and names_trade(toks, h, cues)
            else h for h in hits]


def names_trade(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """Whether a trade word follows the act's words within `FLOW_REACH` words, no clause break between."""
    start = h.data.get("head_end", h.data.get("token", -1)) + 1
    last = max(h.data.get("end_token", start), start) + FLOW_REACH
    for k in range(start, min(len(toks), last + 1)):
        if toks[k].low in cues.trade_words:
            return True
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
    return False

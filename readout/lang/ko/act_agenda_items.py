"""An item a side says it will not put on the agenda (shelve53): 'B의 가입 신청을 의제에 올리지 않겠다', 'B와의 협상을
의제로 삼지 않겠다', 'B의 제안을 안건으로 다루지 않겠다'.

Why a reader of its own: the lexicon reads 의제/안건 with 올리다, 다루다 or 삼다 as an AGREE, so that its negated pledge is
the refusal the manual codes REJECT (CAMEO 125 'reject proposal to meet, discuss, negotiate'), read by
act_clauses.refusal as a refused yield is. Unlike a yield refused, whose demanders go unnamed, the item's owner or
partner ('B의 신청', 'B와의 협상') is named and receives the refusal: the entry's target is kept. An item set on an agenda
with no negation ('의제로 다뤘다') is no act the manual codes, and is dropped (the English 'put X on the agenda' is
read alike: lang/en/act_agenda_items.py).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_clauses import refusal
from readout.lang.ko.act_table import ActIndex


def agenda_item(hit: ActHit, lex: ActIndex) -> bool:
    """Whether the hit is an item set on an agenda ('의제+올리다'): its lexicon noun is an agenda noun."""
    return hit.lemma.split("+")[0] in lex.cue("agenda_noun")


def refused_agenda_item(toks: list, s: int, lex: ActIndex, hit: ActHit) -> ActHit | None:
    """The REJECT of an agenda item refused at stem `s` ('올리지 않겠다'), its receiving side the item's owner or
    partner, or None (no refusal stated there)."""
    refused = refusal(toks, s, lex, hit)
    return None if refused is None else replace(refused, target=hit.target)


def without_agenda_items(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits less each item set on an agenda and not refused (no act)."""
    return [h for h in hits if h.type == "REJECT" or not agenda_item(h, lex)]

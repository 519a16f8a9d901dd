"""What both languages' act readers do alike with a gathering that another act acts on.

Why shared: the rule reads only the act hits (their types, nominal flag and `domestic_target` span), which both
languages' readers produce in the same shape; the language decides which noun is a gathering and which verb acts on
it (lang/en/act_dispersed_gatherings, lang/ko/act_dispersed_gatherings), not this.
"""
from __future__ import annotations

from readout.lang.base import ActHit


def suppressed_protests(hits: list[ActHit]) -> list[ActHit]:
    """(coercefollow66) A gathering noun that is the object of an act on people ('Ecuadorian police dispersed a sit-in',
    '경찰이 반정부 시위를 진압했다': the act's `domestic_target`) is the gathered people's, who receive the act: its noun
    reads no PROTEST by the verb's subject. A gathering told as its own act ('protesters rallied; police dispersed
    them', '시위대가 집회를 열었다') is no one's object and stays."""
    targets = [h.data["domestic_target"] for h in hits if not h.nominal and h.type != "PROTEST"
               and h.data.get("domestic_target")]
    return [h for h in hits if not (h.nominal and h.type == "PROTEST"
                                    and any(s <= h.start < e for s, e in targets))]

"""(enacts56, issue 15) An attack named as a noun and told as having happened at a site: 'A suicide bombing took place
at a market in X', 'a car bombing occurred outside a police station in Y'.

The attack noun is the subject of a verb of occurring (`occurrence_verbs`, 'took place' as its two words) and no doer is
named: the only side the sentence gives is the site the verb's place phrase names ('at a market in X'). As a device
with its victims named does (act_doerless_explosions, struck_state), the site's people (its sector by
act_site_sectors.site_sector_of: a market's crowd CVL, a police station's police) are the attack's victims, so the
pipeline gives the attack the place's state as its receiving side with no acting side, as the PLOVER gold codes a
bombing no one is named with. A site of no known kind ('took place in a field') names no victims and stays as it was.

Why its own module: the doerless explosion reader reads an explosion verb with its harm participle; this one reads
the attack noun before a verb that only says it happened.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_site_sectors import site_sector_of
from readout.lang.en.act_tokens import Token

SITE_LINKS = frozenset({"at", "in", "near", "outside", "on"})  # 'took place at a market': the site's preposition
SITE_WORDS = 8  # tokens of the site phrase after its preposition ('a crowded market in the centre of X')
TOOK, PLACE = "took", "place"


def occurrence_end(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The last token of a verb of occurring that starts at token k ('occurred', 'took place'), else None."""
    if k < len(toks) and toks[k].low in cues.occurrence_verbs:
        return k
    if k + 1 < len(toks) and toks[k].low == TOOK and toks[k + 1].low == PLACE:
        return k + 1
    return None


def site_span(toks: list[Token], k: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the site phrase after the preposition at token k, up to punctuation or a clause break."""
    if k >= len(toks) or toks[k].low not in SITE_LINKS:
        return None
    end = k
    for j in range(k + 1, min(len(toks), k + 1 + SITE_WORDS)):
        if not toks[j].word or toks[j].low in cues.clause_breaks or toks[j].low in cues.date_words:
            break
        end = j
    return (toks[k + 1].start, toks[end].end) if end > k else None


def occurred_attacks(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each attack noun that is the subject of a verb of occurring, with no doer and no victims of its own, given
    the site after the verb as its victims (`victims`, `domestic_target`, `domestic_sector`)."""
    out = []
    for h in hits:
        if h.type == "ASSAULT" and h.nominal and not h.negated and h.status == "occurred" \
                and "domestic_target" not in h.data and not h.data.get("people_subject") and "agent_span" not in h.data:
            verb = occurrence_end(toks, h.data.get("end_token", h.data["token"]) + 1, cues)
            span = site_span(toks, verb + 1, cues) if verb is not None else None
            sector = site_sector_of(toks, span, cues) if span else None
            if sector:
                h = replace(h, data={**h.data, "victims": span, "domestic_target": span, "domestic_sector": sector})
        out.append(h)
    return out

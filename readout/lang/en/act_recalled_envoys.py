"""A state ordering its own envoy home (proposals66): "Chile ordered its ambassador to Peru to return home", "ordered
its envoys to leave Peru".

Why a reader of its own: an order to leave or go home is read as the orderer's expulsion of the one ordered
(`act_frames.commands`, `expelled_envoy`: "ordered the Peruvian ambassador to leave" is SANCTION expel, as the manual
says of "the expulsion of ambassadors"). But the envoy ordered may be the orderer's own ('its', 'their', 'our'): then
the order calls its own mission back, the manual's SANCTION withdraw that "recalled its ambassador" is, aimed at the
state the envoy is posted to. An envoy's post ('its ambassador to Peru') also held the order's "to" before the
infinitive, so the order was read as a bare REQUEST of Peru: the post is skipped to reach the infinitive.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

POST_REACH = 4  # capitalized words of the state or city an envoy is posted to ('to the United Arab Emirates')
ENVOY_REACH = 3  # words from an own possessive to its envoy noun ('its two senior diplomats')
RECALL_MODE = "withdraw"  # the manual's SANCTION mode that 'recalled its ambassador' reads


def posted_infinitive(toks: list[Token], to: int, cues: Cues) -> int | None:
    """The "to" of the order's infinitive when the "to" at token `to` opens an envoy's post ('its ambassador [to
    Peru] to return'): an envoy noun right before it, capitalized words after it, then "to"; else None."""
    if to < 1 or toks[to - 1].low not in cues.envoy_nouns or toks[to].low not in cues.infinitive:
        return None
    k = to + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    start = k
    while k < len(toks) and k - start < POST_REACH and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    if k == start or k >= len(toks) or toks[k].low not in cues.infinitive:
        return None
    return k


def own_envoy(toks: list[Token], first: int, last: int, cues: Cues) -> bool:
    """The one ordered, tokens first..last-1, is the orderer's own envoy: an own possessive, then an envoy noun within
    reach ('its ambassador', 'their two diplomats')."""
    for k in range(first, min(last, len(toks))):
        if toks[k].low in cues.own_possessives and toks[k].low != "his" and toks[k].low != "her":
            return any(t.low in cues.envoy_nouns for t in toks[k + 1:min(k + 1 + ENVOY_REACH, last)])
        if not toks[k].word:
            return False
    return False


def recalled_envoy(hit: ActHit, toks: list[Token], cues: Cues) -> ActHit:
    """An order that sends an envoy away (SANCTION expel, COERCE deport) whose envoy is the orderer's own is a recall:
    SANCTION withdraw, the order's reading kept in data["stated_type"]."""
    if not hit.data.get("commanded") or (hit.type, hit.mode) not in (("SANCTION", "expel"), ("COERCE", "deport")):
        return hit
    first = hit.data.get("head_end", hit.data["token"]) + 1
    if not own_envoy(toks, first, hit.data.get("object_token", first), cues):
        return hit
    return replace(hit, type="SANCTION", mode=RECALL_MODE,
                   data=dict(hit.data, stated_type=hit.data.get("stated_type", hit.type), recalled=True))


def called_home(hit: ActHit, toks: list[Token], cues: Cues) -> ActHit:
    """An order to come back ('ordered its envoy to Peru to return to Santiago'): a recall when the one ordered is the
    orderer's own envoy; any other order to return stays the order it is."""
    first = hit.data.get("head_end", hit.data["token"]) + 1
    if not own_envoy(toks, first, hit.data.get("object_token", first), cues):
        return hit
    return replace(hit, type="SANCTION", mode=RECALL_MODE, data=dict(hit.data, stated_type=hit.type, recalled=True))


def summoned_own_envoys(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(enrequest68) A summons of the summoner's own envoy ('summoned its ambassador in Lima for consultations',
    'called in its envoy to Peru') calls its mission back: the recall (SANCTION withdraw, diplomatic) aimed at the
    state of the post, not the protest summoning a foreign envoy is (ACCUSE, `act_summons`). A summons is the act
    whose lexicon entry asks for an envoy noun as its object; whose envoy it is, an own possessive before it."""
    out = []
    for h in hits:
        if h.type == "ACCUSE" and h.data.get("object") in cues.envoy_nouns and "object_token" in h.data \
                and own_envoy(toks, h.data.get("head_end", h.data["token"]) + 1, h.data["object_token"] + 1, cues):
            h = replace(h, type="SANCTION", mode=RECALL_MODE, contexts=tuple(dict.fromkeys((*h.contexts, "diplomatic"))),
                        data=dict(h.data, stated_type=h.type, recalled=True))
        out.append(h)
    return out


def asked_own_envoys(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(enrequest68) The hits, less requests a state makes of its own envoy ('asked its ambassador to Peru to
    explain', 'told its envoy in Lima to seek a meeting'): an instruction to its own officer, no REQUEST of the state
    of the post that the post's name ('to Peru', 'in Lima') had made its addressee. An order that sends the envoy
    home was read before as the recall it is (`called_home`)."""
    return [h for h in hits if not (h.type == "REQUEST" and h.data.get("object") == "to" and "end_token" in h.data
                                    and own_envoy(toks, h.data.get("head_end", h.data["token"]) + 1,
                                                  h.data["end_token"], cues))]

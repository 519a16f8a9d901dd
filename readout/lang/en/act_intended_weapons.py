"""(threat61) Weapons said to be made or gathered for use against a named side: 'says it is building rockets to use
against X', 'claims to be making chemical weapons for use against X and Y'.

Why: PLOVER codes such a claim THREATEN by the maker at the side named (the manual's threat of force: a statement of
intent to use force against another actor). No verb of threatening stands there, and 'use' governs no act noun of the
lexicon, so the sentence stayed no act. Here 'to use' / 'for use' followed by 'against' a phrase with a capitalized
name, with a weapon word (cues launched_weapons, force_nouns) a few words before, is a THREATEN of force at
that phrase, read from 'use' (its subject the clause's). 'used rockets against X' (done) is the attack's own reading;
weapons after a preposition ('the shipment to B of drones to use against C') are goods a noun names, no claim.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_vowed_responses import ends_phrase

USE = "use"
OPENERS = frozenset({"to", "for"})
AGAINST = "against"
WEAPON_REACH = 6  # words from the weapon noun to 'to use' ('long-range anti-ship missiles to use')
MODIFIERS = 3  # words before the weapon noun that must hold no preposition ('of ballistic missiles': a noun's goods)


def intended_weapons(toks: list[Token], hits: list[ActHit], cues) -> list[ActHit]:
    """The hits plus one THREATEN for each weapon said to be for use against a named side."""
    weapons = cues.launched_weapons | cues.force_nouns
    out = list(hits)
    for k in range(1, len(toks) - 2):
        if toks[k].low != USE or toks[k - 1].low not in OPENERS or toks[k + 1].low != AGAINST:
            continue
        weapon = next((j for j in range(k - 2, max(-1, k - 2 - WEAPON_REACH), -1) if toks[j].low in weapons), None)
        if weapon is None or any(h.data.get("token") == k for h in hits) \
                or any(toks[j].low in cues.prepositions for j in range(max(0, weapon - MODIFIERS), weapon)):
            continue  # 'the shipment to B of drones to use against C': goods a noun names
        first = k + 2
        end = first
        while end < len(toks) and (toks[end].word or listed(toks, end)) and not ends_phrase(toks, end, cues):
            end += 1  # threat62: 'against Peru and Chile': an 'and' before a name joins the sides
        if end == first or not any(toks[j].raw[:1].isupper() for j in range(first, end)):
            continue
        out.append(ActHit(toks[k].start, toks[k + 1].end, "THREATEN", "violence", USE, data={
            "token": k, "head_end": k + 1, "end_token": k + 1,
            "target_spans": ((toks[first].start, toks[end - 1].end),)}))
    return sorted(out, key=lambda h: h.start) if len(out) > len(hits) else out


def listed(toks: list[Token], k: int) -> bool:
    """(threat62) Whether the comma at k parts names of one list ('against Peru, Chile and Ecuador'): capitalized
    words and commas after it up to an 'and' before another capitalized word."""
    j = k
    while j + 1 < len(toks) and (toks[j].raw == "," or toks[j].raw[:1].isupper()):
        if toks[j].raw == "," and not toks[j + 1].raw[:1].isupper():
            return False
        j += 1
    return j + 1 < len(toks) and toks[j].low == "and" and toks[j + 1].raw[:1].isupper()

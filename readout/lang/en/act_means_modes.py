"""The mode an English AID or ASSAULT act whose entry gives none takes from the means its words name: what is given
("sent food aid", "a shipment of vaccines") and the weapon used ("struck a refinery with drones").

Why apart from `act_frames`: this reads the words of one act's own trigger, object and instrument phrase.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.sectors import ARMED_GROUP_SECTORS
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


AID_BEFORE = 2  # words before an aid noun that name its kind ("emergency food aid")
# words of the "of" phrase after an aid word that name what it holds ("a shipment of medical supplies")
AID_OF_WORDS = 3


def aid_mode(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """"sent food aid", "granted a loan", "supplied weapons", "emergency medical assistance": an AID act
    whose entry gives no mode takes the kind of what is given, named by the words of its own trigger
    and object (and, for a noun, the modifiers before it), never by the recipient after "to"."""
    if hit.type != "AID" or hit.mode:
        return hit
    i, end = hit.data["token"], hit.data.get("end_token", hit.data["token"])
    first = max(i - AID_BEFORE, 0) if hit.nominal else i
    last = end + 1 + AID_OF_WORDS if end + 1 < len(toks) and toks[end + 1].low == "of" else end
    for t in toks[first:last + 1]:  # "a shipment of vaccines", "a donation of medical supplies": what it holds
        mode = cues.aid_modes.get(t.low) if t.word else None
        if mode:
            return replace(hit, mode=mode)
    if hit.data.get("passive"):  # "Food supplies were delivered to X by Y": what is given is the passive's subject
        j = i - 1
        while j >= 0 and toks[j].word and (toks[j].low in cues.be or toks[j].low in cues.adverbs
                                           or toks[j].low in cues.intent or toks[j].low in ("has", "have", "had")):
            j -= 1
        for t in toks[max(j - AID_BEFORE, 0):j + 1]:
            mode = cues.aid_modes.get(t.low) if t.word else None
            if mode:
                return replace(hit, mode=mode)
    return hit


INSTRUMENT_REACH = 8  # words from an attack to the "with" of its weapon ("struck a refinery in X with drones")
INSTRUMENT_WORDS = 3  # words from "with" to the weapon ("with armed drones", "with heavy artillery")


def assault_mode(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """"struck an oil refinery with drones", "attacked the town using artillery": an attack whose entry
    gives no mode takes the mode of the weapon named after "with" or "using" in its clause."""
    if hit.type != "ASSAULT" or hit.mode:
        return hit
    i = hit.data["token"]
    before = toks[i - 1].low if i > 0 and not hit.nominal else ""
    if before in cues.assault_instruments:  # "Turkish warplanes bombed": the weapon is the subject
        return replace(hit, mode=cues.assault_instruments[before])
    if before in cues.bomb_planters and hit.lemma in cues.planted_bomb_lemmas:
        return replace(hit, mode="explosives")  # enacts55b: 'militants bombed a hotel': no aircraft, a bomb set off
    j = hit.data.get("end_token", hit.data["token"]) + 1
    for k in range(j, min(len(toks), j + INSTRUMENT_REACH)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return hit
        if toks[k].low in cues.instrument_preps:
            for w in toks[k + 1:k + 1 + INSTRUMENT_WORDS]:
                if w.low in cues.assault_instruments:
                    return replace(hit, mode=cues.assault_instruments[w.low])
            return hit
    return hit


def named_group_bombings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(enacts56) 'Al-Shabaab bombed a hotel in X', 'Boko Haram bombed a market': a bombing (`planted_bomb_lemmas`) with
    no mode whose subject is an armed group read by its name (a capitalized word right before the verb, the armed
    group's sector REB as its people subject) sets a bomb off, as 'militants bombed a hotel' does (assault_mode's
    `bomb_planters`): no aircraft, so explosives, as Korean '폭탄을 터뜨렸다' reads. Read after the subjects are known;
    a state's forces ('Nigerian troops bombed') keep the air's reading, and so do rebels named by the common noun
    alone (not listed in `bomb_planters`, as some rebels fly)."""
    out = []
    for h in hits:
        i = h.data["token"]
        if h.type == "ASSAULT" and not h.mode and not h.nominal and h.lemma in cues.planted_bomb_lemmas \
                and h.data.get("people_subject") in ARMED_GROUP_SECTORS and i > 0 and toks[i - 1].raw[:1].isupper():
            h = replace(h, mode="explosives")
        out.append(h)
    return out

"""(enacts50b, issue 13) A government attacked by armed men: 'Chadian rebels attacked the government', 'militants
attacked the government in the north'. The act lexicon reads 'attack' + a government object as CAMEO 111's verbal
attack (ACCUSE disapprove: 'the opposition leader attacked the government over prices'), which holds for speakers;
rebels, militants or gunmen (the armed people sectors of the agents table, `ARMED_PEOPLE_SECTORS`) attacking a
government fight it, PLOVER ASSAULT, as Korean '반군이 정부를 공격했다' reads (lang/ko). Soldiers are left out: 'the
army chief attacked the government' is a general's criticism as often as a coup, which act_armed_ousters reads.

Why a module of its own: the matcher reads a verb and its object; whose subject it is is read here, after it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_armed_ousters import armed_subject
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.sectors import ARMED_PEOPLE_SECTORS

FORCE_VERB_LEMMAS = frozenset({"attack"})  # the lexicon keys whose verbal sense a government object selects
VERBAL = "ACCUSE"  # the type of that verbal sense (CAMEO 111)
FORCE = "ASSAULT"  # the type of the verb's sense of force (the lexicon's bare 'attack' entry)
GOVERNMENT = "GOV"  # the sector the government object was read with (`domestic_sector`)


def armed_attackers(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with a verbal attack on a government (`FORCE_VERB_LEMMAS` read as `VERBAL`, a government object) whose
    active subject is armed people made the attack of force it is (`FORCE`, no mode: the verb names no weapon); every
    other hit kept as it is ('the opposition attacked the government': criticism)."""
    out = []
    for h in hits:
        if h.lemma in FORCE_VERB_LEMMAS and h.type == VERBAL and not h.nominal and not h.data.get("passive") \
                and (h.data.get("domestic_sector") == GOVERNMENT or government_object(h)) and "token" in h.data \
                and armed_subject(toks, h.data["token"], cues) in ARMED_PEOPLE_SECTORS:
            data = {**h.data, **({"stated_type": FORCE} if "stated_type" in h.data else {})}
            if "domestic_sector" not in data:  # enattack51b: the pair's own object is the government attacked
                k = h.data["object_token"]
                data.update(domestic_target=(toks[k].start, toks[k].end), domestic_sector=GOVERNMENT)
            h = replace(h, type=FORCE, mode=None, contexts=(), data=data)
        out.append(h)
    return out


GOVERNMENT_OBJECTS = frozenset({"government"})  # the lexicon pair's object that names the state's government


def government_object(hit: ActHit) -> bool:
    """(enattack51b) The lexicon pair's own object is the government ('rebels attacked [the government].'), with no
    people reading after it: the people reader found nothing where the sentence ended right after the object (the
    `domestic_sector` GOV came only from words after it, 'the government on Monday'), so the fight depended on what
    followed the object."""
    return hit.data.get("object") in GOVERNMENT_OBJECTS and isinstance(hit.data.get("object_token"), int)

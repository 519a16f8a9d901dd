"""Munitions shot down are air defence, no attack (precision49): '미사일 대부분을 격추했다', '로켓 20여 발을 격추했다'.

Why: shooting down incoming missiles or rockets (cue `incoming_munition_noun`) answers an attack and strikes no state;
read as an ASSAULT it made the defender a second attacker of the story. '요격했다' already reads no act; an aircraft
shot down ('전투기를 격추했다') keeps its ASSAULT.
modal46: drones counted ('드론 170여 대를'), launched ('발사한 드론을') or named as weapons of attack ('자폭 드론') are incoming
munitions too (cues salvo_drone_noun, drone_count_unit, launch_stem, attack_drone_modifier); a drone alone stays an aircraft. The English reader of the class is `lang/en/act_interceptions.py`.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

OBJECT_REACH = 6  # morphemes before the verb where its object's head noun stands ('미사일 300여 기를 격추')


def intercepted_munitions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the verbs of interception (cue `interception_verb`) whose object before them is a munition."""
    return [h for h in hits if not (not h.nominal and h.lemma in lex.cue("interception_verb")
                                    and munition_object(toks, h, lex))]


def munition_object(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """A munition noun stands among the nouns before the verb, back to the last clause ending."""
    first = hit.data.get("first", 0)
    for k in range(first - 1, max(-1, first - 1 - OBJECT_REACH), -1):
        if toks[k][1] in ("EF", "EC", "SF", "SP"):
            return False
        if toks[k][1].startswith("NN") and (toks[k][0] in lex.cue("incoming_munition_noun") or salvo_drone(toks, k, lex)):
            return True
    return False


DRONE_REACH = 4  # morphemes around a drone noun where its count or launch stands ('발사/하/ᆫ 드론', '드론 170/여/대')


def salvo_drone(toks: list, k: int, lex: ActIndex) -> bool:
    """(modal46) A drone noun at k that is counted ('드론 170여 대'), launched ('발사한 드론') or a weapon of attack
    ('자폭 드론'): an incoming munition, not an aircraft downed."""
    if toks[k][0] not in lex.cue("salvo_drone_noun"):
        return False
    after = toks[k + 1:k + 1 + DRONE_REACH]
    if any(t[1] == "NNB" and t[0] in lex.cue("drone_count_unit") for t in after) and any(t[1] in ("SN", "NR") for t in after):
        return True
    before = toks[max(0, k - DRONE_REACH):k]
    return bool(before) and (before[-1][0] in lex.cue("attack_drone_modifier")
                             or before[-1][1] == "ETM" and any(t[0] in lex.cue("launch_stem") for t in before))

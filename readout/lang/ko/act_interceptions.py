"""Munitions shot down are air defence, no attack (precision49): '미사일 대부분을 격추했다', '로켓 20여 발을 격추했다'.

Why: shooting down incoming missiles or rockets (cue `incoming_munition_noun`) answers an attack and strikes no state;
read as an ASSAULT it made the defender a second attacker of the story. '요격했다' already reads no act; an aircraft
shot down ('전투기를 격추했다') keeps its ASSAULT. The English reader of the class is `lang/en/act_interceptions.py`.
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
        if toks[k][1].startswith("NN") and toks[k][0] in lex.cue("incoming_munition_noun"):
            return True
    return False

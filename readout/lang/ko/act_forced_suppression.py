"""(kocoerce66) A crowd put down by force named as its manner: '시위대를 무력으로 진압했다', '무력 진압했다', '유혈 진압'.

A verb of dispersing or putting down (cue dispersal_verb) whose manner is a noun of armed or bloody force (cue
force_manner_noun: 무력, 유혈, 폭력 ...), compounded right before its verbal noun ('무력 진압했다', '무력진압했다': kiwi
splits both alike, so the spaced and the joined spelling are one reading) or as its adjunct in 으로/로 ('무력으로
진압했다'), is violent repression (CAMEO 175, the crosswalk's ASSAULT; mode crowd-control, the spec's
'무력진압하다'), not the restriction a dispersal alone is (promise65: '강제 해산했다' stays COERCE restrict, 강제 being
compulsion, no force named). The crowd before it, the object, receives it (act_dispersed_gatherings' reading of the
people run).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.ko.act_aimed_objects import people_nouns, people_run
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES

FORCE = "ASSAULT"
MANNER_PARTICLES = INSTRUMENTAL_PARTICLES
SECTOR = "CVL"


def forced_suppressions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each COERCE of dispersal with a manner of force before its verb, read as ASSAULT crowd-control."""
    return [suppressed_by_force(toks, h, lex) or h for h in hits]


def suppressed_by_force(toks: list, hit: ActHit, lex: ActIndex) -> ActHit | None:
    first = hit.data.get("first")
    if hit.type != "COERCE" or hit.negated or first is None or hit.lemma not in lex.cue("dispersal_verb"):
        return None
    manner = lex.cue("force_manner_noun")
    j = first - 1
    if j >= 1 and toks[j][1] == "JKB" and toks[j][0] in MANNER_PARTICLES and toks[j - 1][0] in manner:
        before = j - 2  # '[시위대를] 무력으로 진압'
    elif j >= 0 and toks[j][1] == "NNG" and toks[j][0] in manner:
        before = j - 1  # '[시위대를] 무력 진압', '무력진압'
    else:
        return None
    data = dict(hit.data)
    if before >= 1 and toks[before][1] == "JKO" and "domestic_target" not in data:
        nouns = frozenset(n.replace(" ", "") for n in lex.cue("gathering_noun")) | people_nouns(lex)
        crowd = people_run(toks, before - 1, nouns)
        if crowd:
            data["domestic_target"], data["domestic_sector"] = crowd, SECTOR
    return replace(hit, type=FORCE, mode=CROWD_CONTROL, data=data)

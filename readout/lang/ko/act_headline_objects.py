"""(kotwins49, issues 13-15) A headline's object noun before its act noun, with no particle, is the act's object:
'말리군, 반군 기지 공습' and '가나군 반군 거점 공격' attack the rebels (REB), as '말리군은 반군 기지를 공습했다' does
(kofix49 act_armed_targets.armed_target), but had no receiving side: a headline drops the object's 을/를, so the
object readers, which walk back from a particle, never saw it.

The noun run right before the headline's act noun (act_headline_hits.headline_hit marks the act's first morpheme) is
read as a sentence's object would be: the shortest tail of it that is an armed group's noun, or a place the group
holds, alone ('반군 기지'), is the act's domestic target with the group's sector; the words before that tail are the
doer ('가나군'). Only acts of force or coercion (`OBJECT_TYPES`); a run that names no armed group is left as it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_armed_targets import armed_target
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.tags import NOUN_TAGS
from readout.lang.ko.act_table import act_index

OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
HEADLINE_CLAUSES = frozenset({"headline", "nominal"})
ASSAULT = "ASSAULT"
SETTLED_SECTOR = "CVL"  # the people of a village struck


def headline_object(toks: list, first: int) -> tuple[tuple[int, int], str] | None:
    """The character span and sector of the armed group named by the noun run before morpheme `first`, else None."""
    end = first - 1
    if end < 0 or toks[end][1] not in NOUN_TAGS:
        return None
    start = run_start(toks, end)
    for k in range(end, start - 1, -1):  # the shortest tail first: '[반군 기지]', never '가나군 반군 기지'
        found = armed_target(toks, [(toks[k][2], toks[end][2] + toks[end][3])])
        if found is not None:
            return found
    return None


def headline_settlement(toks: list, first: int, doer: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
    """(koattack51) The character span of the bare noun run after the headline's doer (`doer`, its topic's span) and
    before morpheme `first` when its last noun is a place civilians live (cue settlement_noun: '태국군 [미얀마 마을]
    포격'), with their sector (CVL): the villagers struck, of the state the run names (pipeline/act_target_sectors
    gives a bare owner the target's sector), as '미얀마의 마을을 포격했다' reads; else None."""
    end = first - 1
    if end < 0 or toks[end][1] not in NOUN_TAGS or toks[end][0] not in act_index().cue("settlement_noun"):
        return None
    k = end
    while k > 0 and toks[k - 1][1] in NOUN_TAGS and toks[k - 1][2] >= doer[1]:
        k -= 1
    return ((toks[k][2], toks[end][2] + toks[end][3]), SETTLED_SECTOR) if toks[k][2] >= doer[1] else None


def headline_objects(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """Each headline act of force with no target of its own given the armed group its bare noun run names."""
    out = []
    for h in hits:
        found = None
        if h.data.get("clause") in HEADLINE_CLAUSES and h.type in OBJECT_TYPES and "domestic_target" not in h.data \
                and not h.data.get("target_spans") and not h.negated:
            found = headline_object(toks, h.data.get("first", 0)) or (
                headline_settlement(toks, h.data.get("first", 0), h.data["agent_span"])
                if h.type == ASSAULT and h.data.get("agent_span") else None)
        out.append(replace(h, data={**h.data, "domestic_target": found[0], "domestic_sector": found[1]})
                   if found else h)
    return out

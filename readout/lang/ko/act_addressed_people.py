"""(kotargets68) People a statement is aimed at: an accusation, a praise or a threat whose object is a people noun
(cue people_noun: '정부는 시위대를 비난했다', '수천 명의 시위대를', '주민들을 칭찬했다') is done to those people, a
state's civilians (their noun's sector, else CVL) of the state the span names, else of the actor's own: the pipeline's
domestic act, as English 'The government condemned the protesters' reads it (lang/en/act_sides.domestic_target). An
armed group's noun in the span ('테러 단체를') is no such people: the armed readers take it (act_armed_targets)."""
from __future__ import annotations

from readout.kb.agents import phrases
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_context import domestic_object
from readout.lang.ko.act_table import ActIndex
from readout.sectors import STATELESS_FORCE_SECTORS

ADDRESSED_TYPES = frozenset({"ACCUSE", "SUPPORT", "THREATEN"})  # a judgement or warning aimed at its object


def addressed_people(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the act's object when it names unarmed people (cue people_noun), else None."""
    nouns = frozenset(w.replace(" ", "") for w in lex.cue("people_noun"))
    span = domestic_object(toks, cand, lex, nouns)
    if span is None:
        return None
    run = [k for k, t in enumerate(toks) if span[0] <= t[2] and t[2] + t[3] <= span[1]]
    sectors = {phrases("ko").get(joined(toks, a, b)) for a in run for b in run if a <= b}
    return None if sectors & STATELESS_FORCE_SECTORS else span

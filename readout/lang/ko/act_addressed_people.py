"""(kotargets68) People a statement is aimed at: an accusation, a praise or a threat whose object is a people noun
(cue people_noun: '정부는 시위대를 비난했다', '수천 명의 시위대를', '주민들을 칭찬했다') is done to those people, a
state's civilians (their noun's sector, else CVL) of the state the span names, else of the actor's own: the pipeline's
domestic act, as English 'The government condemned the protesters' reads it (lang/en/act_sides.domestic_target). An
armed group's noun in the span ('테러 단체를') is no such people: the armed readers take it (act_armed_targets)."""
from __future__ import annotations

from readout.kb.agents import phrases
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_people_objects import compound_first, domestic_object
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import PLURAL_SUFFIX
from readout.sectors import STATELESS_FORCE_SECTORS

ADDRESSED_TYPES = frozenset({"ACCUSE", "SUPPORT", "THREATEN"})  # a judgement or warning aimed at its object
DATIVE_TYPES = frozenset({"SUPPORT"})  # plover52: an apology or thanks said to people ('국민들에게 사과했다')
DATIVE_PARTICLES = frozenset({"에게", "께"})  # to a person: the dative a statement is addressed with


def addressed_people(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the act's object when it names unarmed people (cue people_noun), else None."""
    nouns = frozenset(w.replace(" ", "") for w in lex.cue("people_noun"))
    span = domestic_object(toks, cand, lex, nouns)
    if span is None and cand.entry.type in DATIVE_TYPES:
        span = dative_people(toks, cand, lex, nouns | lex.cue("addressed_people_noun"))
    if span is None:
        return None
    run = [k for k, t in enumerate(toks) if span[0] <= t[2] and t[2] + t[3] <= span[1]]
    sectors = {phrases("ko").get(joined(toks, a, b)) for a in run for b in run if a <= b}
    return None if sectors & STATELESS_FORCE_SECTORS else span


def dative_people(toks: list, cand: Candidate, lex: ActIndex, nouns: frozenset[str]) -> tuple[int, int] | None:
    """(plover52) '가나 대통령은 가나 국민들에게 사과했다': people an apology or thanks is said to stand with the dative
    (에게), not as the object; their noun (cues people_noun, addressed_people_noun: 국민, 유권자) makes them a state's people as an object's would, so the
    actor's own people receive it (English 'apologized to Ghanaians', lang/en/act_addressed_demonyms). The nearest
    argument only: a dative further back belongs to another verb."""
    for start, end in argument_runs(toks, compound_first(toks, cand), lex, ""):
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if after >= len(toks) or toks[after][0] not in DATIVE_PARTICLES:
            return None
        if any(joined(toks, k, end) in nouns for k in range(start, end + 1)):
            return toks[start][2], toks[end][2] + toks[end][3]
        return None
    return None

"""(kotwin46) A state's own people sent into exile: the Korean twin of lang/en/act_exile_destinations (enkidnap46).

'페루는 반체제 인사들을 스페인으로 추방했다': 추방하다 of people of a state's political or social life (the opposition,
dissidents, journalists, clergy: the object's agent sector in `EXILED_SECTORS`) who name no state of their own is the
manual's COERCE deport done to the expeller's own people, not the SANCTION expel of envoys ('칠레 외교관을 추방했다'
stays: diplomats are GOV, and the pair entries 외교관/대사 + 추방하다 keep them). The state marked by '-(으)로' in the
clause is where they were sent: no side of the act (`not_recipient_spans`). Migrants and civilians ('칠레 이민자들을
칠레로 추방했다') keep the state they are sent to, as in English: deportees are most often sent back to their own.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_organs import people_sector
from readout.lang.ko.act_predicates import argument_runs
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, OBJECT_PARTICLES, PLURAL_SUFFIX
from readout.sectors import EXILED_PEOPLE_SECTORS as EXILED_SECTORS

EXPEL = ("SANCTION", "expel")
DEPORT = ("COERCE", "deport")
COUNT_TAGS = frozenset({"SN", "NR", "NNB"})  # '반체제 인사 3명을': a count between the noun and its particle


def particle_after(toks: list, end: int) -> tuple[str, str] | None:
    """The (form, tag) of the particle closing the noun run ending at `end`, past its plural and a count."""
    k = end + 1
    if k < len(toks) and toks[k][:2] == PLURAL_SUFFIX:
        k += 1
    while k < len(toks) and toks[k][1] in COUNT_TAGS:
        k += 1
    return toks[k][:2] if k < len(toks) else None


def spaced(toks: list, a: int, b: int) -> str:
    """The morphemes a..b as the text writes them, a space where the text has one ('반+체제 인사': '반체제 인사'):
    how the agent table keys a phrase of words."""
    out = toks[a][0]
    for k in range(a + 1, b + 1):
        out += (" " if toks[k][2] > toks[k - 1][2] + toks[k - 1][3] else "") + toks[k][0]
    return out


def is_state_word(word: str) -> bool:
    from readout.lang.ko.country_words import read_word  # countries -> mentions import the act readers

    return bool(read_word(word).codes)


def exiled_runs(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """(the object's run, the destination runs) of a verb whose object (을/를) names people of `EXILED_SECTORS` with no
    state's name in its run; the destinations are the runs of a state's name marked '-(으)로' before the verb. None
    when the object is no such people."""
    destinations, obj = [], None
    for start, end in argument_runs(toks, cand.first, lex, ""):
        particle = particle_after(toks, end)
        if particle is None:
            break
        if particle[1] == "JKB" and particle[0] in INSTRUMENTAL_PARTICLES:
            if all(is_state_word(toks[m][0]) for m in range(start, end + 1)):
                destinations.append((start, end))
            continue
        if particle[1] == "JKO" and particle[0] in OBJECT_PARTICLES:
            obj = (start, end)
        break
    if obj is None or any(is_state_word(toks[m][0]) for m in range(obj[0], obj[1] + 1)):
        return None
    sector = people_sector(toks, (toks[obj[0]][2], toks[obj[1]][2] + toks[obj[1]][3])) \
        or next((found for m in range(obj[0], obj[1] + 1) if (found := sector_of(spaced(toks, m, obj[1])))), None)
    return (obj, destinations) if sector in EXILED_SECTORS else None


def exile(toks: list, cand: Candidate, kind: str, mode: str | None,
          lex: ActIndex) -> tuple[tuple[str, str], tuple[tuple[int, int], ...]] | None:
    """The (type, mode) and the destination spans (characters) of an expulsion of a state's own people: a plain
    expelling verb (SANCTION expel, no pair noun) or a deportation whose object is people of `EXILED_SECTORS`; None
    for any other act, or a passive."""
    if (kind, mode) not in (EXPEL, DEPORT) or cand.passive or cand.noun_end is not None and (kind, mode) == EXPEL:
        return None
    found = exiled_runs(toks, cand, lex)
    if found is None:
        return None
    spans = tuple((toks[s][2], toks[e][2] + toks[e][3]) for s, e in found[1])
    return DEPORT, spans

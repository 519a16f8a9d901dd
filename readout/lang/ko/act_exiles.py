"""(kotwin46) A state's own people sent into exile: the Korean twin of lang/en/act_exile_destinations (enkidnap46).

'페루는 반체제 인사들을 스페인으로 추방했다': 추방하다 of people of a state's political or social life (the opposition,
dissidents, journalists, clergy: the object's agent sector in `EXILED_SECTORS`) who name no state of their own is the
manual's COERCE deport done to the expeller's own people, not the SANCTION expel of envoys ('칠레 외교관을 추방했다'
stays: diplomats are GOV, and the pair entries 외교관/대사 + 추방하다 keep them). The state marked by '-(으)로' in the
clause is where they were sent: no side of the act (`not_recipient_spans`). Migrants and civilians ('칠레 이민자들을
칠레로 추방했다') keep the state they are sent to, as in English: deportees are most often sent back to their own.
"""
from __future__ import annotations

from readout.kb.geo import capital_city, lookup_city
from readout.lang.ko.act_aimed_objects import people_nouns
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_organs import people_sector
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, OBJECT_PARTICLES, PLURAL_SUFFIX
from readout.sectors import EXILED_PEOPLE_SECTORS as EXILED_SECTORS

EXPEL = ("SANCTION", "expel")
DEPORT = ("COERCE", "deport")
CIVILIANS = "CVL"  # '자국 국민들': the own people a reflexive word marks
ABOUT = ("여", "XSN")  # '20여 명을': about twenty
COUNT_TAGS = frozenset({"SN", "NR", "NNB"})  # '반체제 인사 3명을': a count between the noun and its particle


def particle_after(toks: list, end: int) -> tuple[str, str] | None:
    """The (form, tag) of the particle closing the noun run ending at `end`, past its plural and a count."""
    k = end + 1
    if k < len(toks) and toks[k][:2] == PLURAL_SUFFIX:
        k += 1
    while k < len(toks) and (toks[k][1] in COUNT_TAGS or toks[k][:2] == ABOUT):
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


def is_capital(toks: list, start: int, end: int) -> bool:
    """(kofollow48) The run is one word naming a state's capital ('[마드리드로] 추방했다'): a destination as a state is."""
    city = lookup_city(toks[start][0]) if start == end else None
    return city is not None and capital_city(city.country) is city


def exiled_runs(toks: list, cand: Candidate,
                lex: ActIndex) -> tuple[tuple[int, int], list[tuple[int, int]], str] | None:
    """(the object's run, the destination runs, the people's sector) of a verb whose object (을/를) names people of
    `EXILED_SECTORS` (or the actor's own nationals) with no state's name in its run; the destinations are the runs of a
    state's name marked '-(으)로' before the verb. None when the object is no such people."""
    destinations, obj = [], None
    for start, end in argument_runs(toks, cand.first, lex, ""):
        particle = particle_after(toks, end)
        if particle is None:
            break
        if particle[1] == "JKB" and particle[0] in INSTRUMENTAL_PARTICLES:
            if all(is_state_word(toks[m][0]) for m in range(start, end + 1)) or is_capital(toks, start, end):
                destinations.append((start, end))
            continue
        if particle[1] == "JKO" and particle[0] in OBJECT_PARTICLES:
            obj = (start, end)
        break
    if obj is None or any(is_state_word(toks[m][0]) for m in range(obj[0], obj[1] + 1)):
        return None
    sector = people_sector(toks, (toks[obj[0]][2], toks[obj[1]][2] + toks[obj[1]][3])) \
        or next((found for m in range(obj[0], obj[1] + 1) if (found := sector_of(spaced(toks, m, obj[1])))), None)
    return (obj, destinations, sector or CIVILIANS) \
        if sector in EXILED_SECTORS or own_nationals(toks, obj, sector, lex) else None


def own_nationals(toks: list, run: tuple[int, int], sector: str | None, lex: ActIndex) -> bool:
    """(kodeed47) '자국민을', '자국 국민들을', '아국 시민 30명을': people the run marks as the actor's own by opening
    with a reflexive state word (cue own_state_noun) are the state's own civilians, whatever their sector: their
    expulsion is the state's deportation of its own people (COERCE deport, X -> X; docs/coding-choices.md)."""
    first = toks[run[0]][0]
    return any(first.startswith(w) for w in lex.cue("own_state_noun")) \
        and (sector == CIVILIANS or first in lex.cue("own_people_noun") or toks[run[1]][0] in people_nouns(lex))


def paired_own_nationals(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The run '자국 시민' of a deportation read with its people noun as the pair ('자국 시민들을 추방했다': the act starts
    at 시민): the reflexive word right before the pair's noun, in its run; None otherwise."""
    k = cand.first - 1
    if k < 0 or toks[k][0] not in lex.cue("own_state_noun"):
        return None
    return k, cand.first


def exile(toks: list, cand: Candidate, kind: str, mode: str | None,
          lex: ActIndex) -> tuple[tuple[str, str], tuple[tuple[int, int], ...], tuple[int, int], str] | None:
    """The (type, mode), the destination spans (characters), the object's span and its people's sector of an
    expulsion of a state's own people: a plain expelling verb (SANCTION expel, no pair noun) or a deportation whose object is people of
    `EXILED_SECTORS` or the actor's own nationals (`own_nationals`); None for any other act, or a passive."""
    if (kind, mode) not in (EXPEL, DEPORT) or cand.passive or cand.noun_end is not None and (kind, mode) == EXPEL:
        return None
    found = exiled_runs(toks, cand, lex)
    paired = paired_own_nationals(toks, cand, lex) if found is None and (kind, mode) == DEPORT else None
    if paired is not None:
        found = (paired, [], CIVILIANS)
    if found is None:
        return None
    spans = tuple((toks[s][2], toks[e][2] + toks[e][3]) for s, e in found[1])
    (s, e) = found[0]
    return DEPORT, spans, (toks[s][2], toks[e][2] + toks[e][3]), found[2]

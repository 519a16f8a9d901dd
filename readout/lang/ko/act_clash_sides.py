"""(kocrowd46, issue 14) The other side of a clash named with 와/과 is the side it acts on, of the subject's state.

'케냐 목축민들이 경찰과 충돌했다' is force between a state's people and its police; English 'Kenyan herders clashed with
police' gives the herders (AGR) acting on the police (COP) of their own state. The clash's 와 argument names no state,
so the pipeline found no receiving side. This reader gives the partner's run as the act's domestic target with its
sector: the police (cue clash_police_noun, or the agents table's police nouns) are COP, people the agents table's
sector of the noun ('목축민' AGR), else CVL ('시위대와'). A partner that names a state ('인도군과') is the names reader's.
"""
from __future__ import annotations

from readout.lang.ko.act_attacked_police import SECTOR as POLICE_SECTOR, police_nouns
from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.sectors import ARMED_PEOPLE_SECTORS
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS, PLURAL_SUFFIX

PARTNER_PARTICLES = frozenset({("와", "JKB"), ("과", "JKB")})  # '경찰과 충돌했다': the clash's other side
PROPER_NOUN_TAG = "NNP"  # a name in the partner's run: its state is read from the name, not here
PEOPLE_SECTORS = frozenset({"CVL", "AGR", "LAB", "EDU", "BUS", "REL", "MED", "OPP", "SOC", "JRN"})


def clash_partner(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span and sector of the run marked 와/과 nearest before the clash verb in its clause when it
    names no proper noun and is police or people, else None."""
    if cand.entry.lemma not in lex.cue("clash_verb") or cand.passive:
        return None
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in CLAUSE_EDGE_TAGS:
            return None
        if toks[j][:2] not in PARTNER_PARTICLES:
            continue
        end = j - 1
        if toks[end][:2] == PLURAL_SUFFIX:
            end -= 1
        if toks[end][1] not in NOUN_TAGS:
            return None
        start = run_start(toks, end)
        if any(t[1] == PROPER_NOUN_TAG for t in toks[start:end + 1]):
            return None
        span = (toks[start][2], toks[end][2] + toks[end][3])
        ends = [joined(toks, m, end) for m in range(start, end + 1)]
        if any(e in lex.cue("clash_police_noun") or e in police_nouns() for e in ends):
            return span, POLICE_SECTOR
        sector = next((found for e in ends if (found := sector_of(e)) is not None), None)
        if sector in PEOPLE_SECTORS or any(e in lex.cue("people_noun") for e in ends):
            return span, sector if sector in PEOPLE_SECTORS else "CVL"
        return (span, sector) if sector in ARMED_PEOPLE_SECTORS else None  # koattack51b: '[반군과] 충돌했다'
    return None


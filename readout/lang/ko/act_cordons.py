"""(kotwin46) A road blocked by a side that wields force is a cordon, not a protest: the Korean twin of
lang/en/act_cordons (enkidnap46).

The manual's PROTEST obstruct is dissent, people blocking passage ('농민들이 트랙터로 고속도로를 봉쇄했다'); its COERCE
restrict is a state's restriction of movement, "including cordoning off areas". So a blocking verb read as PROTEST
obstruct (the pair entries 도로/고속도로/다리 ... + 봉쇄하다, 막다) whose subject is police, troops or a state's executive
(`people_subject` in FORCE_WIELDING_SECTORS, or the clause subject's agent noun in STATE_EXECUTIVE_SECTORS: '경찰이',
'군 당국은', '정부는'), or a state itself ('가나는'), is COERCE restrict. A crowd's, a union's or farmers' blockade stays
PROTEST obstruct, as does a noun ('도로 봉쇄 시위').
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.agents import compound_sector, sector_of
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, NOUN_TAGS, PLURAL_SUFFIX, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.sectors import FORCE_WIELDING_SECTORS, STATE_EXECUTIVE_SECTORS

OBSTRUCT = ("PROTEST", "obstruct")
CORDON = ("COERCE", "restrict")
SUBJECT_REACH = 16  # morphemes back from the verb's pair noun to its clause's subject
STATE = "STATE"  # a subject naming a state itself ('가나는', '가나 정부는' reads GOV)


def subject_sector(toks: list, first: int) -> str | None:
    """The sector of the nearest subject or topic before `first` in its clause: the agent sector of its noun run's
    longest tail ('가나 경찰이': COP, '연방경찰은' by its compound head), STATE when the run is a country's name alone
    ('가나는'), None when there is no such subject or its head names neither."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import the act readers

    relative = False  # an adnominal ending passed: a nominative before it is its relative clause's own subject
    for j in range(first - 1, max(-1, first - SUBJECT_REACH), -1):
        if toks[j][1] in CLAUSE_BREAK_TAGS:
            return None
        if toks[j][1] == "ETM":
            relative = True  # '[토고 국경으로 향하는] 도로를': a relative clause on the blocked road
            continue
        if toks[j][1] not in SUBJECT_TAGS or toks[j][0] not in SUBJECT_PARTICLES or j < 1:
            continue
        if relative and toks[j][1] == "JKS":
            relative = False  # '[시위대가 점거한] 도로를': the relative clause's subject, not the blocker
            continue
        end = j - 2 if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
        if toks[end][1] not in NOUN_TAGS:
            return None
        start = run_start(toks, end)
        for m in range(start, end + 1):
            found = sector_of(joined(toks, m, end))
            if found:
                return found
        if all(read_word(toks[m][0]).codes for m in range(start, end + 1) if toks[m][1] in NOUN_TAGS):
            return STATE
        return compound_sector(toks[end][0])
    return None


def cordoned(toks: list, cand: Candidate, kind: str, mode: str | None, people: str | None) -> bool:
    """Whether a blocking verb read as PROTEST obstruct has a subject that wields force or a state for its subject."""
    if (kind, mode) != OBSTRUCT or cand.passive:
        return False
    if people in FORCE_WIELDING_SECTORS:
        return True
    sector = subject_sector(toks, cand.first)
    return sector == STATE or sector in STATE_EXECUTIVE_SECTORS or sector in FORCE_WIELDING_SECTORS

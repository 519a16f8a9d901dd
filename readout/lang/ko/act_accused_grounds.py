"""(kopar53b) A Korean accusation whose ground charges the accused with a wrong, so PLOVER ACCUSE 'allege' ("formally
or informally accuse") and not a bare 'disapprove', as the English 'accused B of spying' and 'blamed B for the
attack' read (issues 13/15):

- a named crime as the ground in 로/으로 ('B를 간첩 행위로 비난했다', '사기 혐의로 비난했다'; cue accused_crime_noun),
- the fault placed on B by the reported complement ('공격의 책임이 B에 있다고 비난했다'; cue fault_noun).

Only a verb of accusing (cue accusing_verb: 비난하다) turns: '규탄했다', '비판했다' stay disapproval, as English
'condemned B for ...' does, and a reason joined by '며' ('책임이 B에 있다며 비난했다': 'criticized B, saying') stays
too, as `act_verdicts._accused_of` keeps it (parallel52).

Why its own module: both readers look at the argument right before the verb, which `act_word_hits._act_hit` asks
once the entry's mode is known.
"""
from __future__ import annotations

from readout.lang.ko.act_arguments import before_manner
from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, NOMINATIVE_PARTICLES, NOUN_TAGS

HOLDER_PARTICLES = frozenset({"에", "에게"})  # '책임이 B[에] 있다': where the fault lies


def alleging_ground(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """True when the accusing verb at `cand` charges its accused with a crime or places the fault on it."""
    if lemma_at(toks, cand.stem) not in lex.cue("accusing_verb"):
        return False
    j = before_manner(toks, cand.first - 1)
    return _crime_ground(toks, j, lex) or _fault_holder(toks, j, lex)


def _crime_ground(toks: list, j: int, lex: ActIndex) -> bool:
    """'간첩 행위로', '사기 혐의로': a noun run in 로/으로 right before the verb that names a crime."""
    if j < 1 or toks[j][1] != "JKB" or toks[j][0] not in INSTRUMENTAL_PARTICLES or toks[j - 1][1] not in NOUN_TAGS:
        return False
    start, crimes = run_start(toks, j - 1), lex.cue("accused_crime_noun")
    return any(toks[k][0] in crimes or joined(toks, k, j - 1) in crimes for k in range(start, j))


def _fault_holder(toks: list, j: int, lex: ActIndex) -> bool:
    """'책임이 B에 있다고': the reported complement (cue accused_deed_ending) of a fault noun as its subject (kiwi
    tags its 이 JKS, or VCP before a name) and its holder in 에/에게, with 있다."""
    if j < 3 or toks[j][0] not in lex.cue("accused_deed_ending") or toks[j - 1][0] != "있":
        return False
    if toks[j - 2][1] != "JKB" or toks[j - 2][0] not in HOLDER_PARTICLES or toks[j - 3][1] not in NOUN_TAGS:
        return False
    k = run_start(toks, j - 3) - 1
    return k >= 1 and toks[k][0] in NOMINATIVE_PARTICLES and toks[k][1] in ("JKS", "VCP") \
        and toks[k - 1][0] in lex.cue("fault_noun")

"""(sanction59) An accord's force suspended is the accord suspended: '조약의 효력을 중단했다', '협정 효력을 정지했다',
'협정의 이행을 중단했다' read as '조약을 중단했다' (SANCTION discontinue, ko_acts: 조약 + 중단하다), as English 'put the
treaty in abeyance' (en_acts). The noun the verb takes is the accord's force or its carrying out (cue `validity_noun`),
and the act is the pair of the verb with the noun that owns it, before 의 or at the head of the same noun run. Why a
module of its own: the pair reader (act_pair_nouns.pair_or_light) looks up the verb's own object; this one reads one
owner back. A law's or a ruling's force suspended (a court's injunction: '법의 효력을 정지') names no accord and stays
no pair of the table (no 법 + 정지하다 entry)."""
from __future__ import annotations

from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, NOUN_TAGS

OWNER_PARTICLE = GENITIVE_PARTICLE


def owner_of_validity(toks: list, start: int, end: int, lex: ActIndex, pairs: dict, lookup) -> tuple | None:
    """The verb's pair for the noun that owns the force the run [start..end] names ('조약의 효력', '조약 효력'): the
    lookup of the owner's run, or None where the run's head is no `validity_noun` or no pair fits its owner."""
    nouns = lex.cue("validity_noun")
    if joined(toks, end, end) not in nouns:
        return None
    if start < end and toks[end - 1][1] in NOUN_TAGS:
        return lookup(toks, start, end - 1, pairs)  # '조약 효력을': the owner heads the same run
    if start >= 2 and toks[start - 1][:2] == OWNER_PARTICLE and toks[start - 2][1] in NOUN_TAGS:
        return lookup(toks, run_start(toks, start - 2), start - 2, pairs)
    return None

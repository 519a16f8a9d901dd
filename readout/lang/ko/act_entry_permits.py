"""(kopar53a) An entry permitted to one's own forces ('정부는 [군 병력의] 도심 진입을 허용했다'): no RETREAT access.

Why its own module: the access pairs of an entry noun (진입, 입항, 착륙 with 허용하다, 허가하다: CAMEO 086 'allow
international involvement') read the genitive owner of what enters as the side let in ('구호 트럭의 가자지구 진입',
'러시아 군함의 입항'); a state letting its own troops into a city lets no other side in, so the act is not stated
(`act_word_hits._stated` asks this).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_table import ActEntry, ActIndex

OWNER_REACH = 4  # morphemes between the entry noun and its owner's genitive ('병력의 [도심] 진입')


def own_forces_entry(toks: list, cand: Candidate, e: ActEntry, lex: ActIndex) -> bool:
    """Whether the entry noun of an access pair (cue entry_permit_noun) is owned, in the genitive, by a troop noun
    (cue troop_noun) that no state's name precedes in its run ('군 병력의', not '러시아 군함의')."""
    if e.noun not in lex.cue("entry_permit_noun"):
        return False
    for j in range(cand.first - 1, max(0, cand.first - OWNER_REACH) - 1, -1):
        if toks[j][1] == "JKG":
            start = run_start(toks, j - 1, lex) if j >= 1 else j
            words = [toks[k][0] for k in range(start, j)]
            return bool(words) and words[-1] in lex.cue("troop_noun") \
                and not any(toks[k][1] == "NNP" for k in range(start, j))
    return False

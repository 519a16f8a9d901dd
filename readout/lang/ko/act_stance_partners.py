"""The one a stance is taken with or toward, named on the stance's own noun (refs39): 'B와 연대를 표명했다', 'B와의
연대를', 'B에 대한 지지를 표명했다'.

Why first: a statement joined before the stance ('A의 공습이 새로운 단계라고 말하고 B와 연대를 표명했다', '...라며')
puts a subject in the complement walk of lang/ko/act_targets.target_spans (A), read as the one a request or warning
addresses; a stance of support names its own party on its noun, with 와/과 (comitative) or 에 대한, and that party is
backed, not the subject of what was said beside it. PLOVER SUPPORT: the recipient is the one supported.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, NOUN_TAGS

STANCE_TYPES = frozenset({"SUPPORT"})  # acts whose noun names the side backed
GENITIVE = GENITIVE_PARTICLE  # 'B와의 연대'


def stance_partner(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the party named on the stance noun that opens the act ('B와 연대', 'B와의 연대',
    'B에 대한 지지'), or None."""
    if cand.entry.type not in STANCE_TYPES or cand.noun_end is None:
        return None
    j = cand.first - 1
    if j >= 0 and tuple(toks[j][:2]) == GENITIVE:
        j -= 1
    if j >= 1 and toks[j][1] == "JKB" and toks[j][0] in lex.cue("stance_with_particle"):
        head = j - 1  # 'B와 연대'
    elif j >= 3 and toks[j][1] == "ETM" and toks[j - 1][0] in lex.cue("verdict_about_verb") \
            and toks[j - 2][1] == "JKB" and toks[j - 2][0] in lex.cue("stance_toward_particle"):
        head = j - 3  # 'B에 대한 지지'
    else:
        return None
    if toks[head][1] not in NOUN_TAGS:
        return None
    start = coordinated_start(toks, run_start(toks, head))
    return toks[start][2], toks[head][2] + toks[head][3]

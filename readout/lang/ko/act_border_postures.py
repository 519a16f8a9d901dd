"""(enact48) Forces sent to a border with a state face that state: '베네수엘라는 가이아나와의 국경에 병력을 배치했다',
'Y 접경 지역에 병력을 보냈다'. The Korean twin of English 'deployed troops to its border with Y'
(lang/en/act_border_postures.py): a border noun (cue `border_noun`, which act_borders reads too: 국경, 접경, ...) whose noun run is the place of the show of
force (에, 에서, 로, 으로) and that names the state across, as 'Y와의 국경' (the partner's 와/과 and 의) or 'Y 국경' (a
proper noun right before it), is aimed at Y. A border naming no state ('남부 국경에') faces no one, and a state that
is the actor's own ('베네수엘라 국경에') is dropped by the pipeline.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import COORDINATING_PARTICLES, GENITIVE_PARTICLE, NOUN_TAGS, TOPIC_PARTICLES

BORDER_REACH = 12  # morphemes back from the show of force where the border may stand
PLACE_PARTICLES = frozenset({"에", "에서", "로", "으로"})


def border_spans(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """Character spans of the states whose border the MOBILIZE of its own clause is placed at (see the module
    docstring). A clause ending, a subject or the topic closes the search."""
    if cand.entry.type != "MOBILIZE" or cand.passive:
        return []
    borders = lex.cue("border_noun")
    for j in range(cand.first - 1, max(0, cand.first - BORDER_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "EC", "JKS") or (tag == "JX" and form in TOPIC_PARTICLES):
            return []
        if form not in borders or tag not in NOUN_TAGS or not _placed(toks, j):
            continue
        span = border_state_span(toks, j)
        return [span] if span else []
    return []


def border_state_span(toks: list, j: int) -> tuple[int, int] | None:
    """The character span of the state the border noun at j names: 'Y와의 국경', 'Y 국경', 'Y 접경 지역'; None else."""
    if j >= 3 and toks[j - 1][:2] == GENITIVE_PARTICLE and toks[j - 2][1] == "JKB" \
            and toks[j - 2][0] in COORDINATING_PARTICLES and toks[j - 3][1] in NOUN_TAGS:
        end = j - 3  # 'Y와의 국경'
    elif j >= 1 and toks[j - 1][1] == "NNP":
        end = j - 1  # 'Y 국경', 'Y 접경 지역'
    else:
        return None
    return toks[run_start(toks, end)][2], toks[end][2] + toks[end][3]


def _placed(toks: list, j: int) -> bool:
    """The noun run of the border noun at j ends in a place particle ('국경에', '접경 지역으로')."""
    k = j + 1
    while k < len(toks) and toks[k][1] in NOUN_TAGS:
        k += 1
    return k < len(toks) and toks[k][1] == "JKB" and toks[k][0] in PLACE_PARTICLES

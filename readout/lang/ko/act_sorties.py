"""Forces that move as the subject of their own verb ('필리핀 전투기 4대가 긴급 출격했다', '인도 초계함들이 해역에
투입됐다'): the pair's noun is the force itself, and the state named before it in its noun run moves it (PLOVER
MOBILIZE by the forces' state). armed_subject (act_figures.py) reads a force subject standing before a pair's
own noun ('드론이 ... 공격했다'); here the subject IS that noun, so nothing stands before it to read."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, coordinated_start, run_start
from readout.lang.ko.act_figures import COUNT_TAGS, SUBJECT_MARKS
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, PLURAL_SUFFIX

SUBJECT_PARTICLES = SUBJECT_MARKS | {("도", "JX")}  # '전투기도 출격했다'
COUNTS = COUNT_TAGS | {"NR"}  # '전투기 4대가', '전투기 수십 대가': the count after the force


def sortie_owner(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the state before a force noun that is the subject of a MOBILIZE pair's verb (cues
    warplane_noun, warship_noun, force_noun), or None: another kind of act, the noun no subject ('전투기를
    출격시켰다': its object; the actor is the clause's subject), or no name before the force ('전투기들이')."""
    if cand.entry.type != "MOBILIZE" or cand.noun_end is None or cand.passive:
        return None
    forces = lex.cue("warplane_noun") | lex.cue("warship_noun") | lex.cue("force_noun")
    if cand.entry.noun not in forces and not any(toks[cand.first][0] == n for n in forces):
        return None
    k = cand.noun_end + 1
    if k < len(toks) and toks[k][:2] == PLURAL_SUFFIX:
        k += 1  # '전투기들이'
    while k < len(toks) and toks[k][1] in COUNTS:
        k += 1  # '전투기 4대가'
    if k >= len(toks) or (toks[k][0], toks[k][1]) not in SUBJECT_PARTICLES:
        return None
    start = coordinated_start(toks, run_start(toks, cand.first))  # '태국과 라오스 전투기가': both states'
    if start >= cand.first or toks[cand.first - 1][1] not in NOUN_TAGS:
        return None
    return toks[start][2], toks[cand.first - 1][2] + toks[cand.first - 1][3]

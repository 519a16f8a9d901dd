"""Acts only compared with, and acts in an 'or'/'nor' series a negation closes (precision49).

Why: '대만을 포위하듯 훈련을 벌였다' (drilled as if encircling Taiwan) and '공격하는 것처럼 훈련했다' name a deed to
say what the drill looked like; no one encircled or attacked anyone, and read as acts they were a COERCE or an
ASSAULT on the state the simile named (cues `simile_ending`, `simile_particle`). The drill itself keeps its reading.

'방류에 찬성하거나 지지하는 것은 아니다' and '찬성하지도 지지하지도 않는다' deny both verbs: the first ends in a
disjunctive connective ('거나', cue `disjunctive_ending`) or in '지도', and the negation stands only after the last
one, so the first read as a SUPPORT done. A verb joined by '-고' keeps its own polarity ('규탄하고 제재하지 않았다':
it condemned), as the clause reader (connective_endings.inherit) has it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import read_clause
from readout.lang.ko.tags import ACT_VERB_TAGS, SENTENCE_END_TAGS

PREDICATE_STEMS = ACT_VERB_TAGS
SERIES_REACH = 8  # morphemes from the first verb's ending to the next verb's stem ('거나 [방류를] 지지하는')


def compared_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the verbs a simile only compares with; verbs an 'or'/'nor' series shares a negation with
    marked negated."""
    out = []
    for h in hits:
        if h.nominal:
            out.append(h)
        elif not simile(toks, h, lex):
            out.append(replace(h, negated=True) if not h.negated and negated_series(toks, h, lex) else h)
    return out


def simile(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """The verb ends '-듯(이)' or '-는 것처럼': what something looked like, not what was done."""
    endings, last = hit.data.get("endings", ()), hit.data.get("last")
    if endings and endings[-1] in lex.cue("simile_ending"):
        return True
    return last is not None and last + 2 < len(toks) and toks[last][1] == "ETM" and toks[last + 1][0] == "것" \
        and toks[last + 2][0] in lex.cue("simile_particle")


def negated_series(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """The verb ends in a disjunctive connective or '-지도', and the next verb of the series is negated or denied
    ('지지하지 않는다', '지지하는 것은 아니다')."""
    endings, last = hit.data.get("endings", ()), hit.data.get("last")
    if last is None or not endings:
        return False
    nor = endings[-1] == "지" and last + 1 < len(toks) and toks[last + 1][0] in lex.cue("negation_focus_particle")
    if not (nor or endings[-1] in lex.cue("disjunctive_ending")):
        return False
    for k in range(last + 1, min(len(toks), last + 1 + SERIES_REACH)):
        if toks[k][1] in SENTENCE_END_TAGS:
            return False
        if toks[k][1] in PREDICATE_STEMS:
            nxt = read_clause(toks, k, lex, 1)
            return nxt.negated or denied(toks, nxt.last, lex)
    return False


def denied(toks: list, last: int, lex: ActIndex) -> bool:
    """'-는 것은 아니다': an adnominal ending, '것', a particle and the negative copula."""
    return last + 3 < len(toks) and toks[last][1] == "ETM" and toks[last + 1][0] == "것" \
        and toks[last + 2][1] == "JX" and toks[last + 3][1] == "VCN" and toks[last + 3][0] in lex.cue("denial_copula")

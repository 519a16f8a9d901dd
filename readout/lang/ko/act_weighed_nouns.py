"""(kolex49) A bare hostile measure noun a side weighs: 'X는 Y에 대한 제재를 검토하고 있다', 'Y와의 봉쇄를 고려 중이다',
'보복 방안을 고려하고 있다'.

Why a reader of its own: the noun reading (act_nominals) reads only compounds of its nominal table ('대북 제재',
'제재 부과', '외교관 추방'), so a bare 제재 weighed read nothing at all while '제재 부과를 검토' read the threat
(act_weighed_measures: a hostile measure weighed is THREATEN, enmodes70), and English 'is considering sanctions on Y'
reads one. Here a single noun whose noun+하다 verb is a hostile measure of `FOUND_TYPES` (SANCTION: 제재, 추방, 단교;
COERCE: 봉쇄; ASSAULT: 공습, 보복), as the object of a verb of weighing right after it (past its particle and an
option noun '방안'), is that measure planned, which act_weighed_measures then makes the weigher's THREATEN; a target
aimed at before it ('Y에 대한') is its target. A noun another owns ('Y의 제재를 검토': Y's measure reviewed), a noun
inside a compound, a weighing denied or a verb that does not weigh ('제재를 비판했다') reads nothing here.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_aimed_objects import aimed_object
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_weighed_measures import weighing_verb
from readout.lang.ko.tags import GENITIVE_PARTICLE, NOUN_TAGS, OBJECT_PARTICLES

FOUND_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})  # hostile measures; MOBILIZE (troops sent) may be help


def weighed_nouns(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` and a planned hit for each bare hostile measure noun weighed that no hit covers yet."""
    taken = [(h.start, h.end) for h in hits]
    out = list(hits)
    for k in range(len(toks)):
        hit = _weighed_noun(toks, k, lex)
        if hit is not None and not any(a < hit.end and hit.start < b for a, b in taken):
            out.append(hit)
    return out


def _weighed_noun(toks: list, k: int, lex: ActIndex) -> ActHit | None:
    if toks[k][1] != "NNG" or k + 1 >= len(toks) or k > 0 and toks[k - 1][1] in NOUN_TAGS:
        return None  # a noun inside a compound is read by the nominal table or not at all
    entry = lex.verbs.get(toks[k][0] + "하다")
    if entry is None or entry.type not in FOUND_TYPES or k > 0 and toks[k - 1][:2] == GENITIVE_PARTICLE:
        return None
    after = k + 1
    if toks[after][0] in lex.cue("option_noun"):
        after += 1  # '제재 방안을'
    if after >= len(toks) or not (toks[after][0] in OBJECT_PARTICLES or toks[after][1] == "JX"
                                  and toks[after][0] in lex.cue("object_focus_particle")):
        return None
    data = {"pred": k, "first": k, "last": k, "clause": "nominal", "particle": toks[after][0], "main": False}
    aimed = aimed_object(toks, k, lex)  # 'Y에 대한 제재': Y is the target
    if aimed is not None:
        data["target_spans"] = (aimed,)
    hit = ActHit(start=toks[k][2], end=toks[k][2] + toks[k][3], type=entry.type, mode=entry.mode, lemma=toks[k][0],
                 target=tuple(entry.target), nominal=True, status="planned", generic=entry.generic,
                 contexts=tuple(entry.contexts), data=data)
    return hit if weighing_verb(toks, hit, lex) else None

"""(kobacked50, issue 14) A bare sanction noun a named owner holds, judged as the object of an accusation, is the
owner's sanction: '페루는 미국의 제재를 비난했다', '미국의 대러 제재를 규탄했다', as English 'Peru condemned the US
sanctions (on X)' reads the US's SANCTION beside Peru's ACCUSE.

Why not a nominal entry of its own: a bare '제재' is mostly what is asked for, weighed or threatened ('제재를 요구',
'제재를 검토', '제재를 경고'), and with no owner named it says nothing of who imposed it. Only the frame 'Y의 [..]
제재를 <accuse verb>' tells a measure in force that Y took; its compound's words between owner and noun ('대러',
'쿠바') are whom it was imposed on, which act_owned_deeds reads as for '러시아의 폴란드 외교관 추방' (it is asked after
this reader). The nouns are lexicon cue `owned_measure_noun`; the act is that of their 하다 verb ('제재하다':
SANCTION discontinue).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, NOUN_TAGS, OBJECT_PARTICLES

JUDGE_TYPE = "ACCUSE"
NAME = "NNP"


def owned_sanction(toks: list, judge: ActHit, lex: ActIndex) -> ActHit | None:
    """The sanction named as the object right before the accusing verb of `judge` when a named genitive owner holds
    it ('[미국의] (대러) 제재를 비난했다'), else None."""
    j = judge.data.get("first", 0) - 1
    if j < 2 or toks[j][0] not in OBJECT_PARTICLES or toks[j - 1][0] not in lex.cue("owned_measure_noun"):
        return None
    noun = j - 1
    start = run_start(toks, noun)
    if start < 2 or tuple(toks[start - 1][:2]) != GENITIVE_PARTICLE or toks[start - 2][1] not in NOUN_TAGS:
        return None
    owner = run_start(toks, start - 2)
    if not any(toks[k][1] == NAME for k in range(owner, start - 1)):
        return None
    entry = lex.verbs.get(toks[noun][0] + "하다")
    if entry is None:
        return None
    data = {"pred": noun, "first": noun, "last": noun, "clause": "nominal", "particle": toks[j][0],
            "governor": judge.data.get("pred"), "main": False, "owned_measure": True}
    return ActHit(start=toks[noun][2], end=toks[noun][2] + toks[noun][3], type=entry.type, mode=entry.mode,
                  lemma=toks[noun][0], target=("에 대한",), nominal=True, status="occurred",
                  generic=entry.generic, contexts=tuple(entry.contexts), data=data)


def owned_sanctions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with the owned sanction each accusation judges added, unless a hit already starts on its noun."""
    starts = {h.start for h in hits}
    out = list(hits)
    for h in hits:
        if h.type != JUDGE_TYPE or h.nominal or h.negated or h.status != "occurred":
            continue
        found = owned_sanction(toks, h, lex)
        if found is not None and found.start not in starts:
            out.append(found)
            starts.add(found.start)
    return out

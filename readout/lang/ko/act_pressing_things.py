"""(request59) A thing that presses or demands is no requester: '[X의] 제재는 이미 B 경제를 압박하고 있다', '고물가가
정부를 압박하고 있다', '이번 사태는 국제사회의 단호한 대응을 요구하고 있다'.

Why: PLOVER's REQUEST is an appeal one side makes to another. With a measure, a price or a situation as the verb's
subject (cue thing_subject_noun) the sentence tells an effect or a need, not an appeal; read as a request it took
the sides of whatever the sentences before named (the parties of a visit told just before asking the body whose
sanctions bite). The measure itself is read by its own word where it is one ('제재를 부과했다'); this reader only
drops the REQUEST whose own clause's subject or topic is such a thing. A state or person as subject ('미국은 제재로
이란을 압박했다') keeps its request, and a complement clause's subject ('제재가 효과를 내도록 압박했다') is not the
verb's.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

SUBJECT_MARKS = frozenset({("이", "JKS"), ("가", "JKS"), ("은", "JX"), ("는", "JX")})  # '제재가', '제재는'
CLAUSE_EDGES = frozenset({"EC", "EF", "SF", "SS", "SO", "JKQ"})  # a clause before the verb's own ends here


def thing_pressures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without each verbal REQUEST whose own subject or topic is a thing (`thing_subject`)."""
    return [h for h in hits if not (h.type == "REQUEST" and not h.nominal and "first" in h.data
                                    and thing_subject(toks, h.data["first"], lex))]


def thing_subject(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the nearest subject or topic before the verb at morpheme `first`, in the verb's own clause, is a noun
    run holding a word of `thing_subject_noun` ('에코와스의 제재는', '고물가가')."""
    k = first - 1
    while k > 0 and toks[k][1] not in CLAUSE_EDGES and (toks[k][0], toks[k][1]) not in SUBJECT_MARKS:
        k -= 1
    if k < 1 or (toks[k][0], toks[k][1]) not in SUBJECT_MARKS or toks[k - 1][1] not in NOUN_TAGS:
        return False
    run = range(run_start(toks, k - 1), k)
    words = {toks[j][0] for j in run} | {"".join(toks[j][0] for j in run)} | {toks[k - 1][0]}
    return bool(words & lex.cue("thing_subject_noun"))

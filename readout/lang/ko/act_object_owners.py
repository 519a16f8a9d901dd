"""The owner of a Korean act's object, who receives the act on it: the genitive before the object ('미국의 대만 무기
판매를': the seller), the owner of a purpose clause ('[B의 주권을 수호하기 위한] 투쟁'), of a topic ('[X의 가입]에 대한
반대'), of a refused or weighed proposal, and of coordinated objects.

Why its own module: these readers walk the object's noun run and its genitives, apart from act_targets' clause and
particle readers, which call them first (`target_spans`).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, coordinated_start, run_start
from readout.lang.ko.tags import (COORDINATING_PARTICLES, LOCATIVE_PARTICLE, NOUN_TAGS, SENTENCE_END_TAGS,
                                  TOPIC_PARTICLES)

PURPOSE_STEMS = frozenset({"위하"})  # '[X를] 위한 노력': the noun serves what the purpose clause names
PURPOSE_REACH = 6  # morphemes from 위한 back to the object particle of its clause ('수호하기 위한', '평화를 위한')


def purpose_owner(toks: list, run: tuple[int, int] | None) -> tuple[int, int] | None:
    """The genitive owner of the object of a purpose clause before the noun run `run` ('[B의 주권과 영토를
    수호하기] 위한 투쟁', '[B의 평화를] 위한 노력'): backing the effort backs B. None where no purpose clause
    stands there or its object has no owner."""
    if run is None or run[0] < 3 or toks[run[0] - 1][1] != "ETM" or toks[run[0] - 2][0] not in PURPOSE_STEMS:
        return None
    for k in range(run[0] - 3, max(0, run[0] - 3 - PURPOSE_REACH), -1):
        if toks[k][1] in ("SF", "EF", "EC", "ETM", "JKS") or toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES:
            return None
        if toks[k][1] == "JKO" and toks[k - 1][1] in NOUN_TAGS:
            start = coordinated_start(toks, run_start(toks, k - 1))  # '주권과 영토 완정을': the first conjunct's owner
            return genitive_owner(toks, (start, k - 1))
    return None


def conjunct_owners(toks: list, run: tuple[int, int] | None) -> tuple[int, int] | None:
    """The owners of act nouns coordinated in one object ('[북한의 핵 개발]과 [러시아와의 군사협력]을 규탄'): each
    conjunct's genitive owner, and the partner of a joint noun ('러시아와의 협력': the first owner's partner), as one
    span from the first owner to the last; None unless two conjuncts or more name an owner."""
    owners: list[tuple[int, int]] = []
    conjuncts = 0
    while run is not None:
        conjuncts += 1
        k = run[0] - 1
        if k >= 2 and toks[k][1] == "JKG" and toks[k - 1][1] in ("JKB", "JC") and toks[k - 1][0] in COORDINATING_PARTICLES \
                and toks[k - 2][1] in NOUN_TAGS:  # '러시아와의 군사협력': the partner
            lo = run_start(toks, k - 2)
            owners.append((toks[lo][2], toks[k - 2][2] + toks[k - 2][3]))
            k = lo - 1
        elif k >= 1 and toks[k][1] == "JKG" and toks[k - 1][1] in NOUN_TAGS:  # '북한의 핵 개발'
            lo = run_start(toks, k - 1)
            owners.append((toks[lo][2], toks[k - 1][2] + toks[k - 1][3]))
            k = lo - 1
        run = (run_start(toks, k - 1), k - 1) if k >= 1 and toks[k][1] == "JC" and toks[k - 1][1] in NOUN_TAGS \
            else None
    if conjuncts < 2 or len(owners) < 2:
        return None
    return min(o[0] for o in owners), max(o[1] for o in owners)


def genitive_owner(toks: list, run: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun (with those coordinated with it) in the genitive before the noun run `run`, over adnominal
    words between them ('캐나다 측의 지속적인 ... 참여를 요청': Canada's participation); a bound noun after
    the owner goes with it ('캐나다 측의')."""
    if run is None:
        return None
    genitive = _before_modifiers(toks, run[0]) - 1
    if genitive < 1 or toks[genitive][1] != "JKG":
        return None
    end = genitive - 1
    if toks[end][1] == "NNB" and end > 0 and toks[end - 1][1] in NOUN_TAGS:
        end -= 1  # '캐나다 측의': the state, its side word aside
    if toks[end][1] not in NOUN_TAGS:
        return None
    start = coordinated_start(toks, run_start(toks, end))  # '북한과 러시아의 협력': both own it
    return toks[start][2], toks[end][2] + toks[end][3]


def refused_owner(toks: list, first: int) -> tuple[int, int] | None:
    """The genitive owner of the object a bare refusal verb at `first` refuses ('[B의] 나토 가입을 용납하지 않겠다',
    '[B의] 핵무장을 허용하지 않겠다'): the side whose deed is refused, before any state inside the deed ('나토')."""
    k = first - 1
    while k > 0 and toks[k][1] in ("MAG", "SP"):
        k -= 1  # '절대', '결코'
    if k < 1 or toks[k][1] != "JKO" or toks[k - 1][1] not in NOUN_TAGS:
        return None
    return genitive_owner(toks, (run_start(toks, k - 1), k - 1))


def weighed_owner(toks: list, k: int) -> tuple[int, int] | None:
    """(ko48) The genitive owner of what a judgement of worth at morpheme `k` dismisses: the nearest noun run before it
    marked as its topic, object or 에 (대해) ('[B의] 제안은 일고의 가치도 없다', '[B의] 제안에 대해 논의할 가치도
    없다'), the proposal's author; None where that run names no owner."""
    j = k - 1
    while j > 0 and not (toks[j][1] in ("JX", "JKO", "JKB") and toks[j - 1][1] in NOUN_TAGS):
        if toks[j][1] in SENTENCE_END_TAGS or toks[j][1] == "JKS" or k - j > COMPLEMENT_REACH:
            return None
        j -= 1
    return genitive_owner(toks, (run_start(toks, j - 1), j - 1)) if j > 0 else None


def _before_modifiers(toks: list, k: int) -> int:
    """The first morpheme of the adnominal words right before morpheme `k` ('지속적인', '새로운': a word ending
    in ETM), or `k` where none stands there."""
    while k > 0 and toks[k - 1][1] == "ETM":
        j = k - 1
        while j > 0 and toks[j - 1][2] + toks[j - 1][3] >= toks[j][2]:  # back to the word's first morpheme
            j -= 1  # ('지속적인': 이 and ᆫ share one syllable, so an ending may start before the morpheme before it ends)
        k = j
    return k


TOPIC_STEMS = frozenset({"대하", "관하"})  # '[X의 가입]에 대한 반대', '[X의 제안]에 관한 입장'


def topic_owner(toks: list, run: tuple[int, int] | None) -> tuple[int, int] | None:
    """'헝가리는 [스웨덴의 나토 가입]에 대한 반대를 철회했다': an object noun with no owner of its own, after a topic
    phrase (에 대한, 에 관한) whose noun has a genitive owner: that owner is who the stance was aimed at, not the body
    the topic names (나토)."""
    if run is None or run[0] < 4:
        return None
    k = run[0] - 1
    if toks[k][1] != "ETM" or toks[k - 1][0] not in TOPIC_STEMS or toks[k - 2][:2] != LOCATIVE_PARTICLE \
            or toks[k - 3][1] not in NOUN_TAGS:
        return None
    return genitive_owner(toks, (run_start(toks, k - 3), k - 3))

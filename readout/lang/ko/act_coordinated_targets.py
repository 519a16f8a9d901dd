"""(actors54b, issue 14) A coordinated object of a deed of force is one target: '무장괴한들이 [말리 대통령과 차드
대통령을] 저격했다', '[A 군인들과 B 군인들을] 공격했다'.

Why: the object readers take the noun run right before 을/를 as the target ('차드 대통령'), so the run before the
conjunctive particle (과/와, kiwi's JC) was left to the side readers, which read it as the 'with' side of the subject:
the gunmen became Chad's government attacking Mali's. English reads 'shot the president of X and the president of Y'
as one object of both. Where the noun before the particle is the same head noun as the target's ('대통령과 ...
대통령을', '군인들과 ... 군인들을'), the two are one coordinated object: the target span (and the domestic object the
side readers marked on it) starts at the first run. A different head ('말리 대통령과 회담하고 ...') is no such object:
the particle may be the comitative of another clause. The pipeline then reads both states as struck
(act_struck_holders.struck_several_states: no place named, no doer told).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start

CONJUNCTIVE_TAG = "JC"  # 과/와 joining nouns ('A와 B'), kiwi's tag apart from the comitative JKB
FORCE_TYPES = frozenset({"ASSAULT"})
PLURAL_TAG = "XSN"  # '군인들': the plural suffix closes the head's run


def coordinated_targets(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """Each ASSAULT whose first target span is the second of two noun runs joined by 과/와 with the same head noun,
    with that span (and a domestic object equal to it) widened to the first run; other hits as they came."""
    out = []
    for h in hits:
        spans = h.data.get("target_spans") or ()
        first = coordinated_start(toks, spans[0]) if h.type in FORCE_TYPES and spans else None
        if first is None:
            out.append(h)
            continue
        widened = (first, spans[0][1])
        data = {**h.data, "target_spans": (widened, *spans[1:])}
        if h.data.get("domestic_target") == spans[0]:
            data["domestic_target"] = widened
        out.append(h.copied(data=data))
    return out


def coordinated_start(toks: list, span: tuple[int, int]) -> int | None:
    """The character start of a run joined to the one at `span` by 과/와 with the same head noun, else None."""
    k = next((i for i, t in enumerate(toks) if t[2] == span[0]), None)
    if k is None or k < 2 or toks[k - 1][1] != CONJUNCTIVE_TAG:
        return None
    end = next((i for i in range(len(toks) - 1, k - 1, -1) if toks[i][2] + toks[i][3] <= span[1]
                and toks[i][1] != PLURAL_TAG and toks[i][1].startswith("NN")), None)
    before = k - 2
    if before >= 0 and toks[before][1] == PLURAL_TAG:
        before -= 1
    if end is None or before < 0 or toks[before][0] != toks[end][0] or not toks[before][1].startswith("NN"):
        return None
    return toks[run_start(toks, before)][2]

"""The object a Korean noun act is aimed at, named in the adnominal phrase before the noun (victims48).

'X 대사관에 대한 공격', 'X 초소를 겨냥한 드론 공격', 'X 선박을 향한 포격': the noun run before '에 대한' or before
'을/를' + a verb of aiming (cue aimed_object_verb) in its adnominal form is what the act is done to, its target,
never its doer. Without this reading a sentence that names no attacker gave the act to the one country it named
(pipeline/act_actors.leftover_countries); marked as a target span, the country is the act's target and, with no
doer named, the act has no actor. Mirrors the English 'attack on X's embassy' (target_spans of the act noun).
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import NOUN_TAGS, lemma_at

AIM_PARTICLES = frozenset({"에", "을", "를"})  # '에 대한', '을 겨냥한', '를 향한'


def aimed_object(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """Character span of the noun run the adnominal aiming phrase right before token `first` names, else None."""
    k = first - 1
    if k < 2 or toks[k][1] != "ETM":
        return None
    stem = k - 1
    if lemma_at(toks, stem) not in lex.cue("aimed_object_verb"):
        return None
    if toks[stem][1] == "XSV":
        stem -= 1  # '겨냥/NNG 하/XSV'
    particle = stem - 1
    if particle < 1 or toks[particle][0] not in AIM_PARTICLES or not toks[particle][1].startswith("J"):
        return None
    end = particle - 1
    start = end
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    if toks[end][1] not in NOUN_TAGS:
        return None
    return toks[start][2], toks[end][2] + toks[end][3]

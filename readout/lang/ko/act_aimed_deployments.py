"""Weapons deployed to be used against a side are a threat of force at that side (ploverko63, issue 15).

'B에 맞서 사용할 무기를 배치했다', 'B를 겨냥한 미사일을 배치했다', 'B 공격에 사용할 미사일을 배치했다': the adnominal clause
on the deployed weapon names the side the weapon is meant for. Why: the deployment alone is a show of force with no one
receiving it (MOBILIZE weapons), but weapons placed for use against a named side threaten that side with force (the
PLOVER manual's THREATEN: "threats of ... military force"), the way a deterrent warning is aimed at the side it names.
The side is marked as the act's target span (the pipeline keeps it only when it names a state); a weapon described by
anything else ('최신형 미사일', '방어용 미사일') stays a deployment.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import NOUN_TAGS

AIM_PARTICLES = frozenset({"을", "를", "에", "에게"})  # 'B를 겨냥한', 'B를 향한', 'B에 맞서'
CONNECTIVES = frozenset({"아", "어", "여"})  # '맞서/VV 어/EC', '대항하/XSV 여/EC'


def aimed_deployments(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each weapons deployment whose weapon an adnominal clause aims at a side read as THREATEN violence
    with that side as its target span (module docstring)."""
    if not any((h.type, h.mode) == ("MOBILIZE", "weapons") for h in hits):
        return hits
    starts = {t[2]: i for i, t in enumerate(toks)}
    out = []
    for h in hits:
        span = None
        if (h.type, h.mode) == ("MOBILIZE", "weapons") and not h.negated and h.start in starts:
            span = aimed_side(toks, starts[h.start], lex)
        out.append(h if span is None else replace(h, type="THREATEN", mode="violence", target=(),
                                                   data={**h.data, "target_spans": (span,), "aimed_weapons": True}))
    return out


def aimed_side(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the side the adnominal clause right before the weapon noun at morpheme `first` aims
    it at, else None: 'B를 겨냥한 [미사일]' (an aiming verb, cue aimed_object_verb), 'B에 맞서 사용할 [무기]' (a verb
    of use after an opposing connective, cues weapon_use_verb, opposing_verb), 'B 공격에 사용할 [미사일]' (a verb of
    use for an attack on B, cue use_for_attack_noun)."""
    k = first - 1
    while k > 0 and toks[k][1] in NOUN_TAGS:
        k -= 1  # '사용할 [탄도] 미사일': the weapon's own modifiers
    if k < 2 or toks[k][1] != "ETM":
        return None
    stem = k - 1
    verb = lemma_at(toks, stem)
    before = stem - 1 - (toks[stem][1] == "XSV")  # '겨냥/NNG 하/XSV': the morpheme before the noun
    if verb in lex.cue("aimed_object_verb") and verb != "대하다":
        return side_before(toks, before)
    if verb not in lex.cue("weapon_use_verb") or before < 1:
        return None
    if toks[before][1] == "EC" and toks[before][0] in CONNECTIVES \
            and lemma_at(toks, before - 1) in lex.cue("opposing_verb"):
        opposing = before - 1 - (toks[before - 1][1] == "XSV")
        return side_before(toks, opposing - 1)
    if toks[before][0] == "에" and toks[before][1].startswith("JKB") and before >= 2 \
            and toks[before - 1][0] in lex.cue("use_for_attack_noun") and toks[before - 2][1] in NOUN_TAGS:
        return noun_run(toks, before - 2)
    return None


def side_before(toks: list, particle: int) -> tuple[int, int] | None:
    """The noun run before the aiming particle at morpheme `particle` ('B를', 'B에'), else None."""
    if particle < 1 or toks[particle][0] not in AIM_PARTICLES or not toks[particle][1].startswith("J"):
        return None
    return noun_run(toks, particle - 1)


def noun_run(toks: list, end: int) -> tuple[int, int] | None:
    """The character span of the run of nouns ending at morpheme `end`, else None."""
    if end < 0 or toks[end][1] not in NOUN_TAGS:
        return None
    start = end
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    return toks[start][2], toks[end][2] + toks[end][3]

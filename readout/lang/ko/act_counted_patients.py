"""(konoun46) A verbal noun announced or carried out with its object before it, counted or in the genitive:
'예비군 3만 명 소집을 발표했다', '난민 수천 명의 추방을 발표했다', '외교관들의 추방을 선언했다'.

Why: the object of a noun+하다 verb may stand before its verbal noun as a compound ('예비군 소집': act_noun_lookup.act_noun
reads the pair), but a count ('3만 명') or the genitive 의 breaks the compound, and the verbal noun alone then reads
its bare verb ('추방하다', SANCTION expel) or nothing ('소집하다' has only pairs). The object is the same one the verb
would take ('예비군 3만 명을 소집했다'), so the verb's pair for it applies: '예비군 ... 소집' MOBILIZE troops, '난민 ...
추방' COERCE deport. The pair's hit starts at the object's head noun, after any state name before it, so that
name stays the people's state, the side the act is done to.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.tags import NOUN_TAGS, PLURAL_SUFFIX

COUNT_TAGS = frozenset({"SN", "NR"})  # a number's parts: '3' + '만', '수천'


def counted_patient(toks: list, start: int, end: int, lex: ActIndex,
                    lookup) -> tuple[ActEntry, int] | None:
    """The pair of the verbal noun ending the run [start..end] with the object before it, that object separated
    from it by a count, the genitive, or both; `lookup` is act_noun_lookup.noun_lookup. None when neither stands
    between (a plain compound is the caller's) or the verb has no pair for the noun."""
    pairs = lex.pairs.get(toks[end][0] + "하다")
    k = start - 1
    if start < end - 1 and toks[end - 1][:2] == ("대", "NNB") and toks[end - 2][1] in COUNT_TAGS:
        k = end - 1  # '전차 12대 인도': the unit 대 (vehicles), which the run took for the prefix 對, so it ran on
    if not pairs or k < 1:
        return None
    genitive = toks[k][1] == "JKG"
    k -= genitive
    about = k >= 2 and toks[k - 1][:2] == ("여", "XSN")  # '200여 명': about two hundred
    counted = k >= 1 and toks[k][1] == "NNB" and toks[k - 1 - about][1] in COUNT_TAGS
    if counted:
        k -= 1 + about
        while k > 0 and toks[k - 1][1] in COUNT_TAGS:
            k -= 1  # '3' + '만' + '명': the number's own parts
        k -= 1
    if not (genitive or counted) or k < 0:
        return None
    if k > 0 and toks[k][:2] == PLURAL_SUFFIX:
        k -= 1  # '외교관들의': the plural's noun
    if toks[k][1] not in NOUN_TAGS or toks[k][1] in COUNT_TAGS:
        return None
    return lookup(toks, run_start(toks, k), k, pairs)

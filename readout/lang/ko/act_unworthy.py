"""A proposal dismissed as not worth weighing (ko48): '논의할 가치도 없다', '검토할 필요가 없다', '일고의 가치도 없다',
'협상의 여지가 없다', '협상 대상이 아니다'.

Why: the speaker refuses what another side put forward by judging it, with no verb of refusing and no negated verb of
accepting (which `act_clauses.refusal` reads): the negation is on the worth ('가치', '필요', '여지') of weighing it, or
on its standing as something to be weighed ('대상이 아니다'). CAMEO 12 (reject) and PLOVER REJECT code the dismissal:
REJECT by the speaker, aimed at the author of the dismissed proposal (its genitive owner: 'B의 제안'). The verbs of
weighing are the lexicon's `weighing_verb` (considering, negotiating, answering); the nouns `unworthy_noun`; the
predicates `unworthy_predicate` (없다, 아니다). '가치가 있다' (worth weighing) states no act.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_object_owners import weighed_owner
from readout.lang.ko.endings import read_clause
from readout.lang.ko.tags import GENITIVE_PARTICLE, NOUN_TAGS

PARTICLES = frozenset({"JKS", "JKC", "JX"})  # '가치가', '가치도', '가치조차', '대상이 (아니다)'


def unworthy_refusals(toks: list, lex: ActIndex, hits: list[ActHit]) -> list[ActHit]:
    """The REJECT hits of the sentence's judgements of worth, one per predicate no other hit stands at."""
    taken = {h.data.get("pred") for h in hits}
    out: list[ActHit] = []
    nouns, predicates = lex.cue("unworthy_noun"), lex.cue("unworthy_predicate")  # speed50b: once, not per morpheme
    for k in range(2, len(toks) - 2):
        if toks[k][0] not in nouns or toks[k][1] not in ("NNG", "NNB") or toks[k + 1][1] not in PARTICLES:
            continue
        s = k + 2
        if toks[s][0] not in predicates or toks[s][1] not in ("VA", "VCN") or s in taken:
            continue
        first = weighing_start(toks, k, lex)
        if first is None:
            continue
        r = read_clause(toks, s, lex)
        if r.negated or r.modality == "condition":
            continue  # '가치가 없지 않다', '필요가 없다면': no dismissal stated
        owner = weighed_owner(toks, first)
        out.append(judged_refusal(toks, first, s, k, r, judged_act=True,
                                  **({"target_spans": (owner,)} if owner else {})))
    return out


def judged_refusal(toks: list, first: int, pred: int, k: int, r, **marks) -> ActHit:
    """The REJECT hit of a judgement with no verb of refusing, from `first` to the copular or adjectival predicate at
    `pred`, the judged noun at `k` (its lemma the refusal's word), `r` the predicate's clause reading; `marks` say which
    judgement it is (a thing unworthy of talks, a land not for sale) for the side readers."""
    return ActHit(start=toks[first][2], end=toks[pred][2] + toks[pred][3], type="REJECT", mode=None,
                  lemma=toks[k][0], target=(), nominal=False, negated=False, status="occurred",
                  data={"pred": pred, "first": first, "last": r.last, "clause": r.clause,
                        "main": r.clause == "main", "quoted": r.quoted, "modality": r.modality,
                        "refusal_of": toks[k][0], **marks})


def weighing_start(toks: list, k: int, lex: ActIndex) -> int | None:
    """The first morpheme of the weighing before the noun of worth at `k`: a verb of weighing with its future
    adnominal ending ('[논의하]ㄹ 가치', '[검토하]ㄹ 필요'), or its noun with 의 ('[일고]의 가치', '[협상]의 여지') or
    bare before it ('[협상] 대상'); None where the worth is another's ('의심의 여지', '투자 가치')."""
    weighing = lex.cue("weighing_verb")
    if toks[k - 1][1] == "ETM" and toks[k - 1][0] in ("ᆯ", "을", "ㄹ"):
        stem = k - 2
        if toks[stem][1] == "XSV" and stem > 0 and toks[stem - 1][1] in NOUN_TAGS:
            return stem - 1 if toks[stem - 1][0] + "하다" in weighing else None
        return stem if toks[stem][1] == "VV" and toks[stem][0] + "다" in weighing else None
    noun = k - 2 if toks[k - 1][:2] == GENITIVE_PARTICLE else k - 1
    return noun if toks[noun][1] in NOUN_TAGS and toks[noun][0] + "하다" in weighing else None

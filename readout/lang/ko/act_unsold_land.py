"""A land said not to be had (stance52): '그 섬은 판매 대상이 아니다', '섬은 팔 물건이 아니다', '그 반도는 매물이 아니다'.

Why: the speaker refuses a claimant's bid for the land by judging the land, with no verb of refusing: the negation is
on its standing as a thing for sale ('[판매] 대상이 아니다', '[팔] 물건이 아니다', '매물이 아니다'). CAMEO 12 (reject) and
PLOVER REJECT code it; the receiving side is the one who bid for or demanded the land, told before (`refused_yield`,
as a refused yield's), never the land itself, whose words (the topic before the predicate) the hit marks as
`claimed_land` so that no side is read from them. The words are the lexicon's `sale_noun` (a sale or handing over
before 대상), `sale_verb` (selling, buying, taking before ㄹ), `sale_thing_noun` and `sale_item_noun`; the predicate
is the negative copula (아니다). Negated again ('대상이 아닌 것은 아니다') it states nothing.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_unworthy import judged_refusal
from readout.lang.ko.endings import read_clause
from readout.lang.ko.tags import FUTURE_ETM, NOUN_TAGS, SUBJECT_TAGS

PREDICATE_PARTICLES = frozenset({"JKC", "JX"})  # '대상이 (아니다)', '대상도 (아니다)'
TOPIC_REACH = 10  # morphemes back from the judged noun to the land's particle ('우리 영토인 그 섬은')


def unsold_lands(toks: list, lex: ActIndex, hits: list[ActHit]) -> list[ActHit]:
    """The REJECT hits of the sentence's lands said not to be for sale, one per predicate no other hit stands at."""
    taken = {h.data.get("pred") for h in hits}
    out: list[ActHit] = []
    items, things = lex.cue("sale_item_noun"), lex.cue("sale_thing_noun")  # speed50b: once, not once per morpheme
    for k in range(1, len(toks) - 2):
        first = sale_start(toks, k, lex) if toks[k][0] in items or toks[k][0] in things else None
        if first is None or toks[k + 1][1] not in PREDICATE_PARTICLES:
            continue
        s = k + 2
        if toks[s][:2] != ("아니", "VCN") or s in taken:
            continue
        r = read_clause(toks, s, lex)
        if r.negated or r.modality == "condition":
            continue
        land = land_span(toks, first, lex)
        out.append(judged_refusal(toks, first, s, k, r, refused_yield=True,
                                  **({"claimed_land": (land,)} if land else {})))
    return out


def sale_start(toks: list, k: int, lex: ActIndex) -> int | None:
    """The first morpheme of the judgement of a thing for sale ending in the noun at `k`: '매물' alone, '[판매] 대상',
    '[팔]ㄹ 물건'; None where the noun at `k` judges no sale."""
    word, tag = toks[k][0], toks[k][1]
    if tag not in NOUN_TAGS:
        return None
    if word in lex.cue("sale_item_noun"):
        return k
    if word not in lex.cue("sale_thing_noun"):
        return None
    if toks[k - 1][1] in NOUN_TAGS and toks[k - 1][0] in lex.cue("sale_noun"):
        return k - 1
    if k > 1 and toks[k - 1][1] == "ETM" and toks[k - 1][0] in FUTURE_ETM and toks[k - 2][1] == "VV" \
            and toks[k - 2][0] + "다" in lex.cue("sale_verb"):
        return k - 2
    return None


def land_span(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the land judged: the nouns before the topic or subject particle just before the
    judgement ('[스발바르 제도]는 판매 대상이 아니다'), past another judgement joined to it ('Y는 팔 물건도, 빼앗을 대상도
    아니다'); None when no such particle is within reach."""
    for p in range(first - 1, max(-1, first - TOPIC_REACH - 1), -1):
        if toks[p][1] in SUBJECT_TAGS and p > 0 and sale_start(toks, p - 1, lex) is None:
            n = p
            while n > 0 and toks[n - 1][1] in NOUN_TAGS:
                n -= 1
            return (toks[n][2], toks[p][2]) if n < p else None
    return None

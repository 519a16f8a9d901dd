"""Cooperative acts a sentence names without anyone doing them: support a side seeks or needs ('to win support for
an easing of sanctions', 'would need security guarantees'), more of something welcomed ('welcomed more investment'),
a future act only hoped for ('hoped the summit would help revive talks'), a standing commitment ('remained committed
to X'), a pledge not to act ('vowed not to return the land'), and a noun act joined by 'or' to a refused or negated one ('did not plan to sign any deal or issue a joint
statement').

Why: PLOVER's SUPPORT, AGREE, AID and COOPERATE are acts a side does to another (endorse, promise, give, work with).
A side that seeks, wins or needs support is not giving it, and nobody in its clause is; the act words are the
object of the wanting verb (`seeking_verbs`). Welcoming more of another side's contribution is a wish, not an
endorsement of a party. A future cooperative act is read as a promise (AGREE) because the side says it will act,
but under a verb of hoping (`hope_words`) the future is only wished, often of a thing ('the summit would help'),
and the manual codes no pledge. 'Remained committed to a goal' after a verb of staying (`standing_verbs`) restates a
position held, no new commitment to anyone. What one negated or refused verb governs, the verb joined to it by 'or'
shares: 'did not plan to sign X or issue Y' does neither.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SOUGHT_TYPES = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE"})  # what a side can seek or need from another
SOUGHT_REACH = 3  # lower-case modifiers between the wanting verb and the act word ('needs international security')
FOR_REACH = 3  # words after a sought act word before the act it is sought for ('support for an easing of')
HOPE_REACH = 12  # words from a verb of hoping to the act its future clause states


def unperformed_acts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the acts nobody performs (see the module docstring): sought or needed acts and the acts
    they are sought for, more of a thing welcomed, hoped futures, standing commitments, and noun acts joined by
    'or' to a negated or refused one."""
    if not hits:
        return hits
    dropped: set[int] = set()
    for h in hits:
        k = h.data.get("token", -1)
        if k < 0:
            continue
        if h.type in SOUGHT_TYPES and (wanted_at(toks, k, cues) or sought_head(toks, k, cues)) or welcomed_more(toks, h, cues) \
                or hoped_future(toks, h, cues) or standing_commitment(toks, h, cues) or negated_alternative(toks, h, hits) \
                or negated_pledge(toks, h, cues):
            dropped.add(id(h))
    for h in hits:  # 'to win support for an easing of sanctions': what the support is sought for is not done
        if id(h) in dropped and h.type in SOUGHT_TYPES:
            end = h.data.get("end_token", h.data["token"])
            if end + 1 < len(toks) and toks[end + 1].low == "for":
                dropped.update(id(o) for o in hits if end + 1 < o.data.get("token", -1) <= end + 1 + FOR_REACH)
    return [h for h in hits if id(h) not in dropped] if dropped else hits


def wanted_at(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the word at token i is the object of a verb of seeking, winning or needing before it, with at most
    `SOUGHT_REACH` lower-case modifiers between ('win support', 'would need international security guarantees')."""
    for k in range(i - 1, max(-1, i - SOUGHT_REACH - 2), -1):
        low = toks[k].low
        if low in cues.seeking_verbs:
            return not got_from(toks, k, i, cues)
        if not toks[k].word or not toks[k].raw.islower() or low in cues.prepositions or low in cues.clause_breaks \
                or low in cues.infinitive or low in cues.relative:
            return False
    return False


def sought_head(toks: list[Token], k: int, cues: Cues) -> bool:
    """(enfollow66) 'hopes to gain the backing of X', 'seeking to win the support of X': a verb of seeking or winning
    (`seeking_verbs`) that itself carries the act word ('gain backing': CAMEO 051), under 'to', is sought, not got."""
    return toks[k].low in cues.seeking_verbs and k > 0 and toks[k - 1].low in cues.infinitive


def got_from(toks: list[Token], k: int, i: int, cues: Cues) -> bool:
    """(drawn66) 'Chile won praise from Peru': a past form of winning (`won_verbs`), not under 'to' or a modal, whose
    act noun at token i names its source after 'from' was got, not sought (act_drawn_disapproval reads the source's act)."""
    if toks[k].low not in cues.won_verbs or k and (toks[k - 1].low in cues.infinitive or toks[k - 1].low in cues.be):
        return False
    return i + 1 < len(toks) and toks[i + 1].low == "from"


def welcomed_more(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """'welcomed more investment from B': a verb of welcoming whose object opens with a quantity word
    (`more_words`) wishes for more of a thing; it endorses no party's act or policy."""
    if h.type != "SUPPORT" or h.nominal or not h.lemma.startswith("welcome"):
        return False
    k = h.data.get("head_end", h.data["token"]) + 1
    return k < len(toks) and toks[k].low in cues.more_words


def hoped_future(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """'said it hoped the summit would help revive the talks': a cooperative act read as a promise from a future
    auxiliary (modality intent, now AGREE) that sits in what a verb of hoping governs: a wish, no pledge."""
    if h.type != "AGREE" or h.data.get("modality") != "intent":
        return False
    k = h.data["token"]
    aux = None
    for j in range(k - 1, max(-1, k - HOPE_REACH - 1), -1):
        low = toks[j].low
        if low in cues.future_auxiliaries and aux is None:
            aux = j
        elif low in cues.hope_words:
            return aux is not None
        elif not toks[j].word and low not in ('"', "“", "”"):
            return False
    return False


def standing_commitment(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """'the United States remained committed to the denuclearization of X': the participle after a verb of
    staying (`standing_verbs`) states a position held, no commitment made that day."""
    if h.type != "AGREE" or not h.lemma.startswith("commit"):
        return False
    k = h.data["token"] - 1
    while k >= 0 and toks[k].word and (toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        k -= 1
    return k >= 0 and toks[k].low in cues.standing_verbs


def negated_pledge(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """'who has vowed not to return the land': a pledge whose complement opens with a negation promises that a
    cooperative act will not happen; it is no AGREE (the manual's AGREE is a commitment to cooperate)."""
    if h.type != "AGREE" or "complement" not in h.data:
        return False
    k = next((j for j, t in enumerate(toks) if t.start == h.data["complement"]), None)
    if k is None:
        return False
    k -= 1
    while k > 0 and toks[k].low in cues.infinitive:
        k -= 1
    return k >= 0 and toks[k].low in cues.negation and k > h.data["token"]


def negated_alternative(toks: list[Token], h: ActHit, hits: list[ActHit]) -> bool:
    """'did not plan to sign any agreements or issue a joint statement': a noun act that is the object of a verb
    joined by 'or'/'nor' right after a negated or refused act's words is negated with it."""
    if not h.nominal:
        return False
    k = h.data["token"] - 1
    steps = 0
    while k > 0 and toks[k].word and toks[k].raw.islower() and toks[k].low not in ("or", "nor") and steps < 4:
        k -= 1
        steps += 1
    if k <= 0 or toks[k].low not in ("or", "nor") or steps < 1:
        return False
    return any(o is not h and o.data.get("end_token", o.data.get("token")) == k - 1
               and (o.negated or o.data.get("negated_reading") or o.data.get("refused")) for o in hits)

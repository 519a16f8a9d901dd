"""(kofollow48) A dispute named as what a proposal is to resolve is its topic, and the proposal asks the dispute's other
side: '페루는 [칠레와의 국경 분쟁 해결을 위한] 제안을 내놓았다', '[칠레와의 어업 분쟁을 해결하기 위한] 새 제안을 내놓았다'.

The Korean twin of lang/en/act_resolved_topics (enact48): English reads 'a proposal aimed at resolving the border
dispute with X' as REQUEST (CAMEO 022 'put &proposal') of X; Korean read the proposal noun's offer (AGREE) with no one
to receive it. Here a proposal (the verb of an offered noun: 제안하다, 제의하다) whose purpose clause right before it
('...을 위한', '...하기 위해') holds a dispute noun (cue resolved_dispute_noun) and a resolving word (cue resolving_noun)
is REQUEST with no mode, and the partner the dispute is with ('Y와의 분쟁') is the one asked when no other target was
read. A purpose with no dispute ('경제 협력을 위한 제안') leaves the offer as it reads. (koact49) A dispute's end proposed
with no partner named ('[분쟁 종식을 위한] 제안을 내놓았다') is still a proposal, REQUEST, never an AGREE: the English
'put forward a proposal to end the dispute' promises nothing either; whom it asks is left to the story.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.tags import COORDINATING_PARTICLES, NOUN_TAGS

PURPOSE_VERB = ("위하", "VV")
PURPOSE_ENDINGS = frozenset({"ETM", "EC"})  # '위한 제안', '위해 ... 제안을'
REACH = 12  # morphemes back from the purpose verb to the dispute


def resolved_topics(toks: list, hits: list, lex) -> list:
    """`hits` with each proposal made to resolve a dispute with a named partner read as REQUEST of that partner."""
    return [_asked_other_side(toks, h, lex) for h in hits]


def _asked_other_side(toks: list, hit, lex):
    if hit.type != "AGREE" or hit.negated or hit.lemma[:-2] not in lex.cue("offered_noun") or "first" not in hit.data:
        return hit
    purpose = purpose_verb(toks, hit.data["first"])
    if purpose is None:
        return hit
    partner = dispute_partner(toks, purpose, lex)
    if partner is None and not resolves_dispute(toks, purpose, lex):
        return hit
    data = {k: v for k, v in hit.data.items() if k not in ("stated_type", "addressee")}
    if partner is not None:
        data.setdefault("target_spans", (partner,))
    return replace(hit, type="REQUEST", mode=None, data=data)


def purpose_verb(toks: list, first: int) -> int | None:
    """The index of 위하 whose ending closes the purpose right before the proposal noun at `first` (past a determiner
    '새' and an addressee '칠레에'), or None."""
    k = first - 1
    while k >= 0 and (toks[k][1] == "MM" or toks[k][1] == "JKB" and toks[k][0] in ("에", "에게")
                      or toks[k][1] in NOUN_TAGS and k + 1 < first and toks[k + 1][1] == "JKB"):
        k -= 1
    if k >= 1 and toks[k][1] in PURPOSE_ENDINGS and toks[k - 1][:2] == PURPOSE_VERB:
        return k - 1
    return None


def dispute_partner(toks: list, verb: int, lex) -> tuple[int, int] | None:
    """The character span of Y in 'Y와의 ... 분쟁 ... 해결' before the purpose verb, when the purpose holds a dispute noun
    and a resolving word; None otherwise. A topic or sentence end closes the search."""
    disputes, resolving = lex.cue("resolved_dispute_noun"), lex.cue("resolving_noun")
    seen_dispute = seen_resolving = False
    for k in range(verb - 1, max(-1, verb - 1 - REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in ("JX", "EF", "SF") or tag == "EC":
            return None
        seen_dispute = seen_dispute or form in disputes
        seen_resolving = seen_resolving or form in resolving
        if tag == "JKG" and k >= 2 and toks[k - 1][0] in COORDINATING_PARTICLES and toks[k - 1][1] == "JKB" \
                and toks[k - 2][1] == "NNP" and seen_dispute and seen_resolving:
            lo = run_start(toks, k - 2)
            return toks[lo][2], toks[k - 2][2] + toks[k - 2][3]
    return None


def resolves_dispute(toks: list, verb: int, lex) -> bool:
    """(koact49) The purpose before the purpose verb holds a dispute noun and a resolving word ('분쟁 종식을 위한'), with no
    partner named; a topic or a clause end closes the search."""
    disputes, resolving = lex.cue("resolved_dispute_noun"), lex.cue("resolving_noun")
    words = set()
    for k in range(verb - 1, max(-1, verb - 1 - REACH), -1):
        if toks[k][1] in ("JX", "EF", "SF", "EC"):
            break
        words.add(toks[k][0])
    return bool(words & disputes) and bool(words & resolving)

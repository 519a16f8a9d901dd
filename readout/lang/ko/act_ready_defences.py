"""Readiness to defend the own realm (threat62): '스스로를 방어할 준비가 돼 있다고 밝혔다', 'B의 침략에 맞설 준비가 돼
있다고 말했다', 'B의 공격으로부터 영토를 지킬 태세가 돼 있다고 밝혔다'.

Why: a side that says it stands ready to defend itself, or to stand up to an aggression, warns whoever would attack
it: PLOVER's THREATEN (CAMEO 138, a threat of force), as the English reader reads 'stands ready to defend itself
against X' (lang/en/act_vowed_responses.ready_defences). Korean read no act at all. A verb of defending or facing
(`self_defence_verb`) before a ready noun (`ready_noun`: 'ᆯ 준비가 돼 있다고', 'ᆯ 태세') quoted by a saying verb is
now a THREATEN at that verb, aimed at the side its 에 or 로부터 argument names ('칠레의 침략에', '칠레로부터'), else
marked `unaddressed` (the side the story implies; none when the story told no quarrel). The object, when there is
one, must be the speaker's own realm (`own_realm_noun`: '스스로를', '영토를'): defending another ('볼리비아를 방어할
준비') is no threat, and a negated readiness none either.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_pledged_measures import future_quote
from readout.lang.ko.act_table import ActIndex

NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NP", "SL", "SN"})
RUN_TAGS = NOUN_TAGS | {"JKG", "XSN", "MM"}  # '칠레의 무력 침략': the argument's noun run, genitives inside
AIMED_PARTICLES = frozenset({"에", "에게", "으로부터", "로부터", "에게서", "에서부터"})
OBJECT_PARTICLE = "JKO"
REACH = 8  # morphemes back from the verb to its arguments


def ready_defences(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with a THREATEN for each readiness to defend the own realm said by a saying verb."""
    made = []
    for s in range(len(toks) - 2):
        if toks[s + 1][0] != "ᆯ":
            continue  # speed50b: no future ending after it, no readiness; its cues are not asked per morpheme
        found = defence_at(toks, s, lex)
        if found is None or any(h.type == "THREATEN" and h.data.get("pred") == found[1] for h in hits):
            continue
        first, said, target = found
        data = {"first": first, "last": said, "pred": said, "clause": "main", "main": True, "modality": None,
                "threatened": "response", "deterrent": True}
        data.update({"target_spans": (target,)} if target else {"unaddressed": True})
        made.append(ActHit(start=toks[first][2], end=toks[said][2] + toks[said][3], type="THREATEN", mode=None,
                           lemma=verb_lemma(toks, s) or "", data=data))
    return sorted(hits + made, key=lambda h: (h.start, h.end)) if made else hits


def verb_lemma(toks: list, s: int) -> str | None:
    """The lemma of the verb whose stem ends at s: a verb stem ('지키' -> 지키다) or a noun with 하 ('방어' + 하)."""
    if toks[s][1] == "VV":
        return toks[s][0] + "다"
    if toks[s][1] == "XSV" and s > 0 and toks[s - 1][1] == "NNG":
        return toks[s - 1][0] + toks[s][0] + "다"
    return None


def defence_at(toks: list, s: int, lex: ActIndex) -> tuple[int, int, tuple[int, int] | None] | None:
    """(first morpheme, saying verb, target span or None) when the verb ending at s is one of defending, followed by
    'ᆯ 준비가 돼 있다고' and a saying verb, with no object but the own realm; None otherwise."""
    lemma = verb_lemma(toks, s)
    if lemma not in lex.cue("self_defence_verb") or s + 2 >= len(toks) or toks[s + 1][0] != "ᆯ" \
            or toks[s + 2][0] not in lex.cue("ready_noun"):
        return None
    said = future_quote(toks, s + 1, lex)
    if said is None:
        return None
    first = s - 1 if toks[s][1] == "XSV" else s
    target = None
    k = first - 1
    while k > 0 and first - k <= REACH and toks[k][1] not in ("JX", "JKS", "SF", "SP") and toks[k][0] != ",":
        if toks[k][1] == OBJECT_PARTICLE and not own_realm(toks, k, lex):
            return None  # '볼리비아를 방어할 준비': defending another
        if toks[k][1] == "JKB" and toks[k][0] in AIMED_PARTICLES and target is None:
            start = k - 1
            while start > 0 and toks[start - 1][1] in RUN_TAGS:
                start -= 1
            if any(toks[j][1] == "NNP" for j in range(start, k)):
                target = (toks[start][2], toks[k - 1][2] + toks[k - 1][3])
            first = start
        k -= 1
    return first, said, target


def own_realm(toks: list, k: int, lex: ActIndex) -> bool:
    """Whether the object before the particle at k is the speaker's own realm ('스스로를', '우리 영토를')."""
    return k > 0 and toks[k - 1][0] in lex.cue("own_realm_noun") and toks[k - 1][1] in NOUN_TAGS

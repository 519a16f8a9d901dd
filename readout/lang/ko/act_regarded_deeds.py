"""A deed another side may do, said to be regarded as hostility: 'B의 무기 지원을 적대 행위로 간주하겠다고 밝혔다',
'B가 ...한다면 이를 선전포고로 여길 것이라고 말했다' (modal46).

Why: stating in advance how one will judge another side's possible deed (a hostile act, a declaration of war,
aggression) is PLOVER's THREATEN, "a statement of intent to take a negative action against another actor", its
condition the deed and its target the deed's owner. With a neutral saying verb (밝히다, 말하다) the Korean reader found
no act at all. The verdict is a verb of regarding (cue `regarding_verb`: 간주하다, 여기다, 취급하다) said of the future
(겠, ㄹ 것) with a noun of hostility before its 로 (cue `hostility_verdict_noun`: 적대 행위, 선전포고, 침략 행위); the
threat is aimed at the owner of its object ('B의 ...을'), else at the deed just told or the condition's subject
(`unaddressed`; act_conditions aims a threat under a condition at its subject). The deed named as the object is a
condition, no act of its owner. The English reader does the same (lang/en/act_regarded_deeds).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_pledged_measures import future_quote
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, SENTENCE_END_TAGS, SUBJECT_TAGS

NOUN_TAGS = frozenset({"NNG", "NNP", "XSN"})
WARNING_VERBS = frozenset({"경고하다"})  # threat60: '간주할 것"이라고 경고했다': the warning that says the verdict
JOINED_REACH = 12  # morphemes from a verdict's 고 to the future ending of the pledge it joins ('모든 수단을 동원해 대응할')


def regarded_threats(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the deeds judged in advance, with the speaker's THREATEN at their owner unless a threat
    verb already says the verdict ('간주할 것이라고 경고했다')."""
    for v in range(2, len(toks)):
        if toks[v - 1][1] != "JKB" or toks[v - 1][0] not in INSTRUMENTAL_PARTICLES:
            continue  # speed50b: no 로 before it, no verdict; the cue of regarding is not asked per morpheme
        found = verdict_at(toks, v, lex)
        if found is None:
            continue
        verdict, said = found
        obj = object_start(toks, verdict)
        hits = [h for h in hits if not (obj is not None and obj <= h.data.get("first", -1) < verdict)]
        owner = owner_span(toks, obj) if obj is not None else named_owner(toks, verdict)
        if any(h.type == "THREATEN" and h.data.get("pred") in (said, said - 1) for h in hits):
            hits = [aimed(h, owner) if h.type == "THREATEN" and h.data.get("pred") in (said, said - 1) else h
                    for h in hits]
            continue
        data: dict = {"first": v, "last": said, "pred": v, "clause": "main", "modality": "future",
                      "threatened": "verdict"}
        data.update({"target_spans": (owner,)} if owner else {"unaddressed": True})
        hits = sorted(hits + [ActHit(start=toks[v][2], end=toks[said][2] + toks[said][3], type="THREATEN", mode=None,
                                     lemma=toks[v][0] + "하다", data=data)], key=lambda h: (h.start, h.end))
    return hits


def aimed(hit: ActHit, owner: tuple[int, int] | None) -> ActHit:
    """threat60: the warning that says the verdict ('간주하고 ... 대응할 것"이라고 경고했다'), aimed at the deed's owner
    when it had no addressee of its own."""
    if owner is None or not hit.data.get("unaddressed"):
        return hit
    data = {k: val for k, val in hit.data.items() if k != "unaddressed"}
    return replace(hit, data={**data, "target_spans": (owner,)})


def verdict_at(toks: list, v: int, lex: ActIndex) -> tuple[int, int] | None:
    """(first morpheme of the verdict noun run, saying verb) when the verb of regarding at v follows a noun of
    hostility and its 로 and is said of the future; None otherwise."""
    lemma, after = (toks[v][0] + "하다", v + 2) if v + 1 < len(toks) and toks[v + 1][1] == "XSV" \
        else (toks[v][0] + "다", v + 1)
    if lemma not in lex.cue("regarding_verb") or toks[v - 1][0] not in INSTRUMENTAL_PARTICLES or toks[v - 1][1] != "JKB":
        return None
    start = v - 1
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    nouns = [t[0] for t in toks[start:v - 1]]
    verdicts = lex.cue("hostility_verdict_noun")
    if not any(" ".join(nouns[i:]) in verdicts or "".join(nouns[i:]) in verdicts for i in range(len(nouns))):
        return None
    said = future_quote(toks, after, lex, WARNING_VERBS)
    if said is None and after < len(toks) and toks[after][0] == "고" and toks[after][1] == "EC":
        said = joined_future(toks, after + 1, lex)
    return None if said is None else (start, said)


def joined_future(toks: list, n: int, lex: ActIndex) -> int | None:
    """The saying verb of the future pledge a verdict is joined to by 고 ('전쟁 행위로 간주하고 ... 대응할 것이라고
    경고했다'): the verdict shares the pledge's future and its quote; None past `JOINED_REACH` morphemes or a
    sentence end."""
    for j in range(n, min(len(toks), n + JOINED_REACH)):
        if toks[j][1] in SENTENCE_END_TAGS:
            return None
        said = future_quote(toks, j, lex, WARNING_VERBS) if toks[j][1] in ("EP", "ETM") else None
        if said is not None:
            return said
    return None


def object_start(toks: list, verdict: int) -> int | None:
    """The first morpheme of the object judged ('B의 무기 지원을', '이를') before the verdict noun run, or None."""
    k = verdict - 1
    if k < 1 or toks[k][1] != "JKO":
        return None
    while k > 0 and (toks[k - 1][1] in NOUN_TAGS or toks[k - 1][1] in ("JKG", "NP")):
        k -= 1
    return k if k < verdict - 1 else None


def named_owner(toks: list, verdict: int) -> tuple[int, int] | None:
    """threat60: with no owner in the judged words ('어떠한 시도도'), the span of the state whose deed the same
    sentence told before them ('B의 조치를 거부한다며 "... 어떠한 시도도 ... 간주하고"'): the last proper noun with a
    genitive after the speaker's subject particle; None when there is none."""
    subject = next((j for j in range(verdict) if toks[j][1] in SUBJECT_TAGS), None)
    if subject is None:
        return None
    owner = next((j for j in range(verdict - 2, subject, -1) if toks[j][1] == "NNP" and toks[j + 1][1] == "JKG"), None)
    return None if owner is None else (toks[owner][2], toks[owner][2] + toks[owner][3])


def owner_span(toks: list, obj: int) -> tuple[int, int] | None:
    """The character span of the proper noun that opens the object ('B의 ...을', 'B ... 선언을'), or None."""
    if toks[obj][1] != "NNP":
        return None
    return toks[obj][2], toks[obj][2] + toks[obj][3]

"""Further or counter measures pledged after another side's deed (kofut45): '추가 조치를 취하겠다고 밝혔다',
'상응 조치를 취할 준비가 돼 있다고 말했다', '보복 조치를 취할 것이라고 밝혔다'.

Why: PLOVER's THREATEN covers a threat "with sanctions or other measures" (CAMEO 130); a side that says, after a deed
of another side, it will take (or stands ready to take) further or counter measures threatens that side, whatever the
saying verb. Only a warning verb (경고하다) was read so; with a neutral saying verb (밝히다, 말하다) the measure noun
either found no act at all ('추가 조치') or a SANCTION with no recipient, which the pipeline drops. The pledge is now a
THREATEN marked `unaddressed` (aimed at the deed just told; the pipeline drops it when the story told none, as for
'정부는 물가를 잡기 위해 추가 조치를 취하겠다고 밝혔다') and, for a counter-measure (`counter_measure_noun`), marked
`counter_measure` as well. The English reader does the same for 'stood ready to take further measures'
(lang/en, measures35).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

ADJECTIVAL = ("적", "이", "ᆫ")  # '추가적인 조치': the noun made an adjective
ADNOMINAL = ("하", "는")  # '상응하는 조치'
NECESSARY = ("하", "ᆫ")  # threat54: '필요한 조치' (필요/NNG 하/XSA ᆫ/ETM)
ALL = ("모든",)  # '필요한 모든 조치'
QUOTE_ENDINGS = ("다고", "라고", "이라고")  # threat60: '대응할 것"이라고': kiwi tags 이라고 after a closing quote JKQ
QUOTE_PARTICLE = ("고", "JKQ")  # threat62: '준비가 돼 있다"고 말했다': a closed quote's bare 고
ADVERB_REACH = 2  # adverbs between the quote ending and its saying verb ('거듭 밝혔다')


def pledged_measures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each pledge of further or counter measures said of the future read as a THREATEN, and the
    measure noun's own hit (a SANCTION or its future) dropped."""
    modifiers = lex.cue("pledged_measure_modifier")  # speed50b: fetched once, not once per morpheme
    for k in range(len(toks)):
        found = pledge_at(toks, k, lex) if toks[k][0] in modifiers else None
        if found is None:
            continue
        head, verb, said = found
        if any(h.type == "THREATEN" and h.data.get("pred") == said for h in hits):
            continue  # '추가 조치를 취하겠다고 경고했다': the warning verb already reads the threat
        inside = [h for h in hits if k <= h.data.get("first", -1) <= verb]
        hits = [h for h in hits if h not in inside]
        data = {"first": k, "last": verb, "pred": verb, "clause": "quote", "quoted": True, "modality": "future",
                "unaddressed": True, "threatened": "measure"}
        if toks[k][0] in lex.cue("counter_measure_noun"):
            data["counter_measure"] = True  # '상응 조치': the other side's last measure first
        start = toks[k][2]
        hits.append(ActHit(start=start, end=toks[verb][2] + toks[verb][3], type="THREATEN", mode=None,
                           lemma=toks[head][0] + "+" + toks[verb][0] + "다", data=data))
    return sorted(hits, key=lambda h: (h.start, h.end))


def pledge_at(toks: list, k: int, lex: ActIndex) -> tuple[int, int, int] | None:
    """(measure head, verb of taking, saying verb) when a measure phrase starting at k ('추가 조치를', '상응하는
    조치를') is the object of a verb of taking (`pledged_measure_verb`) said of the future and quoted by a saying
    verb (`saying_verb`); None otherwise."""
    if toks[k][0] not in lex.cue("pledged_measure_modifier") or toks[k][1] != "NNG":
        return None
    j = k + 1
    for run in (ADJECTIVAL, ADNOMINAL, NECESSARY, ALL):
        if tuple(t[0] for t in toks[j:j + len(run)]) == run:
            j += len(run)
    if j + 2 >= len(toks) or toks[j][0] not in lex.cue("pledged_measure_head") or toks[j + 1][1] != "JKO":
        return None
    verb = j + 2
    if toks[verb][0] + "다" not in lex.cue("pledged_measure_verb"):
        return None
    said = future_quote(toks, verb + 1, lex)
    return None if said is None else (j, verb, said)


def future_quote(toks: list, n: int, lex: ActIndex, also: frozenset[str] = frozenset()) -> int | None:
    """The saying verb (or one of `also`) after a future ending run starting at n ('겠다고', 'ᆯ 것이라고', 'ᆯ 준비가 돼
    있다고'); None when the run is negated, not future, or quoted by no such verb."""
    forms = [t[0] for t in toks[n:n + 8]]
    if "않" in forms or "안" in forms or "말" in forms[:3]:
        return None
    if forms[:1] == ["겠"]:
        q = n + 1
    elif forms[:2] == ["ᆯ", "것"] or forms[:1] == ["ᆯ"] and len(forms) > 1 and forms[1] in lex.cue("ready_noun"):
        q = n + 2
        while q < len(toks) and not quote_ending(toks[q]) and q < n + 9:
            q += 1
    else:
        return None
    if q + 1 >= len(toks) or not quote_ending(toks[q]):
        return None
    return saying_verb_after(toks, q, lex, also)


def saying_verb_after(toks: list, q: int, lex: ActIndex, also: frozenset[str] = frozenset()) -> int | None:
    """The saying verb (cue saying_verb, or one of `also`) right after the quote ending at q, past a few adverbs; its
    stem's index, else None."""
    v = q + 1
    while v + 1 < len(toks) and toks[v][1] == "MAG" and v - q <= ADVERB_REACH:
        v += 1  # threat62: '...있다고 거듭 밝혔다': an adverb before the saying verb
    if v >= len(toks):
        return None
    lemma = toks[v][0] + "다" if toks[v][1] == "VV" else \
        toks[v][0] + toks[v + 1][0] + "다" if v + 1 < len(toks) and toks[v + 1][1] == "XSV" else ""
    if lemma in lex.cue("saying_verb") or lemma in also:
        return v if toks[v][1] == "VV" else v + 1
    return None


def plainly_said(toks: list, s: int, lex: ActIndex) -> bool:
    """(charges52) Whether the first quoted complement closing after the stem at s is quoted by a plain verb of saying
    ('중단하겠다고 밝혔다'), not by a verb of warning or threatening ('부과하고 제재를 가하겠다고 위협했다')."""
    q = next((k for k in range(s + 1, len(toks)) if quote_ending(toks[k])), None)
    return q is not None and saying_verb_after(toks, q, lex) is not None


def quote_ending(tok) -> bool:
    """Whether the morpheme ends a quoted complement: a quoting ending ('다고', '라고') or the quote particle 고 after a
    closing quotation mark ('있다"고')."""
    return tok[0] in QUOTE_ENDINGS or (tok[0], tok[1]) == QUOTE_PARTICLE

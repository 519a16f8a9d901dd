"""A seizure of land said to be impossible, in answer to a claim (shelve53): '어떤 나라도 다른 나라를 병합할 수는 없다',
'"다른 나라의 영토를 빼앗을 수 없다"고 말했다'.

Why: the statement judges the claimant's deed impossible instead of refusing with a verb of refusing; said in answer
to a claim it is the speaker's refusal of the claim, the manual's REJECT, done by saying it, aimed at the side whose
demand, offer or threat was told before (`refused_yield`, as '판매 대상이 아니다' is read: act_unsold_land) and never at
the land, whose words (the object before the verb) are marked `claimed_land`. Only the 'cannot' of a verb of seizing
land (`denied_seizure_verb`: 병합하다, 빼앗다 ...) followed by 'ㄹ 수 (는/도) 없다' is read so: '병합하지 않았다' tells of no
act, and the English reads alike (lang/en/act_denied_seizures.py).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import next_predicate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import FUTURE_ETM, NOUN_TAGS

VERB_TAGS = frozenset({"VV", "VV-R", "VV-I", "XSV"})
OBJECT_PARTICLE = "JKO"
SUBJECT_PARTICLE = "JKS"
SAY_REACH = 4  # morphemes from the quoted clause's end to the speaker's verb ('없다고 [말]했다')
OBJECT_REACH = 8  # morphemes back from the verb to its object's nouns ('다른 나라의 영토를')


def denied_seizures(toks: list, lex: ActIndex, hits: list[ActHit]) -> list[ActHit]:
    """The REJECT hits of the sentence's seizures said to be impossible, one per predicate no other hit stands at."""
    taken = {h.data.get("pred") for h in hits}
    out: list[ActHit] = []
    for s in range(1, len(toks) - 3):
        verb = seizing_verb(toks, s, lex)
        unable = None if verb is None else unable_at(toks, s + 1)
        if unable is None or unable in taken:
            continue
        r = read_clause(toks, unable, lex)
        if r.negated or r.modality == "condition":
            continue  # '병합할 수 없는 것은 아니다', '병합할 수 없다면': nothing refused
        first = s - 1 if toks[s][1] == "XSV" else s
        land = object_span(toks, first)
        say = next_predicate(toks, r.last + 1, limit=SAY_REACH) if r.quoted and own_subject(toks, first) else None
        if say is not None and lemma_at(toks, say) in lex.cue("say_verb"):
            # '터키가 그 섬을 병합할 수 없다고 밝혔다': the speaker refuses, not the quoted clause's own subject
            first, unable = (say - 1 if toks[say][1] == "XSV" else say), say
        out.append(ActHit(start=toks[first][2], end=toks[unable][2] + toks[unable][3], type="REJECT", mode=None,
                          lemma=verb, target=(), nominal=False, negated=False, status="occurred",
                          data={"pred": unable, "first": first, "last": unable if say else r.last,
                                "clause": "main" if say else r.clause, "main": bool(say) or r.clause == "main",
                                "quoted": False if say else r.quoted, "modality": r.modality,
                                "refusal_of": verb, "refused_yield": True,
                                **({"claimed_land": (land,)} if land else {})}))
    return out


def seizing_verb(toks: list, s: int, lex: ActIndex) -> str | None:
    """The verb of seizing land whose stem is at `s` ('병합'+'하', '빼앗'), or None."""
    if toks[s][1] not in VERB_TAGS:
        return None
    verb = toks[s - 1][0] + "하다" if toks[s][1] == "XSV" and toks[s - 1][1] in NOUN_TAGS else toks[s][0] + "다"
    return verb if verb in lex.cue("denied_seizure_verb") else None


def unable_at(toks: list, n: int) -> int | None:
    """The index of 없 in 'ㄹ 수 (는/도) 없' starting at `n`, or None."""
    if not (toks[n][1] == "ETM" and toks[n][0] in FUTURE_ETM and toks[n + 1][:2] == ("수", "NNB")):
        return None
    k = n + 2 if toks[n + 2][1] != "JX" else n + 3
    return k if k < len(toks) and toks[k][0] == "없" else None


def own_subject(toks: list, first: int) -> bool:
    """Whether the quoted clause names its own subject with 이/가 before the verb ('터키가 그 섬을'), which the clause
    reader would make the actor; a clause without one ('어떤 나라도 ... 없다고 말했다') is the speaker's already."""
    return any(toks[p][1] == SUBJECT_PARTICLE for p in range(max(0, first - OBJECT_REACH), first))


def object_span(toks: list, first: int) -> tuple[int, int] | None:
    """The character span of the object before the verb ('[다른 나라]를', '[압하지야]를'), or None."""
    for p in range(first - 1, max(-1, first - OBJECT_REACH - 1), -1):
        if toks[p][1] == OBJECT_PARTICLE:
            n = p
            while n > 0 and toks[n - 1][1] in NOUN_TAGS | {"MM", "JKG"}:
                n -= 1
            return (toks[n][2], toks[p][2]) if n < p else None
    return None

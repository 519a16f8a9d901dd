"""A veto told as a noun, in Korean (acts47): 'B가 낸 결의안이 A와 C의 거부권에 막혀 부결됐다', 'B가 제출한 결의안은 A의
거부권 행사로 부결됐다'.

Why: the sentence's subject is the text vetoed (or the relative clause's subject, its sponsor), not who vetoed it; the
states that vetoed are the genitive owner of 거부권 ('A와 C의'). PLOVER codes the veto as REJECT by them, aimed at the
text's sponsor: the proper noun that is the subject of a verb of putting a text forward (cue sponsor_verb: 내다,
제출하다, 주도하다 ...) in the relative clause before the text. So each REJECT whose lemma holds 거부권 takes the
genitive owner as its agent (`agent_span`) and the sponsor as its target (`target_spans`), where the words give them.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.tags import SUBJECT_TAGS

VETO = "거부권"


def veto_sides(toks: list, hits: list[ActHit], sponsor_verbs) -> list[ActHit]:
    """The hits with each veto noun's owner as its agent and its text's sponsor as its target (`toks`: the
    sentence's morphemes as endings.tokens_of gives them)."""
    out = []
    for h in hits:
        if h.type == "REJECT" and not h.negated:
            first = h.data.get("first", 0)
            owner = genitive_owner(toks, first) if VETO in h.lemma else None
            sponsor_at = sponsor_index(toks, first, sponsor_verbs)
            if owner is None and sponsor_at is not None:
                owner = subject_before(toks, sponsor_at) or subject_between(toks, sponsor_at + 2, first)
            if owner is not None:
                data = {**h.data, "agent_span": owner}
                if sponsor_at is not None:
                    data["target_spans"] = (morpheme_span(toks, sponsor_at),)
                h = replace(h, data=data)
        out.append(h)
    return out


def subject_between(toks: list, start: int, first: int) -> tuple[int, int] | None:
    """(votes42) 'C가 제출한 결의안 표결에서 A가 반대했다': the last proper noun with a subject or topic particle after the
    relative clause and before the act word is who refused; the relative clause's subject only put the text forward."""
    for k in range(min(first, len(toks)) - 1, start, -1):
        if toks[k][1] in SUBJECT_TAGS and toks[k - 1][1] == "NNP":
            return joined_names(toks, k - 1, start + 1)  # '브라질과 칠레가'
    return None


def genitive_owner(toks: list, first: int) -> tuple[int, int] | None:
    """The span of the proper nouns joined by 와/과 and closed by 의 right before the morpheme at `first`."""
    k = first - 1
    if k < 1 or toks[k][1] != "JKG" or toks[k - 1][1] != "NNP":
        return None
    return joined_names(toks, k - 1)  # '러시아와 중국의'


def sponsor_index(toks: list, first: int, sponsor_verbs) -> int | None:
    """The index of the proper noun that is the subject (이/가) of a sponsoring verb ('미국이 낸', '미국이 제출한') before
    the morpheme at `first`."""
    for k in range(min(first, len(toks)) - 2):
        if toks[k][1] == "NNP" and toks[k + 1][1] == "JKS" and lemma_after(toks, k + 2) in sponsor_verbs:
            return k
    return None


def joined_names(toks: list, last: int, floor: int = 0) -> tuple[int, int]:
    """The character span of the proper nouns joined by 와/과 that end with the one at `last` ('러시아와 중국'), reaching
    back no further than morpheme `floor`: one reader of a coordinated run for the veto's owner and its subjects."""
    start = last
    while start - 2 >= floor and toks[start - 1][1] == "JC" and toks[start - 2][1] == "NNP":
        start -= 2
    return toks[start][2], toks[last][2] + toks[last][3]


def morpheme_span(toks: list, k: int) -> tuple[int, int]:
    """The character span of the morpheme at k."""
    return toks[k][2], toks[k][2] + toks[k][3]


def subject_before(toks: list, sponsor_at: int) -> tuple[int, int] | None:
    """(votes42) 'A와 B가 C가 제출한 결의안에 거부권을 행사했다': the proper nouns joined by 와/과 and closed by a subject
    or topic particle right before the relative clause's own subject (C) are the sentence's subject, who vetoed; read
    alone, both subjects stood as actors and the veto of C by C was dropped."""
    k = sponsor_at - 1
    if k < 1 or toks[k][1] not in SUBJECT_TAGS or toks[k - 1][1] != "NNP":
        return None
    return joined_names(toks, k - 1)  # '러시아와 중국이'


def lemma_after(toks: list, k: int) -> str:
    """The verb lemma starting at morpheme k: a verb stem ('내' -> 내다) or a noun with 하 ('제출 하' -> 제출하다)."""
    if k < len(toks) and toks[k][1] == "VV":
        return toks[k][0] + "다"
    if k + 1 < len(toks) and toks[k][1] == "NNG" and toks[k + 1][1] == "XSV":
        return toks[k][0] + toks[k + 1][0] + "다"
    return ""

"""What people with no state of their own demand, and the protest they hold for it (domestic49): '시위대 수천 명이
정부 퇴진을 요구하며 시위를 벌였다', '야당 지지자들은 대통령의 사임을 촉구하며 행진했다'.

Why: the object of such a demand names whom it is made of ('[정부] 퇴진을', '[대통령의] 사임을'), but a demand's entry
takes its addressee from 에/에게 only, so a domestic demand kept no receiving side (and its protest none either): PLOVER
codes the people's own state on both sides (the people acting, the government receiving). The demand's object becomes
its target span, and a protest joined after it with the same subject ('요구하며 시위를 벌였다') is aimed at it too; the
pipeline keeps only the actor's own state there (act_recipients.own_state_named), a foreign state named in it is read
as any target is.

A crowd that gathered somewhere and denounced its government ('시민 수천 명이 의회 앞에 모여 정부를 규탄했다') holds a
demonstration (PLOVER PROTEST demo: the people on the street), not a state's statement of disapproval (accuse50):
`gathered_denunciations` retypes such a disapproval of a people subject joined after a gathering verb.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_clause_subjects import SAME_SUBJECT_ENDINGS
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS, OBJECT_PARTICLES, SENTENCE_END_TAGS

DEMAND = "REQUEST"
PROTEST = "PROTEST"
DISAPPROVAL = "ACCUSE"
DEMONSTRATION = "demo"
CONNECTIVE_TAG = "EC"
GENITIVE_TAG = "JKG"


def protest_demands(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with a people's demand aimed at its object and a protest joined after it aimed at the same."""
    out, demanded = [], None
    for h in hits:
        if h.type == DEMAND and not h.nominal and h.data.get("people_subject") and not h.data.get("target_spans") \
                and "first" in h.data \
                and (span := demanded_object(toks, h.data["first"], h.data.get("noun_end") is not None)) is not None:
            h = replace(h, data={**h.data, "target_spans": (span,)})
        if h.type == PROTEST and demanded is not None and h.data.get("people_subject") \
                and not h.data.get("target_spans") and h.data.get("first") == demanded.data.get("last", -2) + 1:
            h = replace(h, data={**h.data, "target_spans": demanded.data["target_spans"]})
        demanded = h if h.type == DEMAND and h.data.get("target_spans") and h.data.get("clause") == "connective" \
            and set(h.data.get("endings", ())) & SAME_SUBJECT_ENDINGS else None
        out.append(h)
    return out


def demanded_object(toks: list, first: int, keyed_on_noun: bool) -> tuple[int, int] | None:
    """The character span of the phrase a demand names its object with: the nouns before its own noun ('[정부]
    퇴진을 요구', '[대통령의] 사임 요구'), else its object marked 을/를 ('[대통령의 사임]을 촉구'); None when there is none."""
    end = first - 1
    if not keyed_on_noun:
        if end < 1 or toks[end][0] not in OBJECT_PARTICLES or not toks[end][1].startswith("J"):
            return None
        end -= 1
    elif end >= 1 and toks[end][1] == GENITIVE_TAG:
        end -= 1
    if end < 0 or toks[end][1] not in NOUN_TAGS:
        return None
    start = end
    while start > 0 and (toks[start - 1][1] in NOUN_TAGS
                         or toks[start - 1][1] == GENITIVE_TAG and start > 1 and toks[start - 2][1] in NOUN_TAGS):
        start -= 1
    return toks[start][2], toks[end][2] + toks[end][3]


def gathered_denunciations(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with a people subject's disapproval said after its gathering ('[모여] 정부를 규탄했다', '광장에
    [집결해] 비판했다') retyped as their demonstration: what a crowd does there is protest, whatever it shouts."""
    gathering = lex.cue("gathering_verb")
    return [replace(h, type=PROTEST, mode=DEMONSTRATION)
            if h.type == DISAPPROVAL and not h.nominal and h.data.get("people_subject")
            and gathered_before(toks, h.data.get("first", 0), gathering) else h for h in hits]


def gathered_before(toks: list, first: int, gathering: frozenset[str]) -> bool:
    """A gathering verb joined by a connective ending ('모여', '집결해') before token `first`, with no sentence end
    between them."""
    for j in range(min(first, len(toks)) - 1, -1, -1):
        if toks[j][1] in SENTENCE_END_TAGS:
            return False
        if toks[j][1] in ACT_VERB_TAGS and lemma_at(toks, j) in gathering \
                and j + 1 < len(toks) and toks[j + 1][1] == CONNECTIVE_TAG:
            return True
    return False

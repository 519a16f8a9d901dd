"""Advisories to a state's own people abroad: '외교부는 현지 교민들에게 안전에 유의하라고 당부했다', '중국은 자국민에게 일본 여행
자제를 권고했다', '자국 기업 주재원들에게 신변 안전에 유의해 달라고 당부했다'.

Why: a request addressed (에게) to the speaker's own nationals (`own_people_noun`: 교민, 자국민, 주재원, ...) asks nothing
of any other state; the country the sentence names is where they are ('민주콩고 동부 지역에 대한', '중국에 진출한'), and
read as the receiving side it makes a request to that state that no one made. Analysts code such an advisory at most
as the state's word to its own people (an optional domestic REQUEST), never as a request to the host state. A
request to another state's people ('일본 국민들에게': a state's name in the addressee's noun run) or to a side
named by its own word ('미국 측에') is read as before.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import PLAIN_NOUN_TAGS, SENTENCE_END_TAGS, TOPIC_PARTICLES

ADDRESSEE_PARTICLES = frozenset({"에게", "에게는", "에게도"})
ADDRESSEE_REACH = 24  # morphemes from the request's word back to its addressee ('현지 교민들에게 안전에 ... 유의하라고 당부')
NOUN_RUN_TAGS = frozenset({"NNG", "NNP", "NNB", "XSN", "XPN"})


def own_people_advisories(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the requests whose 에게 addressee, between the sentence's topic and the request's word, is the
    speaker's own people abroad, where a state is named in that stretch (the state where they are or where they
    should not go, which would be read as the one asked). A bare advisory naming no state ('외교부는 자국민에게 여행
    자제를 당부했다') stays the finder's REQUEST: no state is taken for its addressee, and the story may read it as the
    state's word to its own people (a domestic REQUEST)."""
    return [h for h in hits if not (h.type == "REQUEST" and "first" in h.data and own_addressee(toks, h.data["first"], lex) is not None
                                    and state_named_before(toks, h.data["first"]))]


def state_named_before(toks: list, first: int) -> bool:
    """Whether a state's name stands between the sentence's topic (or start) and the morpheme `first`: a run of nouns
    written together ('말리에' that kiwi may cut as 말 + 리) that the country reader knows."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import the act finder's callers

    run, end = "", -1
    for k in range(first - 1, -1, -1):
        form, tag, start, length = toks[k][0], toks[k][1], toks[k][2], toks[k][3]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            break
        if tag in PLAIN_NOUN_TAGS:
            run = form + run if run and start + length == end else form
            end = start
            if read_word(run).codes:
                return True
        else:
            run, end = "", -1
    return False


def own_addressee(toks: list, first: int, lex: ActIndex, cue: str = "own_people_noun") -> int | None:
    """Where the run starts of a 에게 addressee before the morpheme `first` (back to the sentence's topic or the end of an
    earlier sentence) that is a noun of `cue` whose noun run names no state ('현지 교민', '자국 기업 주재원'), or None."""
    for k in range(first - 1, max(-1, first - ADDRESSEE_REACH - 1), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            return None
        if tag == "JKB" and form in ADDRESSEE_PARTICLES:
            return own_people_run(toks, k - 1, lex, cue)
    return None


def own_people_run(toks: list, end: int, lex: ActIndex, cue: str = "own_people_noun") -> int | None:
    """Where the noun run ending at `end` (plural 들 skipped) starts when its head is in `cue` (alone or joined to the
    morpheme before it) and it has no proper noun; else None."""
    j = end - 1 if end >= 0 and toks[end][1] == "XSN" else end
    if j < 0:
        return None
    own = lex.cue(cue)
    if toks[j][0] not in own:
        if j == 0 or toks[j - 1][0] + toks[j][0] not in own:
            return None  # kiwi may split the noun: '머무는 자국민' as 자/NNB + 국민/NNG
        j -= 1
    while j >= 0 and toks[j][1] in NOUN_RUN_TAGS:
        if toks[j][1] == "NNP":
            return None
        j -= 1
    return j + 1

"""(enrelative70) An act told inside a relative clause with a subject of its own is that subject's: 'Peru condemned
the tariffs [(that) the EU imposed on Chad]' — the tariffs are the EU's, on Chad, and Peru judges them; 'Peru
condemned the shells [Chile fired at Chad]' — Chile fired, not Peru. The outer verb's object is the head noun; the
clause's subject is the inner act's agent (`agent_span`), and a noun act heading the clause takes the phrase after
the clause verb's target preposition as its target ('imposed on Chad'), where the owner reading would take the
clause's subject for the target. Korean tells the same with an adnominal clause whose subject is its own
('[유럽연합이 차드에 부과한] 관세를 페루가 규탄했다': lang/ko/act_relatives).

The clause is read by its shape, as `act_relative_partners` reads it (no list of verbs): the head noun, an optional
'that' or 'which', a subject (a determiner and a few words, or a capitalised name), an optional 'had', a past verb.
A pronoun subject ('the tariffs it imposed on Chad') is the act's own subject and is not read; a verb of saying is a
report ('the tariffs the EU said were fair'), not the clause's deed."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_relative_partners import (CLAUSE_ENDS, DETERMINERS, HEAD_REACH, PERFECT, SUBJECT_REACH,
                                                   irregular_pasts, past, plain_word, present,
                                                   relative_clause)
from readout.lang.en.act_tokens import Token

SAYING = frozenset({"said", "stated", "claimed", "announced", "reported", "insisted", "noted", "warned", "added",
                    "told", "argued", "believed", "thought", "hoped", "feared",
                    "called", "termed", "branded", "deemed", "described", "considered"})  # a report, not the clause's
# deed; ensubj46: so is a verb of naming ('the sanctions Chile called unfair': Chile judges them)
# no head noun: 'the Xian government and Y have agreed' (a coordinated subject), 'a week later Y fired' (a time)
LINKS = frozenset({"and", "or", "but", "nor", "later", "earlier", "ago"})
NOT_HEADS = DETERMINERS | PERFECT | LINKS  # speed52: built once, not at each of the ~8,600 words asked over dev and dev2


def inner_relative_agent(hit: ActHit, toks: list[Token]) -> ActHit:
    """The hit with the relative clause's own subject as `agent_span` when the hit is that clause's past verb (the
    head noun before it, 'the shells Chile fired at Chad') or the noun act heading it ('the tariffs the EU imposed on
    Chad', with the target after the clause verb's preposition as `target_spans`); the hit as it came otherwise (an
    agent already found, a passive, no head noun, a pronoun subject, a verb of saying)."""
    if "agent_span" in hit.data or hit.data.get("passive") or "token" not in hit.data:
        return hit
    if hit.nominal:
        return _headed_by(hit, toks)
    return _told_in(hit, toks)


def _headed_by(hit: ActHit, toks: list[Token]) -> ActHit:
    """A noun act heading a relative clause: the clause's subject is its agent, its verb's target its target."""
    end = hit.data.get("end_token", hit.data["token"])
    found = clause_after(toks, end)
    if found is None or toks[found[2]].low in SAYING:
        return hit
    first, last, verb = found
    data = agent_words({**hit.data, "agent_span": (toks[first].start, toks[last - 1].end)})
    p = verb + 1
    if p < len(toks) and toks[p].low.endswith("ly"):
        p += 1  # 'imposed swiftly on'
    if p + 1 < len(toks) and toks[p].low in hit.target and toks[p + 1].word:
        stop = p + 1
        while stop + 1 < len(toks) and toks[stop + 1].raw not in CLAUSE_ENDS and toks[stop + 1].low not in ("and", "but") \
                and not past(toks[stop + 1], irregular_pasts()):  # '... on Chad angered Peru': the main verb
            stop += 1
        data["target_spans"] = ((toks[p + 1].start, toks[stop].end),)
    return dataclasses.replace(hit, data=data)


def agent_words(data: dict) -> dict:
    """(ensubj46) The hit's data with the clause's subject read as its agent, never its target: a state's part the
    lexicon read as the act's domestic target ('the tariffs [the government imposed]': `domestic_target` on 'the
    government') is the agent's part instead (`agent_sector`), as the doer of the clause; the outer subject's words
    ('Peruvian farmers condemned ...') give the act no sector."""
    lo, hi = data["agent_span"]
    target = data.get("domestic_target")
    if not target or not (lo <= target[0] and target[1] <= hi) or not data.get("domestic_sector"):
        return data
    sector = data["domestic_sector"]
    return {**{k: v for k, v in data.items() if k not in ("domestic_target", "domestic_sector")}, "agent_sector": sector}


PLAIN_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "this"})  # no owner named before the noun


def reported_head(hit: ActHit, toks: list[Token]) -> bool:
    """(ensubj46) Whether `hit` is a noun act whose only telling is as the topic of a relative clause of saying: 'Peru
    criticized the sanctions [the EU said were fair]'. The clause's subject reports on the act and did not do it,
    and the act is told with no doer or target of its own (a plain determiner, no owner: 'Chile's sanctions the EU
    said ...' keeps its reading), as 'Peru criticized the sanctions' reads none. Read as the act otherwise, its sides
    were the outer subject and the reporter."""
    if not hit.nominal or "token" not in hit.data or "agent_span" in hit.data or hit.data.get("target_spans"):
        return False
    i, end = hit.data["token"], hit.data.get("end_token", hit.data["token"])
    found = clause_after(toks, end)
    if found is None or toks[found[2]].low not in SAYING:
        return False
    k = i - 1
    while k >= 0 and i - k <= HEAD_REACH and toks[k].word and toks[k].raw.islower() and toks[k].low not in DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].low in PLAIN_DETERMINERS


def clause_after(toks: list[Token], end: int) -> tuple[int, int, int] | None:
    """The relative clause with a subject of its own after a head noun ending at token `end`: right after it ('the
    tariffs [the EU imposed]') or (ensubj46) after a comma and 'which' ('the tariffs, which the EU imposed on X')."""
    n = end + 2 if end + 2 < len(toks) and toks[end + 1].raw == "," and toks[end + 2].low == "which" else end + 1
    return relative_clause(toks, n, irregular_pasts())


def _told_in(hit: ActHit, toks: list[Token]) -> ActHit:
    """A verb act that is a relative clause's past verb: the clause's subject is its agent."""
    verb = hit.data["token"]
    if verb >= len(toks) or not (past(toks[verb], irregular_pasts()) or present(toks[verb])) \
            or toks[verb].low in SAYING:  # relobj47: 'the shells X troops fire at Y': a present verb too
        return hit
    for n in range(max(1, verb - SUBJECT_REACH - 2), verb):
        found = relative_clause(toks, n, irregular_pasts())
        if found is not None and found[2] == verb and head_noun_before(toks, n):
            first, last, _ = found
            return dataclasses.replace(hit, data=agent_words({**hit.data, "agent_span": (toks[first].start,
                                                                                          toks[last - 1].end)}))
    return hit


def head_noun_before(toks: list[Token], n: int) -> bool:
    """Whether a noun phrase with its determiner ends right before `n` ('the shells', 'the new border fence'): a
    plain lower-case word, no verb and none of `LINKS`, with a determiner a few words before it, and a word before
    that (the outer verb or preposition: a phrase opening the sentence or a clause has no outer subject to mix in)."""
    h = n - 1
    if h < 1 or not toks[h].word or not toks[h].raw.islower() or toks[h].low in NOT_HEADS \
            or past(toks[h], irregular_pasts()) or not plain_word(toks[h], irregular_pasts()):
        return False
    k = h - 1
    while k >= 0 and h - k <= HEAD_REACH and toks[k].word and toks[k].low not in DETERMINERS \
            and plain_word(toks[k], irregular_pasts()):
        k -= 1
    return k >= 1 and toks[k].low in DETERMINERS and h - k <= HEAD_REACH and toks[k - 1].word

"""relatives63: a measure told in a relative clause whose pronoun is its object ('the Ugandan diplomats whom Kenya
expelled', 'two Zambians that Malawian police arrested'): the clause's own subject took it, on the head noun, before
the story's day. Korean tells the same with a relative clause that has a subject of its own and no object
('[케냐가 추방한] 우간다 외교관들은': lang/ko/act_relatives._object_head).
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.countries import find_countries

OBJECT_RELATIVE_TYPES = frozenset({"SANCTION", "COERCE"})  # measures on people a relative may tell of its head
OBJECT_PRONOUNS = frozenset({"whom", "that"})
SUBJECT_REACH = 4  # words of the clause's subject ('Malawian riot police')
HEAD_REACH = 4  # words of the head's noun phrase before the pronoun ('the two Ugandan diplomats')
DETERMINERS = frozenset({"the", "a", "an", "two", "three", "four", "five", "several", "some"})
OBJECT_STARTS = DETERMINERS | frozenset({"more", "at", "dozens", "hundreds", "scores", "all", "its", "their", "his",
                                         "her", "them", "him", "it", "us", "those", "these", "many", "about"})
AUXILIARIES = frozenset({"had", "has", "have"})
SAYING = frozenset({"said", "says", "say", "announced", "reported", "stated", "added", "claimed", "told", "confirmed",
                    "insisted", "noted", "warned"})  # 'said on Wednesday that police had arrested': a complement


def object_relative(hit: ActHit, text: str) -> ActHit:
    """The hit with the clause's subject as `agent_span` and the head as `target_spans`, marked relative and
    background, when its verb closes an object relative ('<head> whom|that <subject> <verb>') and no object follows
    it; the head names a state ('the Ugandan diplomats'). Any other hit as it came: a verb with an object of its own
    ('that police arrested more than 80 protesters'), a complement of saying ('said on Wednesday that police had
    arrested'), a head naming no state ('the diplomats whom ...'), a passive, a noun."""
    if hit.type not in OBJECT_RELATIVE_TYPES or hit.nominal or hit.data.get("passive") or hit.data.get("object") \
            or "agent_span" in hit.data or hit.status != "occurred":
        return hit
    toks = tokenize(text)
    verb = next((i for i, t in enumerate(toks) if t.start == hit.start), None)
    if verb is None:
        return hit
    k = verb - 1
    while k >= 0 and verb - k <= SUBJECT_REACH and toks[k].word and toks[k].low not in OBJECT_PRONOUNS:
        k -= 1
    if k < 1 or k == verb - 1 or toks[k].low not in OBJECT_PRONOUNS:
        return hit
    stop = k - 1 if toks[k - 1].raw == "," else k  # recall64: 'the Ugandan diplomat, whom Kenya had expelled,'
    h = stop - 1
    while h > 0 and stop - h < HEAD_REACH and toks[h - 1].word and toks[h - 1].low not in DETERMINERS:
        h -= 1
    head = toks[h:stop]
    last = verb
    while last + 1 < len(toks) and toks[last].low in AUXILIARIES:
        last += 1  # 'whom Kenya had expelled': the verb after its auxiliary
    after = toks[last + 1] if last + 1 < len(toks) else None
    if after is not None and after.word and (after.low in OBJECT_STARTS or after.low[0].isdigit()
                                             or after.raw[:1].isupper()):
        return hit  # 'that police arrested more than 80 protesters': an object follows, unread
    if not all(t.word and t.low not in SAYING for t in head) or not find_countries(text[head[0].start:head[-1].end], 0):
        return hit  # 'said that Kenya expelled', 'the diplomats whom ...': no head noun naming a state
    data = {**hit.data, "relative": True, "background": True, "recent": True,
            "agent_span": (toks[k + 1].start, toks[verb - 1].end), "target_spans": ((head[0].start, head[-1].end),)}
    return dataclasses.replace(hit, data=data)

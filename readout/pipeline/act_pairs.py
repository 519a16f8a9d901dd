"""The pair an appeal to 'both sides' names when no conflict act was just told (issue 13).

'X's minister said he spoke with the foreign ministers of A and B and urged both sides to exercise restraint',
'X 장관은 A, B 외교장관과 각각 통화했다며 양측에 자제를 촉구했다': the language marks the appeal `pair_sides` (a word for the
two sides: 'both sides', '양측', '양국'), and `implied_addressee` looks for the sides of the conflict acts just reported.
When the story told none close enough, the two sides are the pair the appeal's own sentence names, else the pair the
story's current meeting (the calls or talks told just before) has besides the actor: the same reading a meeting gives
'the two sides'; else (groups1) the pair the last sentence naming other states names ('A and B have been locked in a
trade dispute. X encouraged the two sides to settle their differences'), as 'the two countries' reads back. Only a pair: one state, or three and more, is no 'both sides', and the appeal keeps no recipient.
"""
from __future__ import annotations

import dataclasses

from readout.pipeline.common import IGO_CODES

def named_pair(r) -> None:
    """Still no one, for an appeal to 'both sides' (`pair_sides`): the two states its sentence names besides the actor,
    else the two the story's current meeting has besides the actor (`r` is act_recipients.SideReading)."""
    if r.recipients or not r.hit.data.get("pair_sides"):
        return
    named = [code for i in r.items for code in i.codes]
    meeting = [p.country for p in r.story.meeting.participants] if r.story.meeting else []
    for codes in (named, meeting, last_named(r)):
        pair = list(dict.fromkeys(c for c in codes if c and c not in r.actors and c not in IGO_CODES))
        if is_pair(pair):
            r.recipients = pair
            return
    civil = civil_war_sides(r)
    if civil:
        r.recipients = civil


def civil_war_sides(r) -> list[str]:
    """'TPLF 전투원은 무장을 해제하고, 정부는 ... 보장하기로 했다. 유엔은 양측에 이행을 촉구했다', 'the rebels will disarm and the
    government will ... The UN urged both sides to ...': the last sentence naming states names one state's government and
    its rebels (sector REB): its two sides are both that state's, the one recipient PLOVER codes (fresh37)."""
    for sent in reversed([s for s in r.article.sentences if s.end <= r.sent.start]):
        found = [c for c in r.article.countries.get(sent.start) or () if not set(c.codes) & set(IGO_CODES)]
        codes = list(dict.fromkeys(code for c in found for code in c.codes if code not in r.actors))
        if not codes:
            continue
        sides = {c.sector == REBELS for c in found}
        return codes if len(codes) == 1 and len(sides) > 1 else []
    return []


REBELS = "REB"  # the sector of a state's armed groups fighting its government (kb/nonstate)


def last_named(r) -> list[str]:
    """The states (no international body) the last sentence before the act's that names any besides the actor names:
    a pair there is the one 'both sides' means; three or more there are no pair, and nothing further back is read."""
    for sent in reversed([s for s in r.article.sentences if s.end <= r.sent.start]):
        found = r.article.countries.get(sent.start)
        if found is None:  # a sentence no reader asked about (no act or meeting word): read here, on this rare path
            found = r.lang.find_countries(r.article.text[sent.start:sent.end], sent.start,
                                          r.article.tokens.get(sent.start, ()))
        codes = list(dict.fromkeys(code for c in found for code in c.codes
                                   if code not in r.actors and code not in IGO_CODES))
        if codes:
            return codes
    return []


def is_pair(codes: list[str]) -> bool:
    """Exactly two: one more besides the first ('both sides' are two; this module holds no number but 0 and 1)."""
    return len(codes) > 1 and len(codes[1:]) == 1


def per_partner(event, hit, subjects: list[str]) -> list:
    """A mutual act the language marks done with each partner separately (`separately`: 'A, B와 각각 양해각서를
    체결했다'): one event per pair of the acting side (`subjects`, the clause's own) and each partner, as PLOVER codes
    one agreement per signing. Anything else, or one partner only: the event as it is."""
    own = [p for p in event.participants if p.country in subjects]
    partners = [p for p in event.participants if p.country not in subjects]
    if not hit.data.get("separately") or not own or len(partners) <= 1:
        return [event]
    return [dataclasses.replace(event, participants=[*own, p], recipients=list(event.recipients),
                                evidence=list(event.evidence)) for p in partners]

"""The pair an appeal to 'both sides' names when no conflict act was just told (issue 13).

'X's minister said he spoke with the foreign ministers of A and B and urged both sides to exercise restraint',
'X 장관은 A, B 외교장관과 각각 통화했다며 양측에 자제를 촉구했다': the language marks the appeal `pair_sides` (a word for the
two sides: 'both sides', '양측', '양국'), and `implied_addressee` looks for the sides of the conflict acts just reported.
When the story told none close enough, the two sides are the pair the appeal's own sentence names, else the pair the
story's current meeting (the calls or talks told just before) has besides the actor: the same reading a meeting gives
'the two sides'; else (groups1) the pair the last sentence naming other states names ('A and B have been locked in a
trade dispute. X encouraged the two sides to settle their differences'), as 'the two countries' reads back. Only a pair: one state, or three and more, is no 'both sides', and the appeal keeps no recipient.

The pair is the story's PRINCIPAL one (pairs49): the sides of its latest conflict act or accord with exactly two sides
(`principal_sides`), never the states that only voiced a condemnation, an appeal or a welcome of them, nor attendees
or witnesses of their signing; an accord's signatories are what its paragraph's 'the two sides agreed' means
(`signatories`).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Collection

from readout.model import Event
from readout.pipeline.common import IGO_CODES, paragraph_around


def named_pair(r) -> None:
    """Still no one, for an appeal to 'both sides' (`pair_sides`): the two states its sentence names besides the actor,
    else the two the story's current meeting has besides the actor (`r` is act_recipients.SideReading)."""
    if r.recipients or not r.hit.data.get("pair_sides"):
        return
    meeting = [p.country for p in r.story.meeting.participants] if r.story.meeting else []
    for codes in ([code for i in r.items for code in i.codes], meeting, last_named(r)):
        pair = others_pair(r, codes)
        if pair:
            r.recipients = pair
            return
    civil = civil_war_sides(r)
    if civil:
        r.recipients = civil


def others_pair(r, codes: list[str]) -> list[str]:
    """The states of `codes` besides the act's actors and any international body, when they are exactly two."""
    pair = list(dict.fromkeys(c for c in codes if c and c not in r.actors and c not in IGO_CODES))
    return pair if is_pair(pair) else []


def sentence_pair(r) -> list[str]:
    """The pair an appeal to 'both sides' names in its own sentence besides its actor ('spoke with the ministers of A
    and B and urged both sides'): read before the story's older acts (a place is no side item: 'met in X')."""
    return others_pair(r, [code for i in r.items for code in i.codes])


def principal_pair(r, events: list[Event]) -> list[str]:
    """'A and B clashed. C condemned A. D urged both sides': the sides of the latest of `events` with exactly two (a
    conflict act, an accord, a meeting; no third party's appeal or judgement: `principal_sides`), neither of them the
    appeal's actor (rule 1, pairs49). (actors59) A pair the actor itself is one of is passed over, not taken for
    none: 'A and B clashed. C signed trade deals with A and with B. C warned both leaders': A and B."""
    return principal_sides(events, r.settings.pair_sides, besides=r.actors)


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


def domestic_crisis(r) -> None:
    """(appeals50) Still no one, for an appeal to every side or to both sides ('called on all sides to exercise
    restraint', '양측에 자제를 촉구했다') when the story's latest conflict act is a domestic one: a protest, or a deed
    done by and to one state ('Police fired on protesters in X ... Y called on all sides to exercise restraint'): its
    sides are both that state's, the one recipient PLOVER codes; an appeal after a conflict between states keeps what
    the other readers gave (no one, for every side)."""
    data = r.hit.data
    if r.recipients or r.hit.type != "REQUEST" or not (data.get("open_addressee") or data.get("all_sides")
                                                       or data.get("pair_sides")):
        return
    for e in reversed([*r.earlier, *r.context]):
        if e.type not in DOMESTIC_DEEDS:
            continue
        states = {p.country for p in [*e.participants, *e.recipients] if p.country}
        if len(states) > 1:
            return  # a conflict between states: no domestic crisis
        if e.type in PROTESTS or e.recipients:  # a deed with no one named as suffering it decides nothing
            if not states & set(r.actors) and not states & set(IGO_CODES):
                r.recipients = list(states)
            return


def every_party(r) -> None:
    """(request59) Still no one, for an appeal to every side ('called on all parties to engage in dialogue', '모든
    당사자에게 휴전을 촉구했다', `open_addressee`) after a conflict or accord between states: the states on both sides of
    the story's latest such act, besides the appeal's own actor, are the parties it asks (PLOVER codes a REQUEST's
    target as whoever is asked to act; the open batches' gold codes every such appeal with the story's parties, as
    'both sides' and the domestic crisis of appeals50 already read). A latest act within one state is
    `domestic_crisis`'s; with no such act told the appeal keeps no recipient (act_unreceived.open_appeal)."""
    if r.recipients or r.hit.type != "REQUEST" or not r.hit.data.get("open_addressee"):
        return
    for e in reversed(r.article.events):
        if e.type not in PRINCIPAL_DEEDS | PROTESTS:
            continue
        sides = principal_event_sides(e)
        if len(sides) > 1:  # between states; one state's own crisis is domestic_crisis's
            r.recipients = [c for c in sides if c not in r.actors]
        return


DOMESTIC_DEEDS = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # the conflict acts a domestic crisis is told by
PROTESTS = frozenset({"PROTEST"})  # a state's own people against it: domestic whoever else the story names


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


PRINCIPAL_DEEDS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "AGREE"})  # what the two
# principal parties of a story do to or with each other: fight, coerce, sign
MEETINGS = frozenset({"CONSULT"})  # read after the deeds: attendees and witnesses of a meeting also make one
THIRD_PARTY_VOICES = frozenset({"ACCUSE", "REJECT"})  # a statement's act a third party voices about the pair as well


def principal_sides(events: list[Event], count: int, kinds: frozenset[str] | None = None,
                    besides: Collection[str] = ()) -> list[str]:
    """'A and B troops clashed. C's ministry condemned A. D's leader called both leaders. E urged the two countries':
    the states a group word counting `count` states stands for are the sides of the story's latest conflict act or
    accord with exactly that many, else of its latest meeting with that many; not the states only voicing an appeal
    or a judgement of them, nor those only attending or witnessing (rule 1, pairs49): a condemnation or rejection by
    a state that is none of the sides told before is a third party's voice (`third_party_voices`); one between the
    two (A accused B, B rejected it) is theirs. `kinds`: the act types read (default: deeds and voices, then
    meetings). None when the story told none. (actors59) An act one of the states `besides` is a side of is passed
    over: the one speaking to or of the group is none of it ('C signed deals with A and with B, and warned both
    leaders': not C and A)."""
    if kinds is None:
        return principal_sides(events, count, PRINCIPAL_DEEDS | THIRD_PARTY_VOICES, besides) \
            or principal_sides(events, count, MEETINGS, besides)
    third = third_party_voices(events)
    for e in reversed(events):
        sides = principal_event_sides(e)
        if len(sides) == count and e.type in kinds and id(e) not in third and not set(sides) & set(besides):
            return sides
    return []


def principal_event_sides(event: Event) -> list[str]:
    """A meeting's parties; the states on both sides of another act, actors first, never an international body (a
    council appealing to the pair is none of its sides)."""
    if event.type == "CONSULT":
        return list(dict.fromkeys(e.country for e in event.participants if e.country))
    return list(dict.fromkeys(e.country for e in [*event.participants, *event.recipients]
                              if e.country and e.country not in IGO_CODES))


def third_party_voices(events: list[Event]) -> set[int]:
    """The ids of the condemnations and rejections told, in order, by a state none of the sides told before ('A and
    B clashed. C condemned B', whomever the reading gave it to); the story's first accusation ('A accused B') and an
    answer by one of its sides ('B rejected it') are the two's own, and make their sides told."""
    told: set[str] = set()
    third: set[int] = set()
    for e in events:
        if e.type in THIRD_PARTY_VOICES and told and not {p.country for p in e.participants if p.country} & told:
            third.add(id(e))
        elif e.type in PRINCIPAL_DEEDS | THIRD_PARTY_VOICES:
            told.update(principal_event_sides(e))
    return third


def keep_accord(story, article, sent, event: Event) -> None:
    """Remember an accord of two or more states and its paragraph on the story (`Narrative.accord`)."""
    sides = principal_event_sides(event)
    if event.type in ACCORDS and len(sides) > 1:
        story.accord = (paragraph_around(article, sent), sides)


def signatories(story, at: int | None, size: int | None) -> list[str]:
    """'A and B signed the declaration, with C and D as witnesses ... Under it, the two sides agreed to', '양측은
    ...하기로 합의했다': a group word at `at` (a text offset) counting `size` parties, in the paragraph of the story's last
    accord with that many sides, stands for its signatories (rule 2, pairs49), not for a meeting of others told since
    (the witnesses attending, '증인 자격으로 참석했다'); none else, and the current meeting is read. With no offset (`at`
    None: no meeting nor people counted stand for the word), the last accord in any paragraph."""
    if story.accord is None:
        return []
    paragraph, sides = story.accord
    if size and len(sides) != size:
        return []
    if at is None:
        return sides
    meeting = {p.country for p in story.meeting.participants} if story.meeting else set()
    if not paragraph.start <= at < paragraph.end or set(sides) <= meeting:
        return []  # a meeting of the signatories themselves is read as ever (its host apart: group_meeting_states)
    return sides


ACCORDS = frozenset({"AGREE"})


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

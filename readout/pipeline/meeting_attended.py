"""A meeting told first with no party, then by its attendees: '외교·국방장관 회의가 9일 도쿄에서 열렸다. 회의에는 A, B, C,
D가 참석했다', 'The ministers' meeting was held in Lima on Thursday. The meeting was attended by A, B and C'.

The first sentence holds a meeting (its word the predicate of a clause that says it took place) but names no one
to hold it, so it makes no event; the next sentence's meeting word refers back and names who attended. Those
attendees, of two states at least, are the parties of the meeting told just before, dated and placed by the
sentence that told it (PLOVER codes the attendees of a meeting as the consultation's participants). The attendees
of a meeting the story already reported join none of their own (`meeting_parties.attended` keeps that reading).

(meets48) The first sentence may name one side attending ('A attended the summit in X on Thursday', 'A는 X에서 열린
정상회의에 참석했다'): too few for a meeting, but the chair or attendee of another state the next sentence names ('The
meeting was chaired by B', '회의는 B가 주재했다') sat at the same table, so the two sides are its parties.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from readout.lang.base import Trigger
from readout.model import Article, DateRef, Entity, Event, Mention, OCCURRED, Place, Span
from readout.pipeline.meeting_build import build_meeting
from readout.pipeline.meeting_parties import attended
from readout.pipeline.narrative import Narrative
from readout.pipeline.roles import read_roles
from readout.pipeline.states import state_level
from readout.pipeline.meeting_then import told_apart


@dataclass
class Unattended:
    """A held meeting word that named no party (`index`: its sentence in the story), with the dates and places
    of its sentence."""

    index: int
    sent: Span
    text: str
    tokens: tuple
    trig: Trigger
    dates: list[DateRef]
    places: list[Place]
    apart: bool = False  # told while the story was about another meeting, on another day (meeting_then.py)
    present: tuple[Entity, ...] = ()  # the one side its clause names attending it ('A attended the summit'; meets48)


def note_unattended(sent: Span, text: str, tokens, trig: Trigger, dates: list[DateRef], places: list[Place],
                    story: Narrative, present: tuple[Entity, ...] = ()) -> None:
    """Keep a meeting word that reports a meeting held ('회의가 열렸다', 'the meeting was held') with no party
    named, or with one side named attending it (`present`: 'A는 ... 정상회의에 참석했다', where the word is the
    clause's setting), and no meeting told before it to refer to: the attendees named next may hold it."""
    if story.meeting is None and (trig.kind == "predicate" or trig.kind == "setting" and present) \
            and trig.status == OCCURRED:
        story.unattended = Unattended(story.index, sent, text, tuple(tokens), trig, list(dates), list(places),
                                      present=present)
    elif trig.kind != "background" and trig.status == OCCURRED and told_apart(dates, story.meeting):
        story.unattended = Unattended(story.index, sent, text, tuple(tokens), trig, list(dates), list(places), True)
        # consult18: '... 지난달 9일 열린 회의에서 확정됐다': a meeting of another day than the story's


def attended_meeting(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, people: list[Mention],
                     story: Narrative, ctx) -> list[Event]:
    """The meeting told just before with no party, held by the attendees this sentence's meeting word names
    ('회의에는 A, B가 참석했다'); none when no such meeting was told, or the attendees are of one state."""
    told = story.unattended
    if told is None or story.meeting is not None and not (told.apart and lang.meeting_told_then(text, trig)) \
            or story.index - told.index > ctx.settings.attendee_reach_sentences or trig.kind == "background":
        return []
    roles = list(zip(people, read_roles(lang, text, tokens, sent, trig, people)))
    groups = attended(roles, story, people, ctx.settings.min_meeting_participants) \
        or joined_present(told.present, roles, ctx.settings.min_meeting_participants)
    if not groups:
        return []
    event = build_meeting(article, told.sent, lang, told.text, told.tokens, told.trig, groups[0], told.dates,
                          told.places, story, ctx)
    if event is None or event.status != OCCURRED:
        return []
    if sent not in event.evidence:
        event.evidence.append(sent)
    story.unattended = None
    story.meeting = event
    return [event]


def attending_side(roles: list[tuple[Mention, str]]) -> tuple[Entity, ...]:
    """The people of one state a meeting word's clause names attending it ('A attended the summit', 'A는 ...
    정상회의에 참석했다': its subject or participant), kept for the chair named next (meets48); none when they are of
    more states or of none (a group of sides holds a meeting of its own)."""
    side = tuple({m.entity.id: m.entity for m, role in roles if role in ("subject", "participant") and m.entity
                  and m.entity.kind == "person"}.values())
    return side if len({e.country for e in side}) == 1 and None not in {e.country for e in side} else ()


def joined_present(present: tuple[Entity, ...], roles: list[tuple[Mention, str]], minimum: int) -> list[list[Entity]]:
    """The side that attended the meeting told before ('A attended the summit') with the people the referring
    sentence names chairing or attending it ('The meeting was chaired by B', '회의는 B가 주재했다'), when those are of
    another state: one table of both sides (meets48)."""
    if not present:
        return []
    named = [m.entity for m, role in roles if role in ("subject", "participant") and m.entity
             and m.entity.kind == "person" and m.entity.country and m.entity.country != present[0].country]
    group = list({e.id: e for e in (*present, *named)}.values())
    return [group] if named and len(group) >= minimum else []


def attendance_meeting(article: Article, sent: Span, lang, text: str, tokens, people: list[Mention],
                       story: Narrative, ctx) -> list[Event]:
    """(consult18) A sentence with no meeting word that tells who attended ('It was attended by A, B and C', 'A와 B,
    C와 D가 참석했다'), right after a meeting told with no party: the attendees hold that meeting, as those a
    referring meeting word names do ('The meeting was attended by ...', `attended_meeting`)."""
    if story.unattended is None:
        return []
    for trig in lang.attendance_triggers(text):
        found = attended_meeting(article, sent, lang, text, tokens, trig, people, story, ctx)
        if found:
            return found
    return []


def named_state_meeting(sent: Span, lang, text: str, tokens, trig: Trigger, people: list[Mention], story: Narrative,
                        ctx) -> list[Event]:
    """(consult18) 'A and B held the second session of their commission on Monday. The meeting was co-chaired by X
    and Y': a meeting word referring back to the story's meeting of states, naming as its chairs or attendees people
    of those same states, names that meeting's parties: the same meeting (its day and place) between them. The
    meeting of states is folded into it at the end (states.absorb_state_meetings)."""
    meeting = story.meeting
    if meeting is None or meeting.type != "CONSULT" or not state_level(meeting) or trig.kind == "background":
        return []
    roles = list(zip(people, read_roles(lang, text, tokens, sent, trig, people)))
    groups = attended(roles, story, people, ctx.settings.min_meeting_participants)
    if not groups or {e.country for e in groups[0]} != {p.country for p in meeting.participants}:
        return []
    event = replace(meeting, participants=list(groups[0]), evidence=[*meeting.evidence, sent], implied=False)
    story.meeting = event
    return [event]

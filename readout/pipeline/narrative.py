"""The story's state while `events.find_events` reads an article sentence by sentence.

Meetings and acts of later sentences read it: a dropped subject goes on with the last actor, '양측' and
'the two ministers' stand for the current meeting's parties, '이날' follows the story's day. It is one object
per article, passed to every reader that needs it, so nothing of one article leaks into the next.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from readout.kb.offices import holds_kind
from readout.model import DateRef, Entity, Event, Span


class Offense(NamedTuple):
    """The show of force or attack a condemnation naming no author judges: who did it, in which sentence, on
    which day (`act_story_notes.answering_force` reads the last two)."""

    actors: list[str]
    index: int
    day: date | None
    stated: bool = False  # the day is one its own clause states (not the story's or the publication's)


@dataclass
class Narrative:
    """What the story is about at this point: its date and its current meeting."""

    day: date | None = None
    meeting: Event | None = None
    topic: Entity | None = None  # the person the narrative is about, before this sentence
    mobilizer: list[str] = field(default_factory=list)  # who launched or deployed last: '(북한이) 발사한 지 닷새'
    offense: Offense | None = None  # who launched, deployed or struck last: 'condemned the attack'
    stated_offense: Offense | None = None  # the last of them whose own clause stated its day (answer_dates.not_before_offense)
    said_on: dict[tuple[str, ...], date] = field(default_factory=dict)  # each side's latest statement its words dated
    offenses: list[tuple[str, str | None, list[str]]] = field(default_factory=list)  # every show of force or attack
    # told so far, as (type, mode, actors): 'condemned the launch' judges the last launch, 'the drills' the drills
    joint: list[Entity] = field(default_factory=list)  # officials of several states just named as one subject
    joint_date: DateRef | None = None  # the date of the sentence that named them
    previous_mobilizer: list[str] = field(default_factory=list)  # before this sentence: whom a response answers
    index: int = 0  # the current sentence's position in the article ('the two countries' reads back from it)
    acting: list[str] = field(default_factory=list)  # the acting side of the last act, and its sentence's index:
    acting_index: int = -1  # a subject dropped or 'it' in the next sentence goes on with it
    acting_spoke: bool = False  # that act was a statement: only then does a bare office ('The spokesman') go on
    acting_toward: list[str] = field(default_factory=list)  # whom that act addressed: a voice going on addresses it
    acting_organ: bool = False  # actors58: that side was named as one state's organ other than its government ('X's
    # army', 'X's police'): a bare office after its deed is of that state (bare_body_state.organ_deed_doer)
    next_groups: list[str] = field(default_factory=list)  # the group words of the sentence after it ('The three ministers')
    subjects: list[Entity] = field(default_factory=list)  # the people earlier sentences had as subjects, latest last
    named: list[tuple[Entity, frozenset[str]]] = field(default_factory=list)  # the people earlier sentences named, in
    # any role but a spokesperson's, each with the offices it holds, latest last: whom 'the two leaders' counts
    recall: tuple[int, date] | None = None  # a paragraph opened by 'earlier' ('앞서'): its index and the day it left
    told: date | None = None  # the last day a sentence stated, a recall weeks back too: what 'the same day' counts from
    week: tuple | None = None  # the window of a week told since the last day stated ('last week'): what 'the next
    # day' counts from where the story has no day (pipeline/week_days.py, endates49)
    doers: dict[int, list[str]] = field(default_factory=dict)  # each sentence's named subjects and acting sides of act
    # words answering nothing: 'X sent an offering to the shrine. Y criticized the move' judges what X did, coded or not
    judges: dict[int, list[str]] = field(default_factory=dict)  # each sentence's acting sides of answering act words
    subjects_of_act: list[str] = field(default_factory=list)  # the acting side the last act word's clause named, before
    # a mutual act's partners joined it ('X shared information with A and B': X)
    measures: list[tuple[str, str | None, list[str]]] = field(default_factory=list)  # every sanction, seizure and accord
    # told so far, as (type, mode, actors): what '이번 조치를 비난했다', 'condemned the measures', 'the pact' judges
    held: list[str] = field(default_factory=list)  # the states whose vessel or people were last seized or freed:
    # 'seized a Peruvian trawler ... The vessel was taken to port', '...어선을 나포했다. ... 나포된 지 이틀 만'
    session: object | None = None  # a body's session whose speakers are its parties (pipeline/meeting_sessions.py)
    debates: list = field(default_factory=list)  # (unsc44) a body's own meetings and their envoys (meeting_sessions.py)
    unattended: object | None = None  # a meeting held with no party named, for its attendees (meeting_attended.py)
    accord: tuple[Span, list[str]] | None = None  # the paragraph and the sides of the last accord told: whom its
    # paragraph's 'the two sides agreed' means (pipeline/act_pairs.signatories)
    reached: date | None = None  # the latest day the story has reached: the report's own day, from which a
    # word counting back from the report ('전날') counts when the story has gone back to recall an earlier day

    @property
    def offender(self) -> list[str]:
        """The actors of the last offense a condemnation naming no author judges (none told: no one)."""
        return self.offense.actors if self.offense else []

    def counted(self, size: int | None, office: str | None = None) -> list[Entity]:
        """The last `size` people earlier sentences had as subjects ('A rejected ... B asked ... The two ministers
        agreed': A and B), none when fewer were named or the group word counts no one. A group word naming an
        office ('the two leaders', '양 정상') counts the last people named in any role who hold it, when there are
        as many: a spokesman or an aide named between two leaders is not one of 'the two leaders'."""
        return self.office_holders(size, office) \
            or (self.subjects[-size:] if size and len(self.subjects) >= size else [])

    def office_holders(self, size: int | None, office: str | None) -> list[Entity]:
        """The last `size` different people named in any role who hold `office` ('the two defence ministers', '양국
        국방장관'), none when fewer were named: a group word naming an office stands for its holders in the story."""
        if not size or not office:
            return []
        holders = list({e.id: e for e, held in reversed(self.named) if holds_kind(held, office)}.values())
        return holders[:size][::-1] if len(holders) >= size else []

    def meeting_holds(self, size: int | None, office: str | None) -> bool:
        """Whether the story's meeting has `size` parties named as holders of `office` (its mediators apart): a group
        word naming that office ('the two leaders') stands for them; one naming another office ('the two defence
        ministers' after the leaders' summit) stands for the holders of its own (`office_holders`)."""
        if self.meeting is None or not size or not office:
            return True
        held = {e.id for e, offices in self.named if holds_kind(offices, office)}
        return sum(p.id in held for p in self.meeting.participants if p.id not in self.meeting.mediators) >= size


def last_of_kind(offenses: list[tuple[str, str | None, list[str]]], kinds, besides: list[str] = ()) -> list[str]:
    """The actors of the last of `offenses` (type, mode, actors) of one of `kinds` ((type, mode); a mode None is any
    mode of the type) with an actor not in `besides`; none when no such offense was told."""
    for kind, mode, actors in reversed(offenses):
        if any(kind == k and m in (None, mode) for k, m in kinds) and any(c not in besides for c in actors):
            return actors
    return []


def unaimed_show_of_force(story: Narrative) -> bool:
    """(actors59, issue 14) Whether the last act told was a show of force or an attack aimed at no state (the story's
    offense, told in the acting sentence, with no receiving side: a launch into the sea, a test, drills). Other states
    answer such a deed, so a bare body's words addressed to a state after it ('The defence ministry urged Japan to stay
    calm') may be any responder's, and no state is read rather than the launcher's (a dateline decides before this)."""
    return story.offense is not None and story.offense.index == story.acting_index and not story.acting_toward

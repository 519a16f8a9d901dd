"""A body's session told through its speakers: 'At the Security Council meeting on Saturday, A said ... B replied ...
C also attended the meeting and ...', '26일 열린 안보리 회의에서 A는 ...라며 ... 이에 B는 ...고 맞섰고, C도 회의에 참석해
...'. The meeting word only sets the scene of one speaker's statement, so its clause names no pair; the people who
speak at it in the sentences just after are its parties too (PLOVER codes them as the consultation's participants).

A session opens at a setting meeting word of the story's day with an international body named right before it
('Security Council meeting', '안전보장이사회 회의') and a person as the sentence's subject; the subjects of the next
`session_reach_sentences` sentences, one per state, join it; it becomes a meeting once people of two states spoke,
dated and placed by the sentence that opened it. A sentence that reports a meeting of its own ends it.

(unsc44) A body's own meeting told with no speaker ('the U.N. Security Council met on Monday', '안보리는 ... 회의를
열었다': a meeting of the body alone) opens a session too, whose speakers are the envoys of states and the body's own
officials (`envoy_offices`, an office of sector IGO) who speak in the sentences after it, each keeping it open for
`session_reach_sentences` more: once envoys of two states spoke, the body's meeting is theirs (PLOVER codes a council
debate as a consultation among those who spoke; the body is where they met). Any other subject ('leader X observed
the launch') is no speaker of the debate.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.kb.envoys import envoy_offices
from readout.kb.loader import IGO_CODES, kb
from readout.lang.base import Trigger
from readout.model import Article, Entity, Event, Mention, OCCURRED, Span
from readout.pipeline.common import countries_in, meeting_words_in
from readout.pipeline.meeting_build import build_meeting
from readout.pipeline.narrative import Narrative
from readout.pipeline.states import IGO_SECTOR


@dataclass
class Session:
    """A body's session opened by a sentence (`index`, `sent`, its meeting word) and the speakers heard at it."""

    index: int
    sent: Span
    trig: Trigger | None
    speakers: list[Entity] = field(default_factory=list)
    event: Event | None = None
    body: Event | None = None  # (unsc44) the body's own meeting the session opened at: its speakers become its parties
    last: int = 0  # the last sentence a speaker spoke in (a body's session stays open while envoys speak)
    heard: list[Span] = field(default_factory=list)  # the sentences its envoys spoke in


def follow_session(article: Article, sent: Span, people: list[Mention], found: list[Event], story: Narrative,
                   ctx) -> None:
    """Open a session at this sentence, or add its speakers to the open one (a meeting once two states spoke)."""
    session = story.session
    if found or (session is not None and story.index - open_since(session) > ctx.settings.session_reach_sentences):
        story.session = session = None
    if session is None:
        story.session = opened(article, sent, people, story, ctx) or body_session(sent, found, story)
        return
    if session.body is not None:
        debating = envoys(people)
        if debating:
            session.last = story.index
        join_body(session, debating, sent)
        return
    homes = {e.country for e in session.speakers}
    for e in speakers(people):
        if e.country not in homes:
            session.speakers.append(e)
            homes.add(e.country)
            if session.event is None:
                session.event = held(article, session, story, ctx)
            elif e not in session.event.participants:
                session.event.participants.append(e)
            if session.event is not None and sent not in session.event.evidence:
                session.event.evidence.append(sent)
    if session.event is not None and len(session.event.participants) >= ctx.settings.multilateral_parties:
        session.event.mode = "multilateral"


def speakers(people: list[Mention]) -> list[Entity]:
    """The people a sentence has as its subjects, of a known state."""
    return [m.entity for m in people if m.entity and m.entity.kind == "person" and m.entity.country
            and m.role == "subject" and not m.excluded]


def opened(article: Article, sent: Span, people: list[Mention], story: Narrative, ctx) -> Session | None:
    """A session opened by this sentence: an occurred setting word right after a body's name, with a speaker."""
    who = speakers(people)
    if not who or len({e.country for e in who}) >= ctx.settings.min_meeting_participants:
        return None  # no speaker, or a pair the meeting reader already weighed
    settings = [t for t in meeting_words_in(article, sent, ctx.language(sent.label))
                if t.kind == "setting" and t.status == OCCURRED]
    if not settings:
        return None  # the meeting words were read already; the country words of most sentences with a speaker are not
    reach = ctx.settings.language(sent.label).group_country_reach_chars
    bodies = [c for c in countries_in(article, sent, ctx) if c.sector == IGO_SECTOR]
    for trig in settings:  # a setting word right after a body's name
        pos = sent.start + trig.start
        if any(c.end <= pos and pos - c.end <= reach for c in bodies):
            return Session(story.index, sent, trig, who[:1])
    return None


def held(article: Article, session: Session, story: Narrative, ctx) -> Event | None:
    """The session as a meeting of the speakers so far, dated and placed by the sentence that opened it."""
    sent = session.sent
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    dates = [d for d in article.dates if sent.start <= d.span.start < sent.end]
    places = [p for p in article.places if sent.start <= p.span.start < sent.end]
    event = build_meeting(article, sent, lang, text, article.tokens.get(sent.start, ()), session.trig,
                          list(session.speakers), dates, places, story, ctx)
    if event is not None and event.status == OCCURRED:
        article.events.append(event)
        return event
    return None


def open_since(session: Session) -> int:
    """The sentence a session's reach counts from: its opening, or for a body's debate the last envoy's speech."""
    return session.last if session.body is not None else session.index


def body_session(sent: Span, found: list[Event], story: Narrative) -> Session | None:
    """(unsc44) A session opened by a body's own meeting this sentence reports, with no party but the body."""
    own = [e for e in found if e.type == "CONSULT" and e.status == OCCURRED and e.participants
           and all(p.country in IGO_CODES for p in e.participants)]
    if len(own) != 1 or len(found) != 1:
        return None
    session = Session(story.index, sent, None, body=own[0], last=story.index)
    story.debates.append(session)
    return session


def envoys(people: list[Mention]) -> list[Entity]:
    """The speakers of a body's debate among a sentence's subjects: states' envoys and the body's own officials."""
    return [m.entity for m in people if m.entity and m.entity.kind == "person" and m.entity.country
            and m.role == "subject" and not m.excluded and debating_office(m.office_hint)]


def debating_office(office: str | None) -> bool:
    """An envoy's office, or an office of an international body (sector IGO: 'Assistant Secretary-General')."""
    entry = kb().offices.get(office) if office else None
    return entry is not None and (office in envoy_offices() or entry.sector == IGO_SECTOR)


def join_body(session: Session, debating: list[Entity], sent: Span) -> None:
    """Add a sentence's envoys to a body's session (one per state) and the sentence to what it heard."""
    homes = {e.country for e in session.speakers}
    for e in debating:
        if e.country not in homes:
            session.speakers.append(e)
            homes.add(e.country)
            session.heard.append(sent)


def seat_debates(story: Narrative, ctx) -> None:
    """After the story is read: each body's meeting at which envoys of two states spoke becomes their meeting. Only
    then, so that the acts told meanwhile read the body's meeting as the story told it."""
    for session in story.debates:
        event = session.body
        states = {e.country for e in session.speakers if e.country not in IGO_CODES}
        if len(states) < ctx.settings.min_meeting_participants:
            continue
        event.participants = list(session.speakers)
        event.evidence.extend(s for s in session.heard if s not in event.evidence)
        if len(event.participants) >= ctx.settings.multilateral_parties:
            event.mode = "multilateral"

"""A body's session told through its speakers: 'At the Security Council meeting on Saturday, A said ... B replied ...
C also attended the meeting and ...', '26일 열린 안보리 회의에서 A는 ...라며 ... 이에 B는 ...고 맞섰고, C도 회의에 참석해
...'. The meeting word only sets the scene of one speaker's statement, so its clause names no pair; the people who
speak at it in the sentences just after are its parties too (PLOVER codes them as the consultation's participants).

A session opens at a setting meeting word of the story's day with an international body named right before it
('Security Council meeting', '안전보장이사회 회의') and a person as the sentence's subject; the subjects of the next
`session_reach_sentences` sentences, one per state, join it; it becomes a meeting once people of two states spoke,
dated and placed by the sentence that opened it. A sentence that reports a meeting of its own ends it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.lang.base import Trigger
from readout.model import Article, Entity, Event, Mention, Span
from readout.pipeline.common import countries_in, meeting_words_in
from readout.pipeline.meeting_build import build_meeting
from readout.pipeline.narrative import Narrative
from readout.pipeline.states import IGO_SECTOR


@dataclass
class Session:
    """A body's session opened by a sentence (`index`, `sent`, its meeting word) and the speakers heard at it."""

    index: int
    sent: Span
    trig: Trigger
    speakers: list[Entity] = field(default_factory=list)
    event: Event | None = None


def follow_session(article: Article, sent: Span, people: list[Mention], found: list[Event], story: Narrative,
                   ctx) -> None:
    """Open a session at this sentence, or add its speakers to the open one (a meeting once two states spoke)."""
    session = story.session
    if found or (session is not None and story.index - session.index > ctx.settings.session_reach_sentences):
        story.session = session = None
    if session is None:
        story.session = opened(article, sent, people, story, ctx)
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
                if t.kind == "setting" and t.status == "occurred"]
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
    if event is not None and event.status == "occurred":
        article.events.append(event)
        return event
    return None

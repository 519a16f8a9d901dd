"""(consult18) A meeting of another moment told with its day and no party, while the story is about another meeting
('The deal was finalized at the commission meeting held in Santiago on April 9.', '... 지난달 9일 산티아고에서 열린
국경위원회 회의에서 문안이 확정됐다.'), and then named by a word pointing at that moment ('That meeting was
co-chaired by A and B', '당시 회의는 A와 B가 공동 주재했다'; the language's `meeting_told_then`): the people named
hold the meeting told, on its day and at its place, not on the story's day.
"""
from __future__ import annotations

from readout.model import Article, DateRef, Entity, Event, Span
from readout.pipeline.meeting_build import build_meeting


def told_apart(dates: list[DateRef], meeting: Event | None) -> bool:
    """The sentence dates a day other than the story's meeting's: the meeting word it holds is of another moment."""
    return meeting is not None and meeting.date is not None and any(
        d.value and d.precision == "day" and not d.reporting and d.value != meeting.date for d in dates)


def then_told(lang, text: str, trig, dates: list[DateRef], story, reach: int):
    """The meeting told just before with no party (meeting_attended.Unattended), for a meeting word pointing at it
    ('당시 회의는', 'That meeting') in a sentence that dates nothing of its own; None otherwise."""
    told = story.unattended
    if told is None or story.index - told.index > reach or not lang.meeting_told_then(text, trig):
        return None
    if any(d.value and not d.reporting for d in dates):
        return None
    return told


def build_told(article: Article, sent: Span, lang, told, group: list[Entity], story, ctx) -> Event | None:
    """The meeting `told` (its sentence, word, dates and places) held by `group`, named in sentence `sent`."""
    event = build_meeting(article, told.sent, lang, told.text, told.tokens, told.trig, group, told.dates,
                          told.places, story, ctx)
    if event is not None and sent not in event.evidence:
        event.evidence.append(sent)
    return event

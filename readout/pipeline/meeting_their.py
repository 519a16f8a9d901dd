"""'Speaking at a joint news conference with B after their talks in Z, A said ...': a meeting word owned by the
pronoun of a pair ('their talks'; the language's `meeting_owned_by_them`) that names no party of its own, refers
back to no meeting the story told, and stands in a sentence naming two people of two states, is those two's meeting:
'their' can only be the pair the sentence names (PLOVER: a meeting of the two is a consultation of both)."""
from __future__ import annotations

from readout.lang.base import Trigger
from readout.model import Article, DateRef, Event, Mention, Place, Span
from readout.pipeline.meeting_parties import unique
from readout.pipeline.meeting_build import build_meeting
from readout.pipeline.narrative import Narrative


def their_pair_meeting(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, people: list[Mention],
                       dates: list[DateRef], places: list[Place], story: Narrative, ctx) -> list[Event]:
    """The meeting of the two people of two states the sentence names, which 'their' before its meeting word
    owns; none when the story has a meeting to refer to, or the sentence names fewer or more people."""
    if story.meeting is not None or story.joint or not lang.meeting_owned_by_them(text, trig):
        return []
    pair = unique([m.entity for m in people if m.entity and m.entity.kind == "person" and m.role != "genitive"])
    if len(pair) != ctx.settings.min_meeting_participants or len({e.country for e in pair if e.country}) != len(pair):
        return []
    event = build_meeting(article, sent, lang, text, tokens, trig, pair, dates, places, story, ctx)
    if event is None:
        return []
    story.meeting = event
    return [event]

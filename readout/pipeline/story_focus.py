"""What the story is about after each sentence: the meeting that '양측', 'the two ministers' refer to next, the
officials named together whose meeting a later 'their talks' is, and the people and states named as subjects
(whom 'the two leaders' counts, whose deed 'the move' judges).

Why a module of its own: pipeline/events.find_events updates this focus after each sentence; the readers of
meetings and acts only read it (`Narrative`).
"""
from __future__ import annotations

from readout.dating import quoted_at
from readout.kb.offices import offices_of
from readout.lang.base import Trigger
from readout.model import Article, DateRef, Event, Mention, OCCURRED, Span
from readout.pipeline.common import countries_in
from readout.pipeline.meeting_parties import unique
from readout.pipeline.narrative import Narrative


def update_meeting(story: Narrative, found: list[Event], mentions: list[Mention]) -> None:
    """The meeting that '양측', 'the two ministers' refer to next: the latest one whose parties this
    sentence names, unless it is older than the current one (a meeting recalled as background)."""
    named = {m.entity.id for m in mentions if m.entity}
    named |= {p.id for e in found if all(p.kind == "country" for p in e.participants) for p in e.participants}
    # 'Brazil's president met Colombia's president': a meeting of states named by their offices, no person resolved
    for event in reversed(found):
        if not event.participant_ids() <= named:
            continue
        current = story.meeting
        if current and event.status != OCCURRED and current.status == OCCURRED:
            continue  # a meeting still ahead is not the one being reported
        if current and current.status == OCCURRED and current.date_basis == "text" and event.date and \
                (event.date < current.date or event.date_precision != "day"):
            continue
        if event.date and any(o.status == OCCURRED and o.date and o.date > event.date for o in found):
            continue  # 'A and B held talks, a day after their ministers met': the ministers' meeting is recalled
        story.meeting = event
        return


def update_subjects(story: Narrative, mentions: list[Mention], day=None, text: str = "", at: int = 0) -> None:
    """The people the sentence names as its subject join the story's subjects, latest last (each once), and every
    person it names but a spokesperson or one spoken of inside a quotation (`text`, the sentence, starting at `at`)
    the story's named people with their offices on `day` (whom 'the two leaders' counts); the states of its named
    subjects join its doers (`Narrative.doers`: whose deed a later 'the move' may judge)."""
    doers = [m.entity.country for m in mentions if m.entity and m.entity.country and m.role == "subject"
             and not m.excluded]
    if doers:
        story.doers.setdefault(story.index, []).extend(doers)
    for m in mentions:
        if m.entity and m.entity.kind == "person" and m.role == "subject" and m.span.label == "person" \
                and not m.excluded:
            story.subjects = [e for e in story.subjects if e.id != m.entity.id] + [m.entity]
    for m in mentions:
        if m.entity and m.entity.kind == "person" and m.span.label == "person" and not m.excluded \
                and not quoted_at(text, m.span.start - at):
            held = offices_of(m.entity, m.office_hint, day)
            story.named = [(e, h) for e, h in story.named if e.id != m.entity.id] + [(m.entity, held)]


def update_joint(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef], story: Narrative,
                 found: list[Event], ctx) -> None:
    """'The foreign ministers of A, B and C on Friday affirmed ...', 'A, B and C arrived on Friday':
    officials of several states named together as one subject are the parties that a following
    'Their meeting', 'The talks' or 'the three ministers' refers to, until a meeting of theirs is read."""
    if found:
        story.joint, story.joint_date = [], None
        return
    lang = ctx.language(sent.label)
    people = [m for m in mentions if m.entity and m.entity.kind == "person" and not m.excluded]
    chain = next((run for run in coordinated_runs(lang, article.text, people)
                  if any(m.role == "subject" for m in run)), [])  # the subject may open the run or close it
    group = unique([m.entity for m in chain])
    if len(group) >= ctx.settings.min_meeting_participants and \
            len({e.country for e in group}) >= ctx.settings.min_meeting_participants:
        usable = [d for d in dates if d.value and not d.reporting and not d.background]
        story.joint, story.joint_date = group, (usable[0] if usable else None)


def coordinated_runs(lang, text: str, people: list[Mention]) -> list[list[Mention]]:
    """The sentence's people in runs of names coordinated with each other ('A, B and C'; one office
    group naming several holders stays one run)."""
    runs: list[list[Mention]] = []
    for m in people:
        last = runs[-1][-1] if runs else None
        if last and (m.span == last.span or m.span.start >= last.span.end
                     and lang.coordinated(text, last.span.end, m.span.start)):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def refocus_meeting(article: Article, sent: Span, triggers: list[Trigger], story: Narrative, ctx) -> None:
    """'한일 외교장관 회담에서는', 'At the ROK-Japan meeting': a meeting named by its parties' countries
    becomes the one that '양측' and 'the two ministers' refer to next."""
    if not any(event.type == "CONSULT" for event in article.events):
        return  # no meeting yet to refocus on: no country lookup needed
    found = countries_in(article, sent, ctx)
    reach = ctx.settings.language(sent.label).group_country_reach_chars
    for trig in triggers:
        pos = sent.start + trig.start
        codes = {code for c in found if c.start < pos and pos - c.end <= reach for code in c.codes}
        if len(codes) < ctx.settings.min_meeting_participants:
            continue
        for event in reversed(article.events):
            if event.type == "CONSULT" and {p.country for p in event.participants} == codes:
                story.meeting = event
                return

"""A news article's first line is a headline: the act it names is most often the one the lead paragraph then tells
whole. Read twice, the headline's telling comes out with fewer or other sides (a telegraphic line drops its
articles, its objects and often its verb) and, dated by the report, on another day; the body's telling is the
event. This module drops a headline act the body tells again, so the body's sides, day and place stand alone."""
from __future__ import annotations

from readout.model import Event, Span
from readout.pipeline.act_matter import other_matter
from readout.pipeline.common import other_measure


def told_again(headline_act: Event, body_act: Event, lookback_days: int) -> bool:
    """The body tells the headline's act again: the same type and status, an actor in common (or the roles turned
    round), no target of one that the other's targets lack, and the body's day within the days a report tells of
    (`lookback_days`). A first line with a day of its own words is no telegraphic headline: it stays as read.
    Two accords of other matter or two measures of other kinds stay two, as `consolidate.same_event` keeps them.
    An actor alone in common is not enough when both name targets: 'X shelves talks with Y' and the body's 'X
    refused to recognise the vote' are two acts of X."""
    if headline_act.type != body_act.type or headline_act.status != body_act.status \
            or headline_act.date_basis == "text":
        return False  # a first line dated by its own words ('A and B agreed on Monday to ...') is a lead, told whole
    if other_matter(headline_act.matter, body_act.matter) or other_measure(headline_act, body_act):
        return False  # 'agreed to resume talks' above 'accepted an invitation': two accords, as in consolidate
    ha, hr = set(headline_act.participant_ids()), {r.id for r in headline_act.recipients}
    ba, br = set(body_act.participant_ids()), {r.id for r in body_act.recipients}
    if not (ha & ba or ha & br or hr & ba) or (hr and br and not hr & br and not (ha & br or hr & ba)):
        return False
    if headline_act.date is None or body_act.date is None:
        return True
    return abs((headline_act.date - body_act.date).days) <= lookback_days


def drop_headline_retellings(events: list[Event], headline: Span | None, lookback_days: int) -> list[Event]:
    """The document's events without each headline act the body tells again. A headline act the body never tells
    stays (it is the story's only telling, on the story's day). Meetings are left to the meeting merge, which
    weighs calls, places and plans."""
    if headline is None:
        return events

    def in_headline(e: Event) -> bool:
        return bool(e.evidence) and all(headline.start <= s.start < headline.end for s in e.evidence)

    body = [e for e in events if not in_headline(e)]
    kept: list[Event] = []
    for event in events:
        twin = next((b for b in body if told_again(event, b, lookback_days)), None) \
            if in_headline(event) and event.type != "CONSULT" else None
        if twin is None:
            kept.append(event)
        else:
            lend_target(event, twin)
    return kept


def lend_target(headline_act: Event, body_act: Event) -> None:
    """A body act that names no target takes the headline's ('X shelves talks with Y' above 'X said it would not
    put the talks on the agenda'): the one thing a headline states that its lead may leave to it. Its own actors,
    day and place stay; a target that is one of its actors is no target."""
    if body_act.recipients:
        return
    actors = body_act.participant_ids()
    body_act.recipients = [r for r in headline_act.recipients if r.id not in actors]

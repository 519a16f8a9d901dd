"""Statements dated only by the story that answer what the story told before them: no earlier than the deed they
answer, the accord they welcome or the offense they judge (split from pipeline/act_dates.py, dates50: the story's day
may have gone back to a recalled day; an answer told since did not). A recalled act (`Event.recalled`: one with no
day of its own, dated by the window of days up to the story's, act_dates.windowed) is left as it is: it came before
the story's day. (debt56b) The three guards asked `date_window` for that; a window a statement's own words state
('in late March') dates it by its text, which none of the three reads (they read a day taken from the story only),
so each guard means 'recalled' and asks `Event.recalled`."""
from __future__ import annotations

from datetime import date

from readout.model import Event, OCCURRED


def not_before_answered(event: Event, earlier: list[Event]) -> None:
    """'A accused B of X on Tuesday. Shells struck a village on Monday. B dismissed the accusations': a rejection
    dated only by the story answers what its recipient did to it, so it is no earlier than the latest dated act of
    that side against it (the story's day went back to a recalled Monday; the answer did not)."""
    if event.type != "REJECT" or event.date_basis != "narrative" or event.date is None or event.recalled:
        return
    actors, recipients = {e.country for e in event.participants}, {e.country for e in event.recipients}
    answered = [e.date for e in earlier if e.date and e.date_precision == "day" and e.date > event.date
                and {p.country for p in e.participants} & recipients and {r.country for r in e.recipients} & actors]
    if answered:
        event.date = max(answered)


def not_before_welcomed(event: Event, earlier: list[Event], welcomed: bool) -> None:
    """(welcome49) 'A accused B on Wednesday of breaching the truce agreed on Monday. C welcomed the truce': a welcome
    of a deed or accord (`welcomed`) dated only by the story is no earlier than the latest day the story told an act
    of the sides it praises: the story's day went back to the accord's Monday; the welcome, told since, did not."""
    if not welcomed or event.type != "SUPPORT" or event.date_basis != "narrative" or event.date is None \
            or event.recalled:
        return
    praised = {p.country for p in event.recipients}
    told = [e.date for e in earlier if e.date and e.date_precision == "day" and e.date > event.date
            and e.status == OCCURRED and {p.country for p in e.participants} & praised]
    if told:
        event.date = max(told)


JUDGING = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION"})  # what answers a show of force or attack
OFFENSES = frozenset({"MOBILIZE", "ASSAULT"})  # the deeds a story's offense is (pipeline/act_story_notes.FORCE)


def not_before_offense(event: Event, offense, ref: date | None, governed: bool = False) -> None:
    """'X fired a missile on Friday. A and B held talks on Tuesday. Y protested to X over the launch': a statement
    against the side of the last show of force or attack the story told with a day its own clause states
    (`Narrative.stated_offense`; one dated only by the story or the publication is a weaker reading, skipped), dated
    only by the story or by a meeting told before it, answers that deed, so it is no earlier than the deed's day (the
    story had gone back to a recalled day; the answer did not). A statement with a day of its own keeps it. The deed
    such a statement judges by a noun ('over the shelling', '포격에 항의했다': `governed`), done by that side, is that
    deed retold, on no earlier day either (dates41)."""
    if event.date_basis != "narrative" or event.date is None or event.date_again or offense is None or event.recalled \
            or not offense.stated or offense.day is None or offense.day <= event.date or ref and offense.day > ref:
        return
    actors, recipients = {p.country for p in event.participants}, {r.country for r in event.recipients}
    offenders = set(offense.actors)
    retold = governed and event.type in OFFENSES and bool(actors) and actors <= offenders
    if retold or event.type in JUDGING and recipients & offenders and not actors & offenders:
        event.date, event.date_precision = offense.day, "day"

"""A news article's first line is a headline: a telegraphic telling of the story (no articles, the present tense for
what was done, a comma for 'and', '…' between two acts) whose act the lead paragraph most often tells again, whole.
The language reads the telegraphic style (lang/base/headlines.py: the headline's background clauses and its bare deed
nouns); this module weighs each headline act against the body's acts after the within-document merge:

- a headline act the body tells again fuses INTO the body's record: the body's sides, day and place stand, the
  headline's sentence joins its evidence (read twice, the headline's telling comes with fewer or other sides and,
  dated by the report, on another day, but it is one more report of the act, not a thing to throw away);
- a headline act the body never tells stays: the story's only telling, dated by the story's day, with the headline's
  sides;
- an act in a background clause ('Ministers walk out as talks collapse', '파업 여파로 항구 폐쇄') sets the news and
  is no news: it stands only as the body tells it, on the body's day;
- a bare deed noun ('Clashes spread in capital', '도심서 대규모 시위') names no side: it stands only as the body
  tells that deed, with the body's sides.
"""
from __future__ import annotations

from typing import Callable

from readout.model import Article, Event, Span
from readout.pipeline.act_matter import other_matter
from readout.pipeline.common import other_measure

MAIN, BACKGROUND, BARE = "main", "background", "bare"  # how a headline tells an act


def headline_of(article: Article, ctx) -> Span | None:
    """The article's headline: its first paragraph when more follow and its language reads it as a headline (no
    sentence's final mark: `Language.is_headline`). A one-line article is its own story, and a first paragraph that
    ends as a sentence does is a lead, however terse its words."""
    if len(article.paragraphs) <= 1:
        return None
    first = article.paragraphs[0]
    return first if ctx.language(first.label).is_headline(article.text[first.start:first.end]) else None


def told_again(headline_act: Event, body_act: Event, lookback_days: int | None, sided: bool = True) -> bool:
    """The body tells the headline's act again: the same type and status, an actor in common (or the roles turned
    round), no target of one that the other's targets lack, and the body's day within the days a report tells of
    (`lookback_days`). A first line with a day of its own words is no telegraphic headline: it stays as read.
    Two accords of other matter or two measures of other kinds stay two, as `consolidate.same_event` keeps them.
    An actor alone in common is not enough when both name targets: 'X shelves talks with Y' and the body's 'X
    refused to recognise the vote' are two acts of X. `sided` False: the headline named no side of the act (a
    bare deed noun), so the sides are not compared. `lookback_days` None: the body act is the lead's, whose day,
    however far back, is the news's (`weigh_headline_acts`)."""
    if headline_act.type != body_act.type or headline_act.status != body_act.status \
            or headline_act.date_basis == "text":
        return False  # a first line dated by its own words ('A and B agreed on Monday to ...') is a lead, told whole
    if other_matter(headline_act.matter, body_act.matter) or other_measure(headline_act, body_act):
        return False  # 'agreed to resume talks' above 'accepted an invitation': two accords, as in consolidate
    if sided and not sides_agree(headline_act, body_act):
        return False
    if headline_act.date is None or body_act.date is None or lookback_days is None:
        return True
    return abs((headline_act.date - body_act.date).days) <= lookback_days


def sides_agree(headline_act: Event, body_act: Event) -> bool:
    """An actor in common (or the roles turned round), and no two disjoint sets of targets."""
    ha, hr = set(headline_act.participant_ids()), {r.id for r in headline_act.recipients}
    ba, br = set(body_act.participant_ids()), {r.id for r in body_act.recipients}
    return bool(ha & ba or ha & br or hr & ba) and not (hr and br and not hr & br and not (ha & br or hr & ba))


def how_told(event: Event, article: Article, headline: Span, ctx) -> str:
    """How the headline tells the act its trigger names: as news (MAIN), in a background clause (BACKGROUND) or
    as a deed noun with no agent (BARE), as the headline's language reads it. An act with no trigger of its own
    (implied by others) is news."""
    if event.trigger_at is None or not headline.start <= event.trigger_at < headline.end:
        return MAIN
    lang = ctx.language(headline.label)
    text = article.text[headline.start:headline.end]
    at = event.trigger_at - headline.start
    if any(start <= at < end for start, end in lang.headline_background(text)):
        return BACKGROUND
    return BARE if lang.headline_bare_deed(text, at, at + len(event.trigger)) else MAIN


def fuse_headline_retellings(events: list[Event], article: Article, headline: Span | None, ctx) -> list[Event]:
    """The document's events after `weigh_headline_acts`, each headline act told as its language reads it.
    consolidate weighs them all before its merge: a headline's sides are telegraphic guesses, which the merge would
    add to the body's record."""
    if headline is None:
        return events
    return weigh_headline_acts(events, headline, ctx.settings.merge_published_lookback_days,
                               lambda event: how_told(event, article, headline, ctx),
                               lead=lead_sentence(events, article, headline))


def lead_sentence(events: list[Event], article: Article, headline: Span) -> Span | None:
    """The story's lead: the first sentence after the headline that tells an act (a byline line between them tells
    none)."""
    starts = {s.start for e in events for s in e.evidence}
    return next((s for s in article.sentences if s.start >= headline.end and s.start in starts), None)


def weigh_headline_acts(events: list[Event], headline: Span, lookback_days: int,
                        told_as: Callable[[Event], str], kinds: tuple[str, ...] = (MAIN, BACKGROUND, BARE),
                       lead: Span | None = None) -> list[Event]:
    """The document's events, each headline act the body tells again fused into the body's record, and each
    background or bare headline act (`told_as`) the body never tells left out. A headline's main act the body never
    tells stays (the story's only telling). Meetings told as news are left to the meeting merge, which weighs calls,
    places and plans; a meeting named only in a background clause ('after talks in Oslo') the body never tells is
    none of the story's. An act told otherwise than as one of `kinds` stays as it is.
    relatives63: a headline's main act the `lead` sentence tells again is the lead's act on whatever day the lead
    states ('Peru slams Chile' above 'Peru on Sept. 9 condemned Chile', published a week on): the lead tells the
    headline's news with its day; only a later sentence's telling outside the lookback is background."""

    def in_headline(e: Event) -> bool:
        return bool(e.evidence) and all(headline.start <= s.start < headline.end for s in e.evidence)

    body = [e for e in events if not in_headline(e)]
    kept: list[Event] = []
    for event in events:
        told = told_as(event) if in_headline(event) else None
        if told is None or told not in kinds or told == MAIN and event.type == "CONSULT":
            kept.append(event)
            continue
        twin = next((b for b in body if told_again(event, b, lookback_days, sided=told != BARE)), None)
        if twin is None and told == MAIN and lead is not None:
            twin = next((b for b in body if any(s.start == lead.start for s in b.evidence)
                         and told_again(event, b, None)), None)
        if twin is not None:
            fuse(event, twin, lend=told != BARE)
        elif told == MAIN:
            kept.append(event)
    return kept


def fuse(headline_act: Event, body_act: Event, lend: bool) -> None:
    """The headline's telling joins the body's record as one more evidence span; the body's sides, day and place
    stand. `lend`: the headline named its sides, and a body act that names no target takes the headline's."""
    if lend:
        lend_target(headline_act, body_act)
    body_act.evidence.extend(s for s in headline_act.evidence if s not in body_act.evidence)


def lend_target(headline_act: Event, body_act: Event) -> None:
    """A body act that names no target takes the headline's ('X shelves talks with Y' above 'X said it would not
    put the talks on the agenda'): the one thing a headline states that its lead may leave to it. Its own actors,
    day and place stay; a target that is one of its actors is no target."""
    if body_act.recipients:
        return
    actors = body_act.participant_ids()
    body_act.recipients = [r for r in headline_act.recipients if r.id not in actors]

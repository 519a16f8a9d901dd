"""Whose deed a welcome naming no doer praises (en41): 'X imposed sanctions on Y. Z welcomed the move.', 'A and B
agreed to a truce. C welcomed the ceasefire.', 'X는 ... 제재를 발표했다. Z는 이번 조치를 환영했다.'

The language marks a welcome whose object is a deed noun with no owner `welcomed_deed` (English: act_welcomed), and a
noun naming an accord ('the ceasefire', 'the deal') with `judged_kinds` AGREE. The clause names no state, so the
SUPPORT was left with no receiving side; PLOVER aims it at the actor whose policy or action is praised. So:
- an accord noun: the parties of the last accord the story told (`Narrative.measures`), other than the welcomer;
- another deed noun ('the move', 'the decision', 'the outcome'): the acting side of the last deed the story told
  before this sentence by another side than the welcomer, a deed being any act but a judgement, a welcome, a protest,
  a threat or a meeting (what others said of the deed is no deed: 'Y rejected the move. Z welcomed the decision':
  Z welcomes X's move, not Y's rejection).
- (welcome49) an accord noun when the story coded no accord ('The truce, agreed on Monday between A and B, took
  effect. A accused B of breaching it. C welcomed the truce'): a truce or deal ends a conflict, so its parties are the
  two sides of the last conflict act told before (`conflict_sides`), never a mediator or the welcomer.
- (support61) a deed noun of another kind ('the release', 'the withdrawal', 'the amnesty': judged_kinds RETREAT/release,
  ...): the acting side of the last deed of that kind told before, else of the last deed; a pronoun ('welcomed it',
  '이를 환영했다') is read as 'the move'.
None found: the welcome keeps no receiving side, as before.
"""
from __future__ import annotations

from typing import Callable

from readout.model import Article, Event, Span
from readout.pipeline.act_pairs import principal_event_sides
from readout.pipeline.common import IGO_CODES, paragraph_around
from readout.pipeline.narrative import last_of_kind

CONFLICT_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
ACCORDS = frozenset({"AGREE"})  # an accord welcomed: its parties (`Narrative.measures`), else the conflict's sides
NOT_DEEDS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "THREATEN", "CONSULT"})  # what is said of a deed


def welcomed_deed(r) -> None:
    """Still no one, for a welcome of a deed named by an unowned noun: its doer (`r` is act_recipients.SideReading)."""
    if r.recipients or not r.hit.data.get("welcomed_deed"):
        return
    kinds = r.hit.data.get("judged_kinds")
    if kinds and all(kind in ACCORDS for kind, _mode in kinds):
        r.recipients = [c for c in last_of_kind(r.story.measures, kinds, r.actors) if c not in r.actors] \
            or conflict_sides(r.article.events, r.sent, r.actors)
    elif kinds:
        r.recipients = last_deed_of_kind(r.article.events, r.sent, r.actors, kinds) \
            or last_deed(r.article.events, r.sent, r.actors, judges=r.lang.judges_deeds)
    else:
        r.recipients = last_deed(r.article.events, r.sent, r.actors, judges=r.lang.judges_deeds)


def last_deed_of_kind(events: list[Event], sent: Span, actors: list[str], kinds) -> list[str]:
    """(support61) The acting side, other than `actors`, of the last deed of one of `kinds` ((type, mode); a mode None
    is any) the story told before the sentence `sent`: 'Ethiopia released 40 fishermen. Kenya welcomed the release'."""
    def of_kind(e: Event) -> bool:
        return any(e.type == kind and mode in (None, e.mode) for kind, mode in kinds)
    return first_doers(told_before(events, sent, of_kind), actors)


def last_deed(events: list[Event], sent: Span, actors: list[str], since: int = 0,
              judges: Callable[[str], bool] | None = None) -> list[str]:
    """The acting side, other than `actors`, of the deed told last before the sentence `sent` (and from offset `since`
    on); none if none was. A body beside states among its doers is where they acted ('X and Y moved at the UN to
    reimpose sanctions'): the states did it. (pledges64) Given the language's `judges` (Language.judges_deeds), a
    SUPPORT whose trigger is no judgement is a deed too ('Peru recognized Kosovo. Albania welcomed the decision')."""
    def deed(e: Event) -> bool:
        return e.type not in NOT_DEEDS or judges is not None and e.type == "SUPPORT" and not judges(e.trigger)
    return first_doers(told_before(events, sent, deed, since), actors)


def first_doers(told: list[Event], actors: list[str]) -> list[str]:
    """The acting side, other than `actors`, of the latest of the deeds `told` (latest first) that has one."""
    for event in told:
        doers = doer_states([event], actors)
        if doers:
            return doers
    return []


def told_before(events: list[Event], sent: Span, keep, since: int = 0) -> list[Event]:
    """The events `keep` accepts that the story told before the sentence `sent` (from offset `since` on), the one told
    last first (by its last evidence there, then by its order)."""
    told = [(max(s.start for s in e.evidence if s.start < sent.start), n, e) for n, e in enumerate(events)
            if keep(e) and any(since <= s.start < sent.start for s in e.evidence)]
    return [event for _start, _n, event in sorted(told, key=lambda t: (t[0], t[1]), reverse=True)]


def doer_states(events: list[Event], actors: list[str]) -> list[str]:
    """The acting sides of `events` other than `actors`, the states alone when states and a body acted together."""
    doers = [p.country for e in events for p in e.participants if p.country and p.country not in actors]
    return list(dict.fromkeys([c for c in doers if c not in IGO_CODES] or doers))


def lead_doers(article: Article, sent: Span, actors: list[str]) -> list[str]:
    """(critics49) The acting states, other than `actors`, of the deeds of the story's lead (the first paragraph that
    tells one, before the sentence `sent`): a reaction that names the deed by a bare noun ('the decision', 'the move',
    'the visit') answers the news the story leads with, not whatever the background paragraphs told last. A judgement
    is no deed (`NOT_DEEDS`) unless the lead tells nothing else ('X accused Y on Friday as he made a visit')."""
    told = sorted(((min(s.start for s in e.evidence), n) for n, e in enumerate(article.events)
                   if e.type != "CONSULT" and e.evidence and min(s.start for s in e.evidence) < sent.start))
    if not told:
        return []
    first_start, _first = told[0]
    lead = paragraph_around(article, Span(first_start, first_start, "sentence"))
    in_lead = [article.events[n] for start, n in told if lead.start <= start < lead.end]
    for events in ([e for e in in_lead if e.type not in NOT_DEEDS], in_lead):
        doers = first_doers(events, actors)
        if doers:
            return doers
    return []


ASKED = frozenset({"REQUEST"})  # what is asked is no deed yet: 'called for unity against X' told before a reaction


def deed_before(article: Article, sent: Span, actors: list[str]) -> list[str]:
    """(critics49) The acting states, other than `actors`, of the deeds (no judgement, no request: `NOT_DEEDS`, `ASKED`)
    told in the sentence right before `sent`: 'Peru suspended the talks. Chile said the move betrays ...'."""
    before = [s for s in article.sentences if s.end <= sent.start][-1:]
    if not before:
        return []
    return doer_states([e for e in article.events if e.type not in NOT_DEEDS | ASKED
                        and any(before[0].start <= s.start < before[0].end for s in e.evidence)], actors)


def deed_here(context: list[Event], sent: Span, at: int, actors: list[str]) -> list[str]:
    """(coord55) The acting states, other than `actors`, of the deeds (as `deed_before` reads them) this sentence told
    before the judging word at `at` (article offsets), from the acts built so far (`context`): 'Peru expelled two
    Chilean diplomats and Bolivia condemned the move', 'A는 ... 추방했고 B는 이 조치를 비난했다': the clause before
    told the deed the judgement answers, nearer than any sentence before."""
    return doer_states([e for e in context if e.type not in NOT_DEEDS | ASKED and sent in e.evidence
                        and e.trigger_at is not None and e.trigger_at < at], actors)


def conflict_sides(events: list[Event], sent: Span, actors: list[str]) -> list[str]:
    """Both sides (acting and receiving states, other than `actors`) of the conflict act told last before the sentence
    `sent`: the parties an accord told without an event of its own settles; none when no such act has two sides."""
    for event in told_before(events, sent, lambda e: e.type in CONFLICT_ACTS):
        sides = [c for c in principal_event_sides(event) if c not in actors]
        if len(sides) > 1:
            return sides
    return []


MEETINGS = frozenset({"CONSULT"})


def meeting_here(context: list[Event], sent: Span, at: int, actors: list[str]) -> list[str]:
    """(koclause56) The parties, other than `actors`, of the meetings this sentence told before the judging word at
    `at` ('Kenya held talks with Uganda and Tanzania criticized the meeting'): a judgement naming a meeting by a bare
    noun ('the meeting', 'the visit', '이 회담') answers its parties, as one naming a deed answers its doer."""
    return doer_states([e for e in context if e.type in MEETINGS and sent in e.evidence
                        and e.trigger_at is not None and e.trigger_at < at], actors)


def meeting_before(article: Article, sent: Span, actors: list[str]) -> list[str]:
    """(koclause56) The parties, other than `actors`, of the meetings told in the sentence right before `sent`:
    'Kenya's minister met Uganda's president. Tanzania criticized the meeting.'"""
    before = [s for s in article.sentences if s.end <= sent.start][-1:]
    if not before:
        return []
    return doer_states([e for e in article.events if e.type in MEETINGS
                        and any(before[0].start <= s.start < before[0].end for s in e.evidence)], actors)


def story_meeting(meeting: Event | None, article: Article, sent: Span, actors: list[str]) -> list[str]:
    """(koclause56) The parties, other than `actors`, of the story's current meeting when this sentence or the one
    right before told it ('Kenya held talks with Uganda and Tanzania criticized the meeting': the meeting of the
    clause before is built apart from the acts, so it is not among them yet)."""
    if meeting is None:
        return []
    before = [s for s in article.sentences if s.end <= sent.start][-1:]
    near = [sent, *before]
    if not any(s.start <= e.start < s.end for e in meeting.evidence for s in near):
        return []
    return doer_states([meeting], actors)

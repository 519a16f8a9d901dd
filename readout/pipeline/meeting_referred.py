"""A meeting word that names no parties of its own and refers back ('the talks', 'their meeting', '이번 회담',
'두 장관은 ... 회담한 이후'): to officials just named together, to the plan the story reported now held, to the
people a counting group word stands for, to the story's meeting of the same word, or to that pair's earlier
meeting its own clause dates.

Why a module of its own: pipeline/events.meeting_events reads the meetings a sentence names; these
(`referring_meeting`) are its fallbacks when a meeting word names none, each of which decides which meeting the
story goes on with.
"""
from __future__ import annotations

from readout.lang.base import Trigger
from readout.model import Article, DateRef, Entity, Event, Mention, OCCURRED, Place, Span
from readout.pipeline.meeting_attended import attended_meeting, named_state_meeting, note_unattended
from readout.pipeline.meeting_build import build_meeting, pick_place
from readout.pipeline.meeting_implied import redate_implied
from readout.pipeline.meeting_parties import join_attendees, join_mediators
from readout.pipeline.meeting_their import their_pair_meeting
from readout.pipeline.meeting_told_days import told_day
from readout.pipeline.narrative import Narrative


def referring_meeting(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, triggers: list[Trigger],
                      people: list[Mention], dates: list[DateRef], places: list[Place], story: Narrative,
                      ctx) -> list[Event]:
    """The meetings a meeting word that names no parties and refers back stands for, tried in order: the officials
    just named or the story's meeting, a counting group word's people, the attendees named, a pair told by a pronoun,
    the states named. None found: a meeting held with no one named yet ('회의가 열렸다. 회의에는 A, B가 참석했다').
    Either way a mediator or attendee its clause names joins the story's meeting."""
    found = referred_meeting(article, sent, lang, text, tokens, trig, triggers, places, story, ctx) \
        or counted_meeting(article, sent, lang, text, tokens, trig, people, dates, places, story, ctx) \
        or attended_meeting(article, sent, lang, text, tokens, trig, people, story, ctx) \
        or their_pair_meeting(article, sent, lang, text, tokens, trig, people, dates, places, story, ctx) \
        or named_state_meeting(sent, lang, text, tokens, trig, people, story, ctx)
    if not found:
        note_unattended(sent, text, tokens, trig, dates, places, story)  # '회의가 열렸다. 회의에는 A, B가 참석했다'
    join_mediators(lang, text, tokens, sent, trig, people, story)  # 'The talks were mediated by C' (consult10)
    join_attendees(lang, text, tokens, sent, trig, people, story)  # '회담에는 C도 참석했다' (meetings47)
    return found


def recalled_by_group(lang, text: str, tokens, sent: Span, trig: Trigger, people: list[Mention], dates: list[DateRef],
                      story: Narrative) -> list[list[Entity]]:
    """'두 장관은 지난 7월 워싱턴에서 회담한 이후 넉 달 만에 다시 만났다', 'the two ministers' earlier talks in July': a
    meeting word of another moment whose only parties are a group word for the meeting being reported is that pair's
    earlier meeting when its own clause dates it before that meeting (its own event, on its own day); undated, it
    is no meeting ('회담에 앞서': the reported one still ahead)."""
    meeting = story.meeting
    if trig.kind != "background" or meeting is None or meeting.status != OCCURRED or meeting.date is None \
            or not any(m.span.label == "group" for m in people):
        return []
    left, right = lang.clause(text, tokens, trig.start, trig.end)
    own = [d for d in dates if d.value and not d.reporting and sent.start + left <= d.span.start < sent.start + right
           and d.value < meeting.date]
    return [list(meeting.participants)] if own else []


def referred_meeting(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, triggers: list[Trigger],
                     places: list[Place], story: Narrative, ctx) -> list[Event]:
    """'Their meeting was arranged ...', 'In the meeting, held in Lima, ...': a meeting word that
    names no parties of its own refers back. To officials just named together (a new meeting of
    theirs, dated by the sentence that named them), else to the story's meeting, whose place it
    may give ('held in Lima'; not 'followed the first meeting ... in Tokyo', another meeting's, nor a place in a
    clause of another moment: '만남은 지난달 로마에서 열린 첫 회담 이후 한 달 만이다')."""
    later = [t.start for t in triggers if t.start > trig.start]
    places = [p for p in places if not any(t < p.span.start - sent.start for t in later)
              and not p.span.data.get("subordinate")]  # '만남은 [로마에서 열린] 첫 회담 이후': another moment's place
    if story.joint:
        group, when = story.joint, story.joint_date
        story.joint, story.joint_date = [], None
        event = build_meeting(article, sent, lang, text, tokens, trig, group, [when] if when else [], places,
                              story, ctx)
        if event:
            story.meeting = event
        return [event] if event else []
    held = held_after_plan(article, sent, lang, text, tokens, trig, places, story, ctx)
    if held:
        return held
    meeting = story.meeting = same_word_meeting(article, trig, story.meeting, ctx.settings.trip_days)
    redate_implied(meeting, [d for d in article.dates if sent.start <= d.span.start < sent.end], sent,
                   lang.clause(text, tokens, trig.start, trig.end))  # 'where he and B agreed'; 'their talks on Sunday'
    told_day(meeting, article, sent, text, lang.clause(text, tokens, trig.start, trig.end), (trig.start, trig.end),
             ctx.settings.merge_published_lookback_days)  # dates61: 'The call, which took place on Sunday,'
    if meeting and meeting.location is None and meeting.mode != "phone":
        meeting.location = pick_place(sent, lang.clause(text, tokens, trig.start, trig.end), trig, places)
    return []


def held_after_plan(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, places: list[Place],
                    story: Narrative, ctx) -> list[Event]:
    """'A and B will meet again next month. Their talks in Z on Monday focused on trade', '다음 달 다시 만나기로 했다.
    이번 회담은 9일 Z에서 열렸다': a meeting word that refers back with its own clause telling what was held, while
    the story's meeting is a plan, is the meeting the plan's parties held (its own event, dated and placed by its
    clause, else the story's day), not the plan: a plan has not been held. It is the story's meeting from then on."""
    plan = story.meeting
    if plan is None or plan.status != "planned" or trig.status != OCCURRED or trig.kind == "background":
        return []
    dates = [d for d in article.dates if sent.start <= d.span.start < sent.end]
    event = build_meeting(article, sent, lang, text, tokens, trig, list(plan.participants), dates, places, story, ctx)
    if event is None or event.status != OCCURRED:
        return []
    story.meeting = event
    return [event]


def counted_meeting(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, people: list[Mention],
                    dates: list[DateRef], places: list[Place], story: Narrative, ctx) -> list[Event]:
    """'A brushed aside ... B had asked ... the two ministers agreed ..., after their talks in Seoul': a meeting
    word that refers back when the story has reported no meeting yet is the meeting of the people a counting group
    word of its sentence stands for (the last subjects of the sentences before, as many as it counts); the
    story's meeting from then on. A group word that counts no one, or too few named before it, makes none."""
    if story.meeting is not None or story.joint:
        return []
    for m in people:
        group = story.counted(m.span.data.get("size"), m.span.data.get("office")) if m.span.label == "group" else []
        if len(group) >= ctx.settings.min_meeting_participants:
            event = build_meeting(article, sent, lang, text, tokens, trig, group, dates, places, story, ctx)
            if event:
                story.meeting = event
                return [event]
    return []


def same_word_meeting(article: Article, trig: Trigger, current: Event | None, trip_days: int) -> Event | None:
    """'During the talks, X asked ...' after a courtesy call was reported: a meeting word that refers back
    refers to the latest meeting of the same trip (within `trip_days` of the current one) that the story named
    by the same word, not to whichever meeting came last; a meeting recalled from earlier is no such one."""
    if current is None or current.date is None or current.trigger.casefold() == trig.text.casefold():
        return current
    same = [e for e in article.events if e.type == "CONSULT" and e.status == current.status and e.date
            and abs((current.date - e.date).days) <= trip_days and e.trigger.casefold() == trig.text.casefold()
            and e.participant_ids() != current.participant_ids()]  # another report of the current one is no other
    return same[-1] if same else current

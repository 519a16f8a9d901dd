"""Meeting events (PLOVER CONSULT) read from each meeting word's own clause; other acts come from `acts`.

The language says which clause a meeting word heads and what role each name plays towards it
(subject, 'with' party, object, modifier, attendee, or none: a name in another clause); the
participants are the principals: subjects, 'with' parties and objects, with the names coordinated to
them. A meeting word that only sets the scene ("at the talks", "회담에서") or stands at another moment
("before the summit", "회담을 앞둔") adds only the parties its own phrase names. Several parties make one
multilateral meeting unless the sentence says they met separately. Dates and places come from the
clause first; background dates (recalled earlier events) never date the story.
"""
from __future__ import annotations

from datetime import date, timedelta

from readout import budget
from readout.dating import quoted_at
from readout.kb.offices import offices_of
from readout.lang.base import Trigger
from readout.model import Article, DateRef, Entity, Event, Mention, Place, Span
from readout.pipeline import acts
from readout.pipeline.act_dates import reached_day, report_day
from readout.pipeline.anchored_dates import resolve_anchored
from readout.pipeline.common import better_place, by_sentence, countries_in, meeting_words_in
from readout.pipeline.meeting_build import build_meeting, pick_place, set_date
from readout.pipeline.meeting_attended import (attendance_meeting, attended_meeting, attending_side, named_state_meeting,
                                               note_unattended)
from readout.pipeline.meeting_their import their_pair_meeting
from readout.pipeline.meeting_then import build_told, then_told
from readout.pipeline.meeting_implied import coordinated_pair, pair_dates, redate_implied
from readout.pipeline.meeting_sessions import follow_session, seat_debates
from readout.pipeline.meeting_parties import (co_visitors, holders_of_its_office, named_by_countries, paragraph_of,
                                              join_attendees, join_mediators, parties, predicate_claims, unclaimed, unique)
from readout.pipeline.mentions import party_mentions
from readout.pipeline.narrative import Narrative
from readout.pipeline.roles import read_roles
from readout.pipeline.meeting_offices import absorb_office_meetings
from readout.pipeline.states import (absorb_state_meetings, office_holders, state_level, state_parties,
                                     states_instead)


def find_events(article: Article, ctx) -> Article:
    story = Narrative()
    article.dates = named_dates_dropped(article)
    dates_in, mentions_in, places_in = (by_sentence(article.sentences, items)
                                        for items in (article.dates, article.mentions, article.places))
    for index, sent in enumerate(article.sentences):
        budget.check("find_events")
        story.index = index
        dates, mentions, places = dates_in[sent.start], mentions_in[sent.start], places_in[sent.start]
        after = article.sentences[index + 1] if index + 1 < len(article.sentences) else None
        story.next_groups = [article.text[m.span.start:m.span.end] for m in mentions_in.get(after.start, ())
                             if m.span.label == "group"] if after else []
        return_from_recall(article, sent, story, dates)
        resolve_narrative_dates(dates, story, article)
        story.topic = article.topics.get(sent.start)
        parties = party_mentions(mentions)  # title22: no nameless office holder is a meeting's person
        found = meeting_events(article, sent, parties, dates, places, story, ctx)
        article.events.extend(found)
        follow_session(article, sent, parties, found, story, ctx)  # 'At the Council meeting, A said ... B replied'
        update_meeting(story, found, parties)
        update_joint(article, sent, parties, dates, story, found, ctx)
        story.previous_mobilizer = list(story.mobilizer)
        article.events.extend(acts.act_events(article, sent, mentions, dates, story, ctx))
        left = story.day
        advance_story_day(article, story, found, dates, ctx.settings.story_step_back_days)
        note_recall(article, sent, story, left, ctx, dates)
        update_subjects(story, parties, story.day or article.reference_date, article.text[sent.start:sent.end],
                        sent.start)
    seat_debates(story, ctx)  # a body's meeting at which envoys of two states spoke: theirs
    absorb_state_meetings(article, ctx.settings.merge_published_lookback_days)
    absorb_office_meetings(article, ctx.settings.multilateral_parties)
    article.events = [e for e in article.events if not displaced(e, article.events)]
    return article


def displaced(event: Event, events: list[Event]) -> bool:
    """'Cho, who took office in July, visited Washington and held talks with X': a held meeting its own words do
    not date (it took the story's day) in another country than a meeting the text dates on that day with one of
    the same people is an earlier one told in passing, not a second meeting that day; its day is unknown, and
    so it is no event of the story."""
    if event.type != "CONSULT" or event.status != "occurred" or event.date_basis == "text" or not event.location:
        return False
    people = {p.id for p in event.participants if p.kind == "person"}
    return any(o is not event and o.type == "CONSULT" and o.status == "occurred" and o.date_basis == "text"
               and o.date == event.date and o.location and o.location.country != event.location.country
               and people & {p.id for p in o.participants if p.kind == "person"} for o in events)


def named_dates_dropped(article: Article) -> list[DateRef]:
    """The document's dates without those inside a person's name: a month or weekday word that is part of a
    name ('Defence Minister Dong Jun', 'Mai', 'Rafael Marzo') dates nothing, and would date a meeting to its month."""
    names = sorted((m.span.data["name_start"], m.span.data["name_end"]) for m in article.mentions
                   if m.span.label == "person" and m.entity and m.span.data.get("name_end", 0) > m.span.data.get(
                       "name_start", 0))  # the name itself: a title chain may reach back over a date ('6일 일본 외무상')
    if not names:
        return article.dates
    return [d for d in article.dates if not any(a <= d.span.start and d.span.end <= b for a, b in names)]


def advance_story_day(article: Article, story: Narrative, found: list[Event], dates: list[DateRef],
                      step_back_days: int) -> None:
    """The story's date moves with a dated meeting or an explicit day; background dates never move it.
    Nor does a day weeks before the story's own: a report goes back that far only to recall ('its last
    launch on November 5', '지난 9월 회담에 이어'), and the next sentence is about the story again."""
    ref = article.reference_date
    recalled = story.day - timedelta(days=step_back_days) if story.day else None
    earlier = {e.date for e in found if earlier_meeting_of_pair(e, story)}
    explicit = [d.value for d in dates if d.value and d.precision == "day" and not d.background
                and not d.span.data.get("planned")  # '29일에는 ... 설명할 예정이다': a plan's day is not reached
                and not d.span.data.get("of_noun")  # 'Under the pact, signed at Wednesday's summit, ...': an occasion named
                and (not d.reporting or d.span.data.get("claim"))  # a claim's day is told (lang/ko/dates.make)
                and (ref is None or d.value <= ref) and d.value not in earlier]
    dated = [e.date for e in found if e.date and e.date_precision == "day" and e.date_basis == "text"
             and e.status == "occurred" and e.date not in earlier]
    days = [day for day in dated or explicit or told_days(dates, ref) if recalled is None or day >= recalled]
    if days:
        story.day = days[-1]
    elif story.day is None:  # 'X said on Wednesday that ...' opening a report: the day the news is of, until a
        # sentence states its own (what the report says next happened that day, not on the publication day)
        said = [d.value for d in dates if d.value and d.precision == "day" and d.reporting and not d.background
                and (ref is None or d.value <= ref)]
        story.day = said[0] if said else None


def told_days(dates: list[DateRef], ref) -> list:
    """'X said on Sunday it had lodged a protest. Y issued a statement the same evening': a sentence whose only day is
    the one its maker told of a deed on is the story's day from then on (its statement is on it: act_dates.told_on),
    so 'the same evening', 'that day' after it count from it; a medium's day ('state media said Monday') is not a
    side's (fresh37)."""
    return [d.value for d in dates if d.value and d.precision == "day" and d.reporting and not d.background
            and not d.span.data.get("relayed") and not d.span.data.get("planned")
            and (ref is None or d.value <= ref)]


def paragraph_index(article: Article, sent: Span) -> int | None:
    """The index of the paragraph the sentence is in."""
    return next((k for k, p in enumerate(article.paragraphs) if p.start <= sent.start < p.end), None)


def return_from_recall(article: Article, sent: Span, story: Narrative, dates: list[DateRef] = ()) -> None:
    """'앞서 X군은 9일 ... 타격했다고 발표했다. Y는 ... 규탄했다.' then a new paragraph: the recall lasts its own
    paragraph; a sentence of the next returns to the day the story had left (or a later one it reached since), so an
    undated act there is not put on the recalled day, nor an undated statement at a meeting of an earlier day. A
    sentence that counts from the day told last ('같은 날', '이튿날', 'the same day'; not '이날', the report's) goes on
    with the recall in its own paragraph."""
    if story.recall and paragraph_index(article, sent) != story.recall[0] and any(
            d.relative_to_narrative and d.span.data.get("anchor") != "report" for d in dates):
        story.recall = (paragraph_index(article, sent), story.recall[1])  # fields10: '같은 날 오후 ...' goes on
        return
    if story.recall and paragraph_index(article, sent) != story.recall[0]:
        story.day = max(story.day, story.recall[1]) if story.day else story.recall[1]
        story.recall = None
        if story.meeting and story.meeting.date and story.meeting.date_precision == "day" \
                and story.meeting.date < story.day:
            story.meeting = None  # fields10: '앞서 A·B·C 정상은 18일 회의를 열고 ...' then '정부는 ... 촉구했다': an
            # earlier meeting is no scene of the statements the story returns to (pipeline/act_dates.date_act)


def note_recall(article: Article, sent: Span, story: Narrative, left: date | None, ctx,
                dates: list[DateRef] = ()) -> None:
    """A sentence opened by 'earlier' (the language's `opens_recall`), or whose day is marked as recalled
    ('함정은 앞서 17일 입항했다', lang/ko/dates.recalled_day) or past ('지난 9일', fields10), that took the story back
    from the day it had (`left`) recalls that earlier day for its paragraph (`return_from_recall`)."""
    if left and story.day and story.day < left and not story.recall \
            and (ctx.language(sent.label).opens_recall(article.text[sent.start:sent.end])
                 or any((d.span.data.get("recall") or d.span.data.get("past")) and d.value == story.day
                        for d in dates)):
        story.recall = (paragraph_index(article, sent), left)


def earlier_meeting_of_pair(event: Event, story: Narrative) -> bool:
    """'두 장관은 지난 12일 ... 회담한 데 이어 일주일 만에 다시 만났다', 'the pair last met in March': the same parties'
    meeting on a day before the story's is recalled; the story stays on its day ('양 장관은 이날 회담에서' next is the
    reported meeting's day), and so do the statements it dates."""
    meeting = story.meeting  # only a meeting its own words dated: a headline's, dated by the report, is no anchor
    return bool(event.type == "CONSULT" and meeting is not None and event is not meeting and story.day and event.date
                and meeting.date_basis == "text" and event.date < story.day
                and event.participant_ids() == meeting.participant_ids())


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
        if current and event.status != "occurred" and current.status == "occurred":
            continue  # a meeting still ahead is not the one being reported
        if current and current.status == "occurred" and current.date_basis == "text" and event.date and \
                (event.date < current.date or event.date_precision != "day"):
            continue
        if event.date and any(o.status == "occurred" and o.date and o.date > event.date for o in found):
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


def resolve_narrative_dates(dates: list[DateRef], story: Narrative, article: Article) -> None:
    """Resolve 'that day', '전날', 'a day earlier' against the closest day before them in their sentence, else the
    story's day; a word counting from the report's own day (anchor 'report': '전날' in a report that went back to
    recall 'the 8th') counts from the latest day the story has reached (act_dates.report_day)."""
    story.reached = reached_day(story, dates, article.reference_date)
    for k, d in enumerate(dates):
        if d.relative_to_narrative and d.value is None and not resolve_anchored(article, d):
            earlier = [e.value for e in dates[:k] if e.value and e.precision == "day" and not e.relative_to_narrative]
            if d.span.data.get("anchor") == "later":  # a fronted recall: the day its main clause states after it
                earlier = [e.value for e in dates[k + 1:] if e.value and e.precision == "day"
                           and not e.relative_to_narrative and not e.reporting][:1] or earlier
            day = report_day(d, story)
            base = earlier[-1] if earlier else day or article.reference_date  # '10일 취임한 ... 이튿날'
            if base:
                d.value = base + timedelta(days=d.span.data.get("shift", 0))
                d.span.data["basis"] = "text" if earlier else "narrative" if day else "published"


def meeting_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef],
                   places: list[Place], story: Narrative, ctx) -> list[Event]:
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    tokens = article.tokens.get(sent.start, ())
    chains = [(m.span.start - sent.start, m.span.end - sent.start) for m in mentions if m.span.label == "person"]
    places = [p for p in places if not any(a <= p.span.start - sent.start < b for a, b in chains)]
    # '아난드 장관과의 회담에 앞서': a town's name inside a person's name and title is that person, no venue
    triggers = [t for t in meeting_words_in(article, sent, lang)
                if not any(a <= t.start and t.end <= b for a, b in chains)]  # not inside a title chain
    people = [m for m in mentions if not m.excluded and (m.entity or m.span.label == "group")]
    if not triggers:
        return attendance_meeting(article, sent, lang, text, tokens, people, story, ctx) \
            or implied_meeting(article, sent, people, dates, story, ctx)
    if not any(m.entity for m in people):
        refocus_meeting(article, sent, triggers, story, ctx)
    out: list[Event] = []
    kinds: dict[int, str] = {}  # the kind of the trigger each candidate came from
    mains: set[int] = set()  # the candidates of the sentence's main predicate: the meeting the sentence reports,
    # over a smaller group around a meeting word in a modifier ('A은 [회의가 열리는] 도시에서 B, C과 회담했다')
    named = {m.entity.id for m in people if m.entity} | ({story.topic.id} if story.topic else set())
    paragraph = paragraph_of(article, sent, story.next_groups)
    claims = predicate_claims(lang, text, tokens, sent, triggers, people)
    for trig in triggers:
        groups = parties(lang, text, tokens, sent, trig, people, story, ctx.settings.min_meeting_participants,
                         paragraph) or named_by_countries(article, sent, trig, people, ctx) \
            or recalled_by_group(lang, text, tokens, sent, trig, people, dates, story)
        if trig.kind == "setting":
            groups = [unclaimed(g, claims.get(trig.start, [])) for g in groups]
        if not groups and lang.meeting_refers_back(text, trig):
            found = referred_meeting(article, sent, lang, text, tokens, trig, triggers, places, story, ctx) \
                or counted_meeting(article, sent, lang, text, tokens, trig, people, dates, places, story, ctx) \
                or attended_meeting(article, sent, lang, text, tokens, trig, people, story, ctx) \
                or their_pair_meeting(article, sent, lang, text, tokens, trig, people, dates, places, story, ctx) \
                or named_state_meeting(sent, lang, text, tokens, trig, people, story, ctx)
            if not found:
                note_unattended(sent, text, tokens, trig, dates, places, story)  # '회의가 열렸다. 회의에는 A, B가 참석했다'
            out.extend(found)
            join_mediators(lang, text, tokens, sent, trig, people, story)  # 'The talks were mediated by C' (consult10)
            join_attendees(lang, text, tokens, sent, trig, people, story)  # '회담에는 C도 참석했다' (meetings47)
            continue
        full = [g for g in groups if len(g) >= ctx.settings.min_meeting_participants and not co_visitors(lang, g, trig)]
        states = [] if full else state_parties(article, sent, lang, text, tokens, trig, people, story, ctx)
        if not groups and not states:
            note_unattended(sent, text, tokens, trig, dates, places, story,  # '외교·국방장관 회의가 열렸다'
                            attending_side(list(zip(people, read_roles(lang, text, tokens, sent, trig, people)))))
        main = bool(full or states) and trig.kind == "predicate" and lang.main_predicate(text, tokens, trig.start)
        told = then_told(lang, text, trig, dates, story, ctx.settings.attendee_reach_sentences) if full else None
        for group in full or states:  # consult18: '당시 회의는 A와 B가 주재했다': the meeting told, on its day
            event = build_meeting(article, sent, lang, text, tokens, trig, group, dates, places, story, ctx, triggers,
                                  full or states) \
                if told is None else build_told(article, sent, lang, told, group, story, ctx)
            led = False  # the parties were rewritten to their states (a leaders' summit the ministers recalled)
            if event and not states and recalled(event, article, ctx.settings.story_step_back_days) \
                    and not holders_of_its_office(lang, text, trig, event.participants, event.date,
                                                  ctx.knowledge.resolver.kb):
                led = states_instead(event, ctx.settings.min_meeting_participants)
                if not led:
                    continue  # '두 장관은 ... 지난해 양국 정상회담 후속 조치를 점검했다': the leaders' summit, not the ministers'
            if event and states:
                office_holders(article, sent, lang, text, trig, event, ctx)  # '한미 국방장관회담': its holders
            if event and trig.kind == "predicate" and event.status == "occurred":
                out = [o for o in out if not (kinds.get(id(o)) == "setting" and same_candidate(event, o)
                                              and held_instead(event, o))]
            if event and main:
                out = [o for o in out if not (nested(o, event) and o.participant_ids() < event.participant_ids()
                                              and id(o) not in mains)]
            twin = next((o for o in out if same_candidate(event, o)), None) if event else None
            if twin is not None and "phone" not in (event.mode, twin.mode) \
                    and better_place(event.location, twin.location):
                twin.location = event.location  # 'A and B declared the deal's conclusion, as they met in the port
                # city': the sentence's one meeting, placed by the clause of the word that places it
            if event and not any(same_candidate(event, o) or nested(event, o) for o in out):
                event.implied = not states and not led \
                    and len(named & event.participant_ids()) < ctx.settings.min_meeting_participants
                # '양측', 'they': a meeting named only by a group word attaches to one named elsewhere
                out.append(event)
                kinds[id(event)] = trig.kind
                if main:
                    mains.add(id(event))
    named_states = [{p.country for p in e.participants} for e in out if not state_level(e)]
    # a named meeting of the sentence is the meeting its states hold; a state with no holder known, among named
    # people ('spoke with the foreign ministers of A and B', B's unknown), is a meeting of its own
    return [e for e in out if not state_level(e) or not any({p.country for p in e.participants} <= held
                                                             for held in named_states)]


def recalled_by_group(lang, text: str, tokens, sent: Span, trig: Trigger, people: list[Mention], dates: list[DateRef],
                      story: Narrative) -> list[list[Entity]]:
    """'두 장관은 지난 7월 워싱턴에서 회담한 이후 넉 달 만에 다시 만났다', 'the two ministers' earlier talks in July': a
    meeting word of another moment whose only parties are a group word for the meeting being reported is that pair's
    earlier meeting when its own clause dates it before that meeting (its own event, on its own day); undated, it
    is no meeting ('회담에 앞서': the reported one still ahead)."""
    meeting = story.meeting
    if trig.kind != "background" or meeting is None or meeting.status != "occurred" or meeting.date is None \
            or not any(m.span.label == "group" for m in people):
        return []
    left, right = lang.clause(text, tokens, trig.start, trig.end)
    own = [d for d in dates if d.value and not d.reporting and sent.start + left <= d.span.start < sent.start + right
           and d.value < meeting.date]
    return [list(meeting.participants)] if own else []


def recalled(event: Event, article: Article, step_back_days: int) -> bool:
    """A held meeting its own words date well before the report ('since their talks in November 2024'), not this
    week's story (`story_step_back_days`)."""
    ref = article.reference_date
    return bool(event.date and ref and event.date_basis == "text" and event.status == "occurred"
                and event.date < ref - timedelta(days=step_back_days))


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
    if plan is None or plan.status != "planned" or trig.status != "occurred" or trig.kind == "background":
        return []
    dates = [d for d in article.dates if sent.start <= d.span.start < sent.end]
    event = build_meeting(article, sent, lang, text, tokens, trig, list(plan.participants), dates, places, story, ctx)
    if event is None or event.status != "occurred":
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


def others_act_told(article: Article, persons: list[Mention]) -> bool:
    """Whether the story told, before this sentence, an act other than a meeting by states other than the persons'
    ('Kenya and Tanzania signed ...' before 'The ministers of Ghana and Senegal attended the signing ceremony'): the
    ceremony they attend is that act's, which they only sit in on (enclause50)."""
    theirs = {m.entity.country for m in persons}
    return any(e.type != "CONSULT" and not theirs & {p.country for p in e.participants} for e in article.events)


def implied_meeting(article: Article, sent: Span, people: list[Mention], dates: list[DateRef],
                    story: Narrative, ctx) -> list[Event]:
    """Officials of two states acting together ('A and B reaffirmed ...', 'A과 B는 ... 규탄했다') met,
    in person or by phone; such an event only stands when no explicit meeting of theirs exists."""
    persons = [m for m in people if m.entity and m.role != "genitive"]
    if len({m.entity.id for m in persons}) != ctx.settings.min_meeting_participants:
        return []
    lang = ctx.language(sent.label)
    told = article.text[sent.start:sent.end]
    if lang.sits_in_only(told) or lang.attends_ceremony(told) and others_act_told(article, persons):
        return []  # witnesses or attendees of the story's act, not a meeting of their own (witness49)
    pair = coordinated_pair(lang, article.text, persons)
    if pair is None:
        return []
    a, b = pair
    if a.entity.country == b.entity.country or not a.entity.country or not b.entity.country:
        return []
    if b.role not in ("subject", "other") or (lang.recipients_side() == "before" and b.role != "subject"):
        return []
    event = Event("CONSULT", None, "occurred", [a.entity, b.entity], lang=sent.label, evidence=[sent],
                  implied=True, trigger="")
    usable = [d for d in dates if d.value and not d.reporting and not d.background]
    usable = pair_dates(lang, article.text[sent.start:sent.end], article.tokens.get(sent.start, ()), sent, pair, usable)
    set_date(event, usable[0] if usable else None, story, article)
    return [event]


def nested(a: Event, b: Event) -> bool:
    """One sentence naming A, B and C around two meeting words: the larger group is a summary."""
    x, y = a.participant_ids(), b.participant_ids()
    return x < y or y < x


def held_instead(held: Event, setting: Event) -> bool:
    """The meeting a sentence states as held, over a setting word's candidate of the same pair that is no such
    meeting: a call or visit called off ('called off his visit and instead held a video call'), or a call that is
    only the topic of a sentence recalling an in-person meeting ('이번 통화는 두 장관이 지난달 리야드에서 회담한 지')."""
    return setting.status != "occurred" or (setting.mode == "phone") != (held.mode == "phone")


def same_candidate(a: Event, b: Event) -> bool:
    return a.participant_ids() == b.participant_ids() and (a.date is None or b.date is None or a.date == b.date)

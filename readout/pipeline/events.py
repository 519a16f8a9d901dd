"""Meeting events (PLOVER CONSULT) read from each meeting word's own clause; other acts come from `acts`.

The language says which clause a meeting word heads and what role each name plays towards it
(subject, 'with' party, object, modifier, attendee, or none: a name in another clause); the
participants are the principals: subjects, 'with' parties and objects, with the names coordinated to
them. A meeting word that only sets the scene ("at the talks", "회담에서") or stands at another moment
("before the summit", "회담을 앞둔") adds only the parties its own phrase names. Several parties make one
multilateral meeting unless the sentence says they met separately. Dates and places come from the
clause first; background dates (recalled earlier events) never date the story.

The story's day and its recalls are pipeline/story_days.py's, what later sentences refer to pipeline/story_focus.py's,
and a meeting word that names no parties and refers back pipeline/meeting_referred.py's.
"""
from __future__ import annotations

from readout import budget
from readout.model import Article, CountryMention, DateRef, Event, Mention, OCCURRED, Place, Span
from readout.pipeline import acts
from readout.pipeline.common import better_place, by_sentence, meeting_words_in
from readout.pipeline.meeting_build import build_meeting, set_date
from readout.pipeline.meeting_attended import attendance_meeting, attending_side, note_unattended
from readout.pipeline.meeting_then import build_told, then_told
from readout.pipeline.meeting_implied import coordinated_pair, pair_clause_holds, pair_dates, pair_place
from readout.pipeline.meeting_referred import recalled_by_group, referring_meeting
from readout.pipeline.meeting_told_days import told_day
from readout.pipeline.meeting_sessions import follow_session, seat_debates
from readout.pipeline.meeting_parties import (co_visitors, holders_of_its_office, unnamed_holder,
                                              named_by_countries, paragraph_of, parties, predicate_claims, unclaimed,
                                              with_unnamed_holder)
from readout.pipeline.mentions import party_mentions
from readout.pipeline.narrative import Narrative
from readout.pipeline.meeting_offices import absorb_office_meetings
from readout.pipeline.state_office_holders import office_holders, states_instead
from readout.pipeline.states import absorb_state_meetings, state_level, state_parties
from readout.pipeline.story_days import (advance_story_day, named_dates_dropped, note_recall, recalled,
                                         resolve_narrative_dates, return_from_recall)
from readout.pipeline.story_focus import refocus_meeting, update_joint, update_meeting, update_subjects


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
    if event.type != "CONSULT" or event.status != OCCURRED or event.date_basis == "text" or not event.location:
        return False
    people = {p.id for p in event.participants if p.kind == "person"}
    return any(o is not event and o.type == "CONSULT" and o.status == OCCURRED and o.date_basis == "text"
               and o.date == event.date and o.location and o.location.country != event.location.country
               and people & {p.id for p in o.participants if p.kind == "person"} for o in events)


def meeting_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef],
                   places: list[Place], story: Narrative, ctx) -> list[Event]:
    """The meetings one sentence reports, one candidate per party group of each meeting word (see module doc): a
    held predicate's meeting replaces a setting word's candidate of the same pair, a summary group the smaller ones
    it holds, and a state-level meeting the named officials' meeting of those states; with no meeting word, the
    attendance or the joint act of two officials that implies one."""
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    tokens = article.tokens.get(sent.start, ())
    if lang.asks_yes_no(text, tokens):
        return []  # kopar57: 'Will A and B hold a summit?', '두 정상이 만날까?': a question holds no meeting
    chains = [(m.span.start - sent.start, m.span.end - sent.start) for m in mentions if m.span.label == "person"]
    places = [p for p in places if not any(a <= p.span.start - sent.start < b for a, b in chains)]
    # '아난드 장관과의 회담에 앞서': a town's name inside a person's name and title is that person, no venue
    triggers = [t for t in meeting_words_in(article, sent, lang)
                if not any(a <= t.start and t.end <= b for a, b in chains)]  # not inside a title chain
    people = [m for m in mentions if not m.excluded and (m.entity or m.span.label == "group")]
    if not triggers:
        return attendance_meeting(article, sent, lang, text, tokens, people, story, ctx) \
            or implied_meeting(article, sent, people, dates, story, ctx, places)
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
        groups, brokers, unnamed, roles, holder = trigger_groups(article, sent, lang, text, tokens, trig, people,
                                                                 dates, story, ctx, paragraph, claims)
        held: set[str] = set()
        if not groups and lang.meeting_refers_back(text, trig):
            out.extend(referring_meeting(article, sent, lang, text, tokens, trig, triggers, people, dates, places,
                                         story, ctx))
            continue
        full = [g for g in groups if len(g) >= ctx.settings.min_meeting_participants and not co_visitors(lang, g, trig)]
        states = [] if full else state_parties(article, sent, lang, text, tokens, trig, people, story, ctx,
                                                         triggers)
        if unnamed and not states:  # meet51: else the group's own meeting, with the holder's state
            groups = with_unnamed_holder(lang, text, tokens, trig, holder, unnamed)
            held = {e.id for g in groups for e in g}  # the holder is named by its state word: no implied meeting
            full = [g for g in groups
                    if len(g) >= ctx.settings.min_meeting_participants and not co_visitors(lang, g, trig)]
        if not groups and not states:
            note_partyless(article, sent, lang, text, tokens, trig, roles, dates, places, story, ctx)
        main = bool(full or states) and trig.kind == "predicate" and lang.main_predicate(text, tokens, trig.start)
        told = then_told(lang, text, trig, dates, story, ctx.settings.attendee_reach_sentences) if full else None
        for group in full or states:  # consult18: '당시 회의는 A와 B가 주재했다': the meeting told, on its day
            event = build_meeting(article, sent, lang, text, tokens, trig, group, dates, places, story, ctx, triggers,
                                  full or states) \
                if told is None else build_told(article, sent, lang, told, group, story, ctx)
            if event and brokers:
                event.mediators = frozenset(e.id for e in brokers) & event.participant_ids()
            led = False  # the parties were rewritten to their states (a leaders' summit the ministers recalled)
            if event and not states and recalled(event, article, ctx.settings.story_step_back_days) \
                    and not holders_of_its_office(lang, text, trig, event.participants, event.date,
                                                  ctx.knowledge.resolver.kb):
                led = states_instead(event, ctx.settings.min_meeting_participants)
                if not led:
                    continue  # '두 장관은 ... 지난해 양국 정상회담 후속 조치를 점검했다': the leaders' summit, not the ministers'
            if event and states:
                office_holders(article, sent, lang, text, trig, event, ctx)  # '한미 국방장관회담': its holders
            if event:
                out = with_candidate(out, kinds, mains, event, trig.kind, main, bool(states) or led, named | held,
                                     ctx)
    return without_held_states(out) \
        or implied_meeting(article, sent, [m for m in people if m.span.label == "person"], dates, story, ctx, places,
                           triggers)
    # meet56: a meeting word of others, none held ('The cabinet met on Tuesday, a day after A and B signed the
    # accord'): the joint act of two officials named there still is their meeting (not a group word's: '양국
    # 장관은 회의를 열고': the meeting word's own parties, which it did not find)


def note_partyless(article: Article, sent: Span, lang, text: str, tokens, trig, roles: list[tuple[Mention, str]],
                   dates: list[DateRef], places: list[Place], story: Narrative, ctx) -> None:
    """(debt51b) A meeting word with no parties is no event, but the story notes it: a meeting held with no one
    named ('a meeting of the foreign and defence ministers was held'), and the day of the story's meeting told again.
    Why apart: it only notes."""
    note_unattended(sent, text, tokens, trig, dates, places, story,  # '외교·국방장관 회의가 열렸다'
                    attending_side(roles))
    if trig.kind in ("predicate", "setting") and trig.status == OCCURRED:  # dates61: 'The call took
        # place on Sunday.', 'The call, which took place on Sunday, ...': the story's meeting told again
        told_day(story.meeting, article, sent, text, lang.clause(text, tokens, trig.start, trig.end),
                 (trig.start, trig.end), ctx.settings.merge_published_lookback_days)


def trigger_groups(article: Article, sent: Span, lang, text: str, tokens, trig, people: list[Mention],
                   dates: list[DateRef], story: Narrative, ctx, paragraph, claims: dict
                   ) -> tuple[list, list, list, list, CountryMention | None]:
    """(debt51b) The party groups of one meeting word, with its brokers and the groups of an unnamed holder's meeting
    (`unnamed`: the state reader's, asked after it), the roles `parties` read and the unnamed holder's country word
    (meet51): the word's own parties, else the states or the group a story
    names; a setting word keeps only the parties no held predicate claims. Why apart: the loop of `meeting_events`
    reads what becomes of the groups, not how they are found."""
    groups, brokers, roles = parties(lang, text, tokens, sent, trig, people, story,
                                     ctx.settings.min_meeting_participants, paragraph)
    holder = unnamed_holder(article, sent, trig, roles, ctx) if groups else None
    unnamed = groups if holder else []  # meet50b: 'The Uruguayan foreign minister met the foreign ministers of A
    groups = [] if unnamed else groups  # and B': the state reader's meeting, with the unnamed holder's state
    groups = groups or named_by_countries(article, sent, trig, people, ctx) \
        or recalled_by_group(lang, text, tokens, sent, trig, people, dates, story)
    if trig.kind == "setting":
        groups = [unclaimed(g, claims.get(trig.start, [])) for g in groups]
    return groups, brokers, unnamed, roles, holder


def with_candidate(out: list[Event], kinds: dict[int, str], mains: set[int], event: Event, kind: str, main: bool,
                   stated_states: bool, named: set, ctx) -> list[Event]:
    """(debt51b) The sentence's candidates with one more meeting: a held predicate's meeting replaces a setting word's
    candidate of the same pair, the main predicate's the smaller groups nested in it; a twin takes the better place;
    an event neither the same as nor nested in one kept is added (`kinds`, `mains` noted). `stated_states`: its parties
    are states (a state-level reading, or named officials rewritten to their states), never a group word's implied
    meeting."""
    if kind == "predicate" and event.status == OCCURRED:
        out = [o for o in out if not (kinds.get(id(o)) == "setting" and same_candidate(event, o)
                                      and held_instead(event, o))]
    if main:
        out = [o for o in out if not (nested(o, event) and o.participant_ids() < event.participant_ids()
                                      and id(o) not in mains)]
    twin = next((o for o in out if same_candidate(event, o)), None)
    if twin is not None and "phone" not in (event.mode, twin.mode) \
            and better_place(event.location, twin.location):
        twin.location = event.location  # 'A and B declared the deal's conclusion, as they met in the port
        # city': the sentence's one meeting, placed by the clause of the word that places it
    if not any(same_candidate(event, o) or nested(event, o) for o in out):
        event.implied = not stated_states \
            and len(named & event.participant_ids()) < ctx.settings.min_meeting_participants
        # '양측', 'they': a meeting named only by a group word attaches to one named elsewhere
        out.append(event)
        kinds[id(event)] = kind
        if main:
            mains.add(id(event))
    return out


def without_held_states(out: list[Event]) -> list[Event]:
    """(debt51b) The sentence's meetings without a state-level one its named meetings hold: a named meeting of the
    sentence is the meeting its states hold; a state with no holder known, among named people ('spoke with the
    foreign ministers of A and B', B's unknown), is a meeting of its own; enconsult46: so is one held beside a named
    one still to come ('officials of A and B held talks to prepare a summit of X and Y')."""
    named_states = [({p.country for p in e.participants}, e.status) for e in out if not state_level(e)]
    return [e for e in out if not state_level(e) or not any({p.country for p in e.participants} <= held
                                                             and not (e.status == OCCURRED and status != OCCURRED)
                                                             for held, status in named_states)]



def others_act_told(article: Article, persons: list[Mention]) -> bool:
    """Whether the story told, before this sentence, an act other than a meeting by states other than the persons'
    ('Kenya and Tanzania signed ...' before 'The ministers of Ghana and Senegal attended the signing ceremony'): the
    ceremony they attend is that act's, which they only sit in on (enclause50)."""
    theirs = {m.entity.country for m in persons}
    return any(e.type != "CONSULT" and not theirs & {p.country for p in e.participants} for e in article.events)


def implied_meeting(article: Article, sent: Span, people: list[Mention], dates: list[DateRef],
                    story: Narrative, ctx, places: list[Place] = (), others: tuple = ()) -> list[Event]:
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
    if others and pair_clause_holds(lang, told, article.tokens.get(sent.start, ()), sent, pair, others):
        return []  # 'A and B held a briefing after the summit': the pair's own clause has its meeting word (meet56)
    if a.entity.country == b.entity.country or not a.entity.country or not b.entity.country:
        return []
    if b.role not in ("subject", "other") or (lang.recipients_side() == "before" and b.role != "subject"):
        return []
    event = Event("CONSULT", None, OCCURRED, [a.entity, b.entity], lang=sent.label, evidence=[sent],
                  implied=True, trigger="")
    usable = [d for d in dates if d.value and not d.reporting and not d.background]
    usable = pair_dates(lang, article.text[sent.start:sent.end], article.tokens.get(sent.start, ()), sent, pair, usable)
    set_date(event, usable[0] if usable else None, story, article)
    event.location = pair_place(lang, told, article.tokens.get(sent.start, ()), sent, pair, list(places))
    return [event]


def nested(a: Event, b: Event) -> bool:
    """One sentence naming A, B and C around two meeting words: the larger group is a summary."""
    x, y = a.participant_ids(), b.participant_ids()
    return x < y or y < x


def held_instead(held: Event, setting: Event) -> bool:
    """The meeting a sentence states as held, over a setting word's candidate of the same pair that is no such
    meeting: a call or visit called off ('called off his visit and instead held a video call'), or a call that is
    only the topic of a sentence recalling an in-person meeting ('이번 통화는 두 장관이 지난달 리야드에서 회담한 지')."""
    return setting.status != OCCURRED or (setting.mode == "phone") != (held.mode == "phone")


def same_candidate(a: Event, b: Event) -> bool:
    """Two candidates of one sentence are the same meeting: the same parties, on the same day or one undated."""
    return a.participant_ids() == b.participant_ids() and (a.date is None or b.date is None or a.date == b.date)

"""Meeting events (PLOVER CONSULT) from trigger words, the people around them, and the date, place
and status that the words near each trigger give. Other acts come from `acts`.

A sentence with a meeting word and two or more parties gives one candidate per meeting: a subject
meeting several counterparts ("A met B and C", "A는 B, C와 잇달아 회담") gives one bilateral meeting
per counterpart unless the words say the meeting was three-way or multilateral.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from readout import budget
from readout.kb.loader import lexicon
from readout.lang import countries_in
from readout.model import Article, DateRef, Entity, Event, Mention, Place, Span
from readout.pipeline import acts
from readout.settings import SETTINGS


@dataclass
class Narrative:
    """What the story is about at this point: its date and its current meeting."""

    day: date | None = None
    meeting: Event | None = None
    topic: Entity | None = None  # the person the narrative is about, before this sentence
    mobilizer: list[str] = field(default_factory=list)  # who launched or deployed last: '(북한이) 발사한 지 닷새'
    previous_mobilizer: list[str] = field(default_factory=list)  # before this sentence: whom a response answers



def find_events(article: Article) -> Article:
    story = Narrative()
    dates_in, mentions_in, places_in = (by_sentence(article.sentences, items)
                                        for items in (article.dates, article.mentions, article.places))
    for sent in article.sentences:
        budget.check("find_events")
        dates, mentions, places = dates_in[sent.start], mentions_in[sent.start], places_in[sent.start]
        resolve_narrative_dates(dates, story, article)
        story.topic = article.topics.get(sent.start)
        found = meeting_events(article, sent, mentions, dates, places, story)
        article.events.extend(found)
        update_meeting(story, found, mentions)
        story.previous_mobilizer = list(story.mobilizer)
        article.events.extend(acts.act_events(article, sent, mentions, dates, story))
        ref = article.reference_date
        explicit = [d for d in dates if d.value and d.precision == "day" and not d.reporting
                    and (ref is None or d.value <= ref)]
        dated = [e for e in found if e.date and e.date_precision == "day" and e.date_basis == "text"
                 and e.status == "occurred"]
        if dated or explicit:
            story.day = dated[-1].date if dated else explicit[-1].value
    return article


def by_sentence(sentences: list[Span], items: list) -> defaultdict[int, list]:
    """Items (dates, mentions, places) grouped by the start of the sentence they start in, in order."""
    starts = [s.start for s in sentences]
    groups: defaultdict[int, list] = defaultdict(list)
    for item in items:
        i = bisect.bisect_right(starts, item.span.start) - 1
        if i >= 0 and item.span.start < sentences[i].end:
            groups[starts[i]].append(item)
    return groups


def update_meeting(story: Narrative, found: list[Event], mentions: list[Mention]) -> None:
    """The meeting that '양측', 'the two ministers' refer to next: the latest one whose parties this
    sentence names, unless it is older than the current one (a meeting recalled as background)."""
    named = {m.entity.id for m in mentions if m.entity}
    for event in reversed(found):
        if not event.participant_ids() <= named:
            continue
        current = story.meeting
        if current and event.status != "occurred" and current.status == "occurred":
            continue  # a meeting still ahead is not the one being reported
        if current and current.status == "occurred" and current.date_basis == "text" and event.date and \
                (event.date < current.date or event.date_precision != "day"):
            continue
        story.meeting = event
        return


def resolve_narrative_dates(dates: list[DateRef], story: Narrative, article: Article) -> None:
    for d in dates:
        if d.relative_to_narrative and d.value is None:
            base = story.day or article.reference_date
            if base:
                d.value = base + timedelta(days=d.span.data.get("shift", 0))


def triggers_in(article: Article, sent: Span, mentions: list[Mention]) -> list[re.Match]:
    text = article.text[sent.start:sent.end]
    chains = [(m.span.start - sent.start, m.span.end - sent.start) for m in mentions if m.span.label == "person"]
    return [t for t in lexicon(sent.label).scan("meeting_trigger_re", text)
            if not any(a <= t.start() and t.end() <= b for a, b in chains)]  # not inside a title chain


def meeting_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef],
                   places: list[Place], story: Narrative) -> list[Event]:
    text = article.text[sent.start:sent.end]
    triggers = triggers_in(article, sent, mentions)
    people = [m for m in mentions if not m.excluded and (m.entity or m.span.label == "group")]
    if not triggers:
        return implied_meeting(article, sent, people, dates, story)
    if not any(m.entity for m in people):
        refocus_meeting(article, sent, triggers, story)
    out: list[Event] = []
    for i, trig in enumerate(triggers):
        window = (triggers[i - 1].end() if i else 0, trig.start())
        named = {m.entity.id for m in people if m.entity} | ({story.topic.id} if story.topic else set())
        for group in parties(sent, text, trig, people, story):
            event = build_meeting(article, sent, text, trig, window, group, dates, places, story)
            if event and not any(same_candidate(event, o) or nested(event, o) for o in out):
                event.implied = len(named & event.participant_ids()) < 2  # '양측', 'they': attach only
                out.append(event)
    return out


def refocus_meeting(article: Article, sent: Span, triggers: list[re.Match], story: Narrative) -> None:
    """'한일 외교장관 회담에서는', 'At the ROK-Japan meeting': a meeting named by its parties' countries
    becomes the one that '양측' and 'the two ministers' refer to next."""
    found = countries_in(article, sent)
    for trig in triggers:
        pos = sent.start + trig.start()
        before = [c for c in found if c.start < pos and pos - c.end <= (12 if sent.label == "ko" else 30)]  # '한일외교장관 회담', '한일 회담'
        codes = {code for c in before for code in c.codes}
        if len(codes) < 2:
            continue
        for event in reversed(article.events):
            if event.type == "CONSULT" and {p.country for p in event.participants} == codes:
                story.meeting = event
                return


def parties(sent: Span, text: str, trig: re.Match, people: list[Mention], story: Narrative) -> list[list[Entity]]:
    """The groups of participants that meet: the subjects with each counterpart, or all together."""
    subjects, others = split_roles(sent, trig, people, story)
    subject_ids = {e.id for e in subjects}
    others = [e for e in unique(others) if e.id not in subject_ids]
    lex = lexicon(sent.label)
    multilateral = lex.re("multilateral_re").search(text)
    if not subjects:
        return [others] if len(others) >= 2 else []
    if len(others) >= 2 and (not multilateral or lex.re("split_pairs_re").search(text)):
        return [[*subjects, o] for o in others]
    return [[*subjects, *others]]


def near_trigger(text: str, trig: re.Match) -> str:
    """The trigger word with the few characters that qualify it ('한미일 외교장관회의', 'trilateral meeting')."""
    return text[max(0, trig.start() - SETTINGS.status_window_chars):trig.end() + 4]


def split_roles(sent: Span, trig: re.Match, people: list[Mention], story: Narrative) -> tuple[list[Entity], list[Entity]]:
    subjects: list[Entity] = []
    others: list[Entity] = []
    trig_pos = sent.start + trig.start()
    for k, m in enumerate(people):
        entities = expand(m, story)
        if not entities:
            continue
        if m.role == "genitive" and not followed_by_trigger(m, trig_pos):
            continue
        coordinated = (m.role == "with" and k + 1 < len(people) and people[k + 1].role == "subject"
                       and people[k + 1].span.start - m.span.end <= 2)
        is_subject = m.role == "subject" or coordinated if sent.label == "ko" \
            else (m.span.end <= trig_pos and m.role != "with")
        (subjects if is_subject else others).extend(entities)
    if not subjects and story.topic and story.topic.id not in {e.id for e in others}:
        subjects = [story.topic]  # Korean drops the subject: "(조 장관은) 블링컨 장관을 만났으나"
    if not subjects and others:
        subjects, others = others[:1], others[1:]
    return unique(subjects), others


def unique(entities: list[Entity]) -> list[Entity]:
    return list({e.id: e for e in entities}.values())


def followed_by_trigger(m: Mention, trig_pos: int) -> bool:
    return 0 <= trig_pos - m.span.end <= 4


def expand(m: Mention, story: Narrative) -> list[Entity]:
    """A group reference ('양측', 'the two ministers') stands for the current meeting's parties."""
    if m.span.label == "group":
        return list(story.meeting.participants) if story.meeting else []
    return [m.entity] if m.entity else []


def build_meeting(article: Article, sent: Span, text: str, trig: re.Match, window: tuple[int, int],
                  group: list[Entity], dates: list[DateRef], places: list[Place], story: Narrative) -> Event | None:
    group = unique(group)
    if len(group) < SETTINGS.min_meeting_participants:
        return None
    lex = lexicon(sent.label)
    when = pick_date(sent, trig, window, dates)
    event = Event("CONSULT", meeting_mode(lex, text, trig, group), "occurred", group, lang=sent.label,
                  evidence=[sent], trigger=text[trig.start():trig.end()])
    set_date(event, when, story, article)
    event.status = meeting_status(lex, text, trig, sent.label, event.date, article.reference_date)
    event.location = pick_place(sent, trig, window, places) or visit_place(lex, text, trig)
    return event


def pick_date(sent: Span, trig: re.Match, window: tuple[int, int], dates: list[DateRef]) -> DateRef | None:
    usable = [d for d in dates if not d.reporting and d.precision != "year"
              and (d.value or d.relative_to_narrative)]
    if not usable:
        return None
    pos = sent.start + trig.start()
    if sent.label == "ko":
        inside = [d for d in usable if sent.start + window[0] <= d.span.start < pos]
        if inside:
            return inside[-1]
        before = [d for d in usable if d.span.start < pos]
        return before[-1] if before else (usable[0] if len(usable) == 1 else None)
    return min(usable, key=lambda d: abs(d.span.start - pos))


def set_date(event: Event, when: DateRef | None, story: Narrative, article: Article) -> None:
    if when and when.value:
        event.date, event.date_precision = when.value, when.precision
        event.date_basis = "text"  # "이날", "that day" are explicit, resolved against the story's date
        event.local_time = when.local_time
    elif story.day:
        event.date, event.date_precision, event.date_basis = story.day, "day", "narrative"
    elif article.reference_date:
        event.date, event.date_precision, event.date_basis = article.reference_date, "day", "published"


def meeting_mode(lex, text: str, trig: re.Match, group: list[Entity]) -> str | None:
    """phone, multilateral (three or more parties), visit, or None for a plain bilateral meeting."""
    near = near_trigger(text, trig)
    if lex.re("phone_re").search(near):
        return "phone"
    if len(group) >= 3:
        return "multilateral"
    if lex.re("visit_re").search(near):
        return "visit"
    return None


def meeting_status(lex, text: str, trig: re.Match, lang: str, when: date | None, ref: date | None) -> str:
    if lang == "ko":
        after = text[trig.end():]
        if lex.re("cancelled_after_re").search(after):
            return "cancelled"
        if lex.re("planned_after_re").search(after):
            return "planned"
    else:
        before = text[max(0, trig.start() - SETTINGS.en_status_window_chars):trig.start()]
        if lex.re("cancelled_near_re").search(text[trig.start():trig.end() + 30]):
            return "cancelled"
        if lex.re("planned_before_re").search(before):
            return "planned"
    if when and ref and when > ref:
        return "planned"
    return "occurred"


def pick_place(sent: Span, trig: re.Match, window: tuple[int, int], places: list[Place]) -> Place | None:
    if not places:
        return None
    pos = sent.start + trig.start()
    ranked = sorted(places, key=lambda p: (not p.span.data.get("locative"), p.precision != "city",
                                           abs(p.span.start - pos)))
    best = ranked[0]
    return best if best.span.data.get("locative") else None


def visit_place(lex, text: str, trig: re.Match) -> Place | None:
    """'방한 중인' puts the meeting in Korea: a visit word names the host country."""
    from readout.kb.geo import country_place
    from readout.lang.ko.places import to_place

    table = lex.get("visit_country") or {}
    for word, code in table.items():
        if word in text[max(0, trig.start() - 40):trig.end() + 10]:
            return to_place(country_place(code), word, 0, 0, True)
    return None


def implied_meeting(article: Article, sent: Span, people: list[Mention], dates: list[DateRef],
                    story: Narrative) -> list[Event]:
    """Officials of two states acting together ('A and B reaffirmed ...', 'A과 B는 ... 규탄했다') met,
    in person or by phone; such an event only stands when no explicit meeting of theirs exists."""
    persons = [m for m in people if m.entity and m.role != "genitive"]
    if len(persons) != 2:
        return []
    a, b = persons
    text = article.text[a.span.end:b.span.start]
    joined = re.fullmatch(r"\s*(과|와|and|,)?\s*(his|her)?\s*([\w\s.'’-]{0,40}counterpart,?)?\s*", text)
    if not joined or a.entity.country == b.entity.country or not a.entity.country or not b.entity.country:
        return []
    if sent.label == "ko" and b.role != "subject":
        return []
    event = Event("CONSULT", None, "occurred", [a.entity, b.entity], lang=sent.label, evidence=[sent],
                  implied=True, trigger="")
    usable = [d for d in dates if d.value and not d.reporting]
    set_date(event, usable[0] if usable else None, story, article)
    return [event]


def nested(a: Event, b: Event) -> bool:
    """One sentence naming A, B and C around two meeting words: the larger group is a summary."""
    x, y = a.participant_ids(), b.participant_ids()
    return x < y or y < x


def same_candidate(a: Event, b: Event) -> bool:
    return a.participant_ids() == b.participant_ids() and (a.date is None or b.date is None or a.date == b.date)

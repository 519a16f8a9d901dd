"""What states say and do to each other: ACCUSE, REQUEST, REJECT, THREATEN, SANCTION, MOBILIZE,
ASSAULT and AGREE, each with the countries on both sides, the date of the act and its sentence.

The acting side is the sentence's subject (people stand for their states; '양측', 'both sides' for the
parties of the meeting being reported); for nouns like 발사/launch, the country in the genitive or
subject before them. The receiving side is the first other country after a verb (English) or between
the subject and the verb (Korean). Negated acts are dropped; possible or planned ones are `planned`.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from readout.kb.geo import country_centroids
from readout.kb.loader import kb, lexicon
from readout.lang import countries_in
from readout.lang.patterns import (
    alternation,
    compile_case_free,
    fold,
    required_literals,
)
from readout.model import Article, CountryMention, DateRef, Entity, Event, Mention, Span

COMMUNICATIVE = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AGREE"}
DIRECTED = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "ASSAULT"}


@functools.lru_cache(maxsize=None)
def country_entity(code: str) -> Entity:
    name = country_centroids().get(code, (code, None, None))[0]
    ko = next((c.ko[0] for c in kb().countries.countries if c.code == code and c.ko), None)
    sector = "IGO" if code in ("UNO", "EUR", "IGO") else "GOV"
    return Entity("country", f"cty_{code.lower()}", name, [ko] if ko else [], code, sector)


def act_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef], story) -> list[Event]:
    text = article.text[sent.start:sent.end]
    lex = lexicon(sent.label)
    out: list[Event] = []
    lowered = fold(text)
    for rule, pattern, case_free, needs in act_rules(sent.label):
        scanned = lowered if case_free else text
        if needs and not needs.search(scanned):
            continue  # none of the strings every match contains: the regex cannot match
        for m in pattern.finditer(scanned):
            if inside_person(mentions, sent.start + m.start()):
                continue
            status = act_status(lex, text, m, sent.label)
            if status is None:
                continue
            event = build_act(article, sent, text, m, rule, status, mentions, dates, story)
            if event and not any(o.type == event.type for o in out):
                out.append(event)
    return out


@functools.lru_cache(maxsize=None)
def act_rules(lang: str) -> list[tuple[dict, re.Pattern, bool, re.Pattern | None]]:
    """The lexicon's act rules with their patterns compiled once; `(?i)` ones run on lower-cased text.
    Each comes with a trie of the strings one of which any match contains (lang/patterns.py): a
    sentence without any of them is skipped before the rule's own pattern runs."""
    out = []
    for rule in lexicon(lang)["acts"]:
        pattern, case_free = compile_case_free(rule["re"])
        needs = required_literals(pattern)
        out.append((rule, pattern, case_free, re.compile(alternation(needs)) if needs else None))
    return out


def inside_person(mentions: list[Mention], pos: int) -> bool:
    return any(m.span.start <= pos < m.span.end for m in mentions if m.span.label == "person")


def act_status(lex, text: str, m: re.Match, lang: str) -> str | None:
    """None for a negated act; 'planned' for one that may or will happen."""
    if lang == "ko":
        after = text[m.end():]
        if lex.re("act_negation_after_re").match(after):
            return None
        return "planned" if lex.re("act_modality_after_re").match(after) else "occurred"
    before = text[max(0, m.start() - 40):m.start()]
    if lex.re("act_negation_before_re").search(before):
        return None
    return "planned" if lex.re("act_modality_before_re").search(before) else "occurred"


def build_act(article: Article, sent: Span, text: str, m: re.Match, rule: dict, status: str,
              mentions: list[Mention], dates: list[DateRef], story) -> Event | None:
    countries = countries_in(article, sent)  # found only for sentences where an act word matched
    meetings_here = [e for e in article.events if e.type == "CONSULT" and sent in e.evidence]
    pos = sent.start + m.start()
    kind = rule["type"]
    if rule.get("nominal") and kind not in COMMUNICATIVE:
        actors = nominal_actor(text, sent, pos, m.end() + sent.start, countries, sent.label) \
            or leftover_countries(countries, meetings_here, story) or story.mobilizer
        if kind == "MOBILIZE" and actors:
            story.mobilizer = actors
    else:
        actors = meeting_countries(meetings_here) or subject_countries(text, sent, pos, mentions, countries, story) \
            or meeting_countries([story.meeting] if story.meeting else [])
    if not actors:
        return None
    recipients = receiving_side(sent, pos, m.end() + sent.start, mentions, countries, actors) \
        if kind in DIRECTED else []
    if kind == "MOBILIZE" and re.search(r"대응|response|retaliat", text[max(0, m.start() - 12):m.end()]):
        recipients = [c for c in story.previous_mobilizer if c not in actors]
    if kind in ("ACCUSE", "REQUEST", "THREATEN", "SANCTION", "REJECT") and not recipients:
        return None
    event = Event(kind, act_mode(rule, text, m, sent.label), status,
                  [country_entity(c) for c in actors], [country_entity(c) for c in recipients],
                  lang=sent.label, evidence=[sent], trigger=text[m.start():m.end()], generic=bool(rule.get("generic")))
    if kind == "AGREE" and not event.generic and sent.label == "en":
        event.generic = bool(lexicon("en").re("act_generic_after_re").match(text[m.end():]))
    date_act(event, pos, dates, story, meetings_here, article.reference_date)
    return event


def meeting_countries(meetings: list[Event]) -> list[str]:
    codes = [p.country for e in meetings for p in e.participants if p.country]
    return list(dict.fromkeys(codes))


def subject_countries(text: str, sent: Span, pos: int, mentions: list[Mention], countries: list[CountryMention],
                      story) -> list[str]:
    """The acting side named before the act: people (their states), '양측'/'both sides', or countries
    marked as the subject ('한미는', 'North Korea')."""
    groups = subject_groups(sent, pos, mentions, countries, story)
    if sent.label == "ko":  # the topic (은/는) is the speaker; 이/가 may mark an embedded clause's subject
        topics = [g for g in groups if text[g[0] - sent.start:g[0] - sent.start + 1] in ("은", "는")]
        groups = [g for g in groups if g[0] <= topics[-1][0]] if topics else groups
    if not groups:
        return []
    codes = list(groups[-1][2])
    for prev, cur in zip(reversed(groups[:-1]), reversed(groups)):  # 'A and B', 'A과 B는', 'A, B'
        between = text[prev[0] - sent.start:cur[1] - sent.start]
        if not CONNECTOR_RE.fullmatch(between):
            break
        codes = list(prev[2]) + codes
    return list(dict.fromkeys(codes))


CONNECTOR_RE = re.compile(r"\s*(과|와|및|,|·|and|,\s*and)?\s*(the\s+)?", re.I)


def subject_groups(sent: Span, pos: int, mentions: list[Mention], countries: list[CountryMention],
                   story) -> list[tuple[int, int, list[str]]]:
    """Candidate subjects before `pos`, each (end offset, countries), in text order; people joined
    by '과/와'/'and' right before a subject form one group ('조 장관과 블링컨 장관은')."""
    out: list[tuple[int, int, list[str]]] = []  # (end, start, countries)
    for m in mentions:
        if m.span.start >= pos or m.excluded:
            continue
        if sent.label == "ko" and m.role != "subject":
            continue
        if sent.label == "en" and m.role in ("genitive", "with"):
            continue
        codes = meeting_countries([story.meeting] if story.meeting else []) if m.span.label == "group" \
            else [m.entity.country] if m.entity and m.entity.country else []
        if codes:
            out.append((m.span.end, m.span.start, codes + coordinated_before(m, mentions)))
    for c in countries:
        if c.end <= pos and c.subject:
            out.append((c.end, c.start, c.codes))
    return sorted(out, key=lambda g: g[0])


def coordinated_before(m: Mention, mentions: list[Mention]) -> list[str]:
    prev = [o for o in mentions if o.span.end <= m.span.start and o.entity and o.entity.country]
    if prev and prev[-1].role == "with" and m.span.start - prev[-1].span.end <= 2:
        return [prev[-1].entity.country]
    if prev and m.span.start - prev[-1].span.end <= 5 and m.role != "subject":
        return [prev[-1].entity.country]  # "Blinken and Park condemned"
    return []


def nominal_actor(text: str, sent: Span, pos: int, end: int, countries: list[CountryMention],
                  lang: str) -> list[str]:
    """'북한의 탄도미사일 발사', '북한군 파병', '북한이 ... 발사했다', 'North Korea's troop dispatch',
    'the deployment of DPRK troops', 'launches by X'. A recipient form ('대북 제재') never acts."""
    countries = [c for c in countries if not c.recipient]
    after = text[end - sent.start:end - sent.start + 40]
    if lang == "en" and re.match(r"\s+(?:of|by)\s+(?:the\s+)?", after):
        following = [c for c in countries if 0 <= c.start - end <= 25]
        if following:
            return following[0].codes
    owner = [c for c in countries if 0 <= pos - c.end <= 25 and c.genitive]
    if owner:
        return owner[0].codes  # '북한의 러시아 파병': the owner, not the destination
    adjacent = [c for c in countries if 0 <= pos - c.end <= 2 and c.particle is None]
    if adjacent:
        return adjacent[-1].codes
    reach = 60 if lang == "ko" else 40
    near = [c for c in countries if 0 <= pos - c.end <= reach and (c.genitive or c.subject or lang == "en")]
    return near[-1].codes if near else []


def leftover_countries(countries: list[CountryMention], meetings: list[Event], story) -> list[str]:
    """A launch in a sentence about a meeting: the one country that is not a party to it."""
    parties = set(meeting_countries(meetings or ([story.meeting] if story.meeting else [])))
    codes = list(dict.fromkeys(code for c in countries if not c.recipient for code in c.codes if code not in parties))
    return codes if len(codes) == 1 else []


def receiving_side(sent: Span, start: int, end: int, mentions: list[Mention], countries: list[CountryMention],
                   actors: list[str]) -> list[str]:
    """Korean puts the target before the verb, English after it; the first other country there, with
    any coordinated with it ('North Korea and Russia's', '러북')."""
    named = countries + [CountryMention(m.span.start, m.span.end, [m.entity.country])
                         for m in mentions if m.entity and m.entity.country and m.role != "subject"]
    named = [c for c in named if any(code not in actors for code in c.codes)]
    if sent.label == "ko":
        zone = sorted((c for c in named if c.end <= start), key=lambda c: c.start)
        genitive = [c for c in zone if c.genitive]
        picked = genitive[-1:] if genitive else zone[-1:]
    else:
        zone = sorted((c for c in named if c.start >= end and c.start - end <= 90), key=lambda c: c.start)
        picked = zone[:1]
        if len(zone) > 1 and zone[1].start - zone[0].end <= 6:
            picked = zone[:2]  # "North Korea and Russia's"
    if not picked:
        picked = [c for c in named if c.subject or c.genitive][:1]
    return list(dict.fromkeys(code for c in picked for code in c.codes if code not in actors))


def act_mode(rule: dict, text: str, m: re.Match, lang: str) -> str | None:
    if rule["type"] != "REQUEST":
        return rule.get("mode")
    near = text[max(0, m.start() - 40):m.start()] if lang == "ko" else text[m.end():m.end() + 50]
    if re.search(r"중단|중지|철회|포기|멈|복귀|halt|stop|cease|end\b|withdraw|abandon|refrain", near):
        return "change"
    if re.search(r"초청|방문|invit|visit", near + m.group(0)):
        return "meet"
    return None


def date_act(event: Event, pos: int, dates: list[DateRef], story, meetings: list[Event], ref: date | None) -> None:
    """A statement made at a meeting has the meeting's date; a launch has the date its sentence gives."""
    actors = {e.country for e in event.participants}
    meeting = meetings[0] if meetings else story.meeting
    if event.type in COMMUNICATIVE and meeting and meeting.date and \
            actors <= {p.country for p in meeting.participants}:
        event.date, event.date_precision, event.date_basis = meeting.date, meeting.date_precision, "narrative"
        return
    usable = [d for d in dates if d.value and not d.reporting and d.precision != "year"
              and (event.type not in COMMUNICATIVE or d.span.start < pos)]
    if usable:
        d = min(usable, key=lambda d: abs(d.span.start - pos))
        event.date, event.date_precision, event.date_basis = d.value, d.precision, "text"
        event.local_time = d.local_time
    elif story.day or ref:
        event.date, event.date_precision = story.day or ref, "day"
        event.date_basis = "narrative" if story.day else "published"

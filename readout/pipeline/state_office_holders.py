"""The holders of the offices a meeting of states names, and the states in place of holders the text does not name
(moved from pipeline/states.py, debt57b: a second responsibility of that module). `office_holders`: '한미
국방장관회담이 열렸다' is a meeting of the two states' defence ministers, the document's own or the knowledge base's
holders on its day. `states_instead`: a leaders' meeting recalled by people who do not lead is their states'.
pipeline/events asks both of each meeting of states.
"""
from __future__ import annotations

from readout.lang.base import Trigger
from readout.model import Article, Entity, Event, OCCURRED, Span
from readout.pipeline.common import country_entity, paragraph_around


def office_holders(article: Article, sent: Span, lang, text: str, trig: Trigger, event: Event, ctx) -> None:
    """'한·미·일 외교장관회의가 열렸다', '한미 국방장관회담을 개최했다': a meeting of states whose meeting word
    names an office is one of those states' holders of that office on its day (issue 13), and its
    parties become them. Only where that is safe: the meeting is its clause's predicate and was held
    (not a plan, nor background) and every party is a state. Each state's holder is the one the document
    names (a person of that state who holds the office: the report knows its own ministers best), else the
    one the knowledge base knows on the day (exactly one, and only for a day: '지난 2월' may span a change).
    A paragraph naming another person of those states (a vice-minister standing in) leaves the states.
    The office is the language's reading of the meeting word (`Language.meeting_office`)."""
    if trig.kind != "predicate" or event.status != OCCURRED or not all(e.kind == "country" for e in event.participants):
        return
    office = lang.meeting_office(text, trig.start, trig.end)
    if office is None:
        return
    resolver = ctx.knowledge.resolver
    codes = [e.country for e in event.participants]
    offices = {code: resolver.kb.countries.leader_office.get(code) if office == "leader" else office for code in codes}
    named = document_holders(article, offices, resolver.kb)
    para = paragraph_around(article, sent)
    if any(m.entity and m.entity.kind == "person" and m.entity.country in codes and m.entity.id not in
           {e.id for e in named.values()} and para.start <= m.span.start < para.end for m in article.mentions):
        return
    holders = []
    for code in codes:
        if code in named:
            holders.append(named[code])
            continue
        found = resolver.kb.holders(offices[code], event.date, code) if offices[code] else []
        if len(found) != 1 or event.date is None or event.date_precision != "day":
            return
        holders.append(resolver.entity(found[0], event.date, "", "title + date"))
    if len({e.id for e in holders}) == len(codes):
        event.participants = holders


def states_instead(event: Event, least: int) -> bool:
    """'두 장관은 지난달 경주에서 열린 양국 정상회담의 후속 조치를 논의했다', 'the ministers reviewed the summit of their
    leaders last month': a leaders' meeting recalled by people who do not lead (the caller checked their offices)
    is not theirs. It is the meeting of their states, a party each, as '한미 정상회담' unnamed is: the text names
    no leader, and the knowledge base's holder of a month-old summit is a guess the gold convention does not
    make (an unnamed leaders' summit has no named participants; a state-level report still merges with a named
    report of the same summit, store/merge_states). True when it rewrote the parties (in place): `least` states
    at least (a meeting's fewest parties); False leaves the event for the caller to drop."""
    codes = list(dict.fromkeys(e.country for e in event.participants))
    if len(codes) < least or None in codes:
        return False
    event.participants = [country_entity(code) for code in codes]
    return True


def document_holders(article: Article, offices: dict[str, str | None], kb) -> dict[str, Entity]:
    """The document's people who hold (in any of their tenures) the given office of their state: the
    first named for each state ('조현 장관은 회담에서 ...' beside '한일 외교장관회담이 열렸다')."""
    out: dict[str, Entity] = {}
    for m in article.mentions:
        e = m.entity
        if m.excluded or e is None or e.kind != "person" or e.country not in offices or e.country in out:
            continue
        person, own = kb.person(e.id), offices[e.country]
        if person is not None and own and any(kb.same_office(t.office, own) for t in person.offices):
            out[e.country] = e
    return out

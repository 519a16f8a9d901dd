"""A meeting inferred from two officials of two states acting together ('A and B agreed ...'; events.implied_meeting):
the pair, when one of them is named twice ('A returned home after a trip to Lima, where he and B agreed ...'), and
its day, which is the pair's own clause's, not that of a clause about another moment ('returned home Friday').

A meeting so inferred that its clause does not date takes the day a meeting word referring back to it states
('At a news conference after their talks on Thursday, A said ...'): the talks the story went on to tell of; and a
meeting word referring back to it states it, so it stands beside the document's other meetings.
"""
from __future__ import annotations

from readout.model import DateRef, Event, Mention, Place, Span


def coordinated_pair(lang, text: str, persons: list[Mention]) -> tuple[Mention, Mention] | None:
    """The two people of a sentence naming two, coordinated next to each other; one of them may be named twice
    ('A visited Lima, where he and B agreed ...': A and 'he' are one person, the pair is 'he and B')."""
    for a, b in zip(persons, persons[1:]):
        joined = len(persons) == len({m.entity.id for m in persons}) or text[a.span.end:b.span.start].strip()
        # no one named twice, as before; else words must join the two ('told Arce she was': no joint)
        if a.entity.id != b.entity.id and joined and lang.coordinated(text, a.span.end, b.span.start):
            return a, b
    return None


def pair_dates(lang, text: str, tokens, sent: Span, pair: tuple[Mention, Mention],
               usable: list[DateRef]) -> list[DateRef]:
    """The dates that date the pair's act: those of the pair's own clause; where the pair stands in a subordinate
    clause on a place ('..., where he and B agreed') that dates nothing, the day that closes the place's own phrase ('a
    stop in Tokyo on Saturday, where ...': merge14), else none (not the main clause's 'returned home Friday'); else the
    sentence's."""
    a, b = pair
    start, end = b.span.start - sent.start, b.span.end - sent.start
    left, right = lang.clause(text, tokens, start, end)
    own = [d for d in usable if left <= d.span.start - sent.start < right]
    if own:
        return own
    at = lang.place_relative_at(text, left)
    if at is None:
        return usable
    # 'after Lee's stop in Tokyo on Saturday, where he and B pledged': the day closing the place's phrase is theirs
    return [d for d in usable if d.span.end - sent.start == at]


def pair_clause_holds(lang, text: str, tokens, sent: Span, pair: tuple[Mention, Mention], triggers) -> bool:
    """Whether the sentence's meeting words speak for the pair's act: the pair stands in its main clause ('A and B
    held a news briefing after the summit': the words' reading of the sentence stands, no meeting is inferred beside
    it) or a meeting word stands in the pair's own clause. Only a pair in a clause of another moment ('The cabinet
    met on Tuesday, a day after A and B signed') keeps its act its own."""
    _a, b = pair
    start, end = b.span.start - sent.start, b.span.end - sent.start
    if not lang.subordinate(text, tokens, start, end):
        return True
    left, right = lang.clause(text, tokens, start, end)
    return any(left <= t.start < right for t in triggers)


def pair_place(lang, text: str, tokens, sent: Span, pair: tuple[Mention, Mention], places: list[Place]) -> Place | None:
    """meet56: where the pair's own clause says they acted ('..., a day after A and B signed the accord in X'): a
    locative of that clause, a city before a country; a place of another clause (the main one's 'met in Y') or one
    naming what the act was about is not theirs."""
    _a, b = pair
    left, right = lang.clause(text, tokens, b.span.start - sent.start, b.span.end - sent.start)
    own = [p for p in places if p.span.data.get("locative") and not p.span.data.get("topic")
           and not p.span.data.get("origin") and left <= p.span.start - sent.start < right]
    return min(own, key=lambda p: (p.precision != "city", p.span.start)) if own else None


def redate_implied(meeting: Event | None, dates: list[DateRef], sent: Span, clause: tuple[int, int]) -> None:
    """'..., where he and B agreed ...' then 'after their talks on Thursday': an inferred meeting that no date of
    its own clause dated takes the day the clause of the meeting word referring back to it states. A meeting word
    referring back to it states it: it is inferred no more (consolidate keeps it beside the document's other
    meetings: 'A and B adopted a program on Wednesday. It was agreed during their talks on the sidelines of ...')."""
    if meeting is None or not meeting.implied:
        return
    meeting.implied = False
    if meeting.date_basis == "text":
        return
    own = [d for d in dates if d.value and d.precision == "day" and not d.reporting
           and clause[0] <= d.span.start - sent.start < clause[1]]
    if own:
        meeting.date, meeting.date_precision, meeting.date_basis = own[0].value, "day", "text"
        meeting.date_window, meeting.date_relative = None, own[0].relative_to_narrative

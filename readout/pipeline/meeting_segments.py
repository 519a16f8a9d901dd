"""A list of counterparts that share one meeting word, each with its own day and place ('10일 A에서 B와, 11일에는 C에서
D와 정상회담을 했다', 'met B in A on Tuesday and D in C on Wednesday'): each meeting takes the day and the place that
stand in its counterpart's own segment of the list, not the ones nearest the meeting word (dates41).

A segment runs from the previous counterpart to this one where the language puts a phrase's modifiers before the
noun they go with (Korean: `Language.recipients_side` 'before'), and from this counterpart to the next one where it
puts them after (English).
"""
from __future__ import annotations

from collections.abc import Sequence

from readout.model import Article, DateRef, Entity, Place, Span


def segment(article: Article, sent: Span, lang, group: list[Entity],
            groups: Sequence[list[Entity]] = ()) -> tuple[int, int] | None:
    """The span of the sentence that belongs to the one counterpart of `group` among two or more counterparts
    ('with' mentions, or the objects of the meeting word: '10일 A를, 11일 B를 잇달아 만났다') of the sentence; None
    where the sentence names one counterpart only. The counterparts are also those the meeting word's own groups
    hold apart, one to a group, where the sentence's reading of roles (for its main act) misses them ('met X in A on
    Monday and Y in B on Tuesday')."""
    apart = own_counterparts(groups)
    partners = sorted((m for m in article.mentions if sent.start <= m.span.start < sent.end and m.entity is not None
                       and (m.role in ("with", "object") or m.entity.id in apart)), key=lambda m: m.span.start)
    ids = {e.id for e in group}
    own = [k for k, m in enumerate(partners) if m.entity.id in ids]
    if len(partners) <= 1 or len(own) != 1:
        return None
    k = own[0]
    if lang.recipients_side() == "before":
        return (partners[k - 1].span.end if k else sent.start), partners[k].span.start
    return partners[k].span.end, (partners[k + 1].span.start if k + 1 < len(partners) else sent.end)


def own_counterparts(groups: Sequence[list[Entity]]) -> set[str]:
    """The parties that stand in one of several groups only (each meeting's own counterpart; the subject is in all)."""
    if len(groups) <= 1:
        return set()
    counts: dict[str, int] = {}
    for group in groups:
        for e in group:
            counts[e.id] = counts.get(e.id, 0) + 1
    return {i for i, n in counts.items() if n == 1}


def segment_date(dates: list[DateRef], span: tuple[int, int] | None, when: DateRef | None) -> DateRef | None:
    """The one stated day of the counterpart's segment, over the day chosen nearest the meeting word."""
    if span is None or when is None or when.precision != "day":
        return when
    inside = [d for d in dates if d.value and d.precision == "day" and not d.background and not d.reporting
              and span[0] <= d.span.start < span[1]]
    return inside[0] if len(inside) == 1 else when


def segment_place(places: list[Place], span: tuple[int, int] | None) -> Place | None:
    """The one locative of the counterpart's segment ('캄팔라에서 B와'; a city over the state named with it: '우간다
    캄팔라에서'), if it names one."""
    if span is None:
        return None
    inside = [p for p in places if p.span.data.get("locative") and span[0] <= p.span.start < span[1]]
    inside = [p for p in inside if p.precision == "city"] or inside
    return inside[0] if len(inside) == 1 else None
